using System.Security.Claims;

namespace KhanhHoa.Governance.Web.Accounts;

/// <summary>The result of checking a name and password: the person's identity, or why not (in Vietnamese, for the page).</summary>
internal sealed record SignInOutcome(ClaimsPrincipal? Principal, string? Refusal);
