namespace KhanhHoa.Governance.Web.Accounts;

/// <summary>The three roles.</summary>
internal static class Roles
{
    /// <summary>A unit's clerk: sees and sends for its own unit only.</summary>
    public const string Clerk = "clerk";

    /// <summary>The standing office: every unit; accepts, returns, reminds, reports.</summary>
    public const string Office = "office";

    /// <summary>An administrator: accounts and units.</summary>
    public const string Admin = "admin";

    /// <summary>The claim that carries a clerk's unit code.</summary>
    public const string UnitClaim = "unit";
}
