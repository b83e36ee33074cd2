namespace KhanhHoa.Governance.Web.Storage;

/// <summary>The actions the audit table records.</summary>
internal static class AuditActions
{
    /// <summary>A sign-in, good or bad.</summary>
    public const string Login = "login";

    /// <summary>A file sent.</summary>
    public const string Send = "send";

    /// <summary>A version approved by the office.</summary>
    public const string Accept = "accept";

    /// <summary>A version returned for correction.</summary>
    public const string Return = "return";

    /// <summary>Library data (units, plans, data sets, calendar) loaded or replaced.</summary>
    public const string Import = "import";

    /// <summary>A report draft or an API token issued.</summary>
    public const string Issue = "issue";

    /// <summary>An administrator's change to an account: created, password reset, unlocked, disabled or enabled.</summary>
    public const string Account = "account";

    /// <summary>A page or file read (logged when refused).</summary>
    public const string Read = "read";
}
