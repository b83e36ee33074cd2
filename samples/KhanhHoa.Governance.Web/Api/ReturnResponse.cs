namespace KhanhHoa.Governance.Web.Api;

/// <summary>The answer of a return: the version and the reason recorded.</summary>
/// <param name="Receipt">The receipt number.</param>
/// <param name="Decision"><c>returned</c>.</param>
/// <param name="Reason">The reason.</param>
internal sealed record ReturnResponse(string Receipt, string Decision, string Reason);
