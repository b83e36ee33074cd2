using System.Security.Claims;

namespace KhanhHoa.Governance.Web.Accounts;

/// <summary>What the pages and the API read from the signed-in person.</summary>
internal static class PrincipalExtensions
{
    /// <summary>The account name, or <c>anonymous</c>.</summary>
    public static string Actor(this ClaimsPrincipal user) => user.Identity?.Name ?? "anonymous";

    /// <summary>A clerk's unit code, or <see langword="null"/>.</summary>
    public static string? UnitCode(this ClaimsPrincipal user) => user.FindFirst(Roles.UnitClaim)?.Value;
}
