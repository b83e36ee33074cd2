namespace KhanhHoa.Governance.Web.Api;

/// <summary>The body of <c>POST /api/v1/token</c>.</summary>
/// <param name="User">The account name.</param>
/// <param name="Password">Its password.</param>
internal sealed record TokenRequest(string? User, string? Password);
