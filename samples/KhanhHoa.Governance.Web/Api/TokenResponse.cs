namespace KhanhHoa.Governance.Web.Api;

/// <summary>The answer of <c>POST /api/v1/token</c>: a bearer token for <c>Authorization: Bearer …</c>.</summary>
/// <param name="Token">The token.</param>
internal sealed record TokenResponse(string Token);
