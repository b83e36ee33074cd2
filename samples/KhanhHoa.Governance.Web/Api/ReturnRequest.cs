namespace KhanhHoa.Governance.Web.Api;

/// <summary>The body of <c>POST /api/v1/submissions/{receipt}/return</c>.</summary>
/// <param name="Reason">Why the office returns it, for the unit's clerk.</param>
internal sealed record ReturnRequest(string? Reason);
