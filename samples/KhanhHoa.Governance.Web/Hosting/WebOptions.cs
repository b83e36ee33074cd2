namespace KhanhHoa.Governance.Web.Hosting;

/// <summary>The service's settings (configuration section <c>Governance</c>).</summary>
internal sealed class WebOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Governance";

    /// <summary>The folder of the SQLite file (relative to the content root); created when missing.</summary>
    public string DataFolder { get; set; } = "data";

    /// <summary>The data folder's full path.</summary>
    public string DataPath(string contentRoot) => Path.GetFullPath(Path.Combine(contentRoot, DataFolder));

    /// <summary>
    /// On a database with no administrator (a new PostgreSQL database, where no demo account is seeded), the password of the
    /// <c>admin</c> account created on start; unset, none is created.
    /// </summary>
    public string? AdminPassword { get; set; }

    /// <summary>Wrong passwords in a row that lock an account.</summary>
    public int MaxFailedSignIns { get; set; } = 5;

    /// <summary>How long a locked account stays locked.</summary>
    public TimeSpan Lockout { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>The largest file accepted, in bytes (a filled form is a few hundred kilobytes).</summary>
    public long MaxUploadBytes { get; set; } = 10L << 20;

    /// <summary>A host's own agencies file (with <see cref="OrgUnits"/> and <see cref="Plans"/>), in the library's format.</summary>
    public string? Agencies { get; set; }

    /// <summary>A host's own organisation file.</summary>
    public string? OrgUnits { get; set; }

    /// <summary>A host's own plans file.</summary>
    public string? Plans { get; set; }

    /// <summary>A host's own data sets file (read against the plans in force).</summary>
    public string? DataSets { get; set; }

    /// <summary>A calendar decisions file added to the official schedules.</summary>
    public string? Calendar { get; set; }

    /// <summary>The report's letterhead, recipients and signers (<c>schemas/report-letterhead.v1.schema.json</c>); the console sample's (report 87's) when unset.</summary>
    public string? Letterhead { get; set; }
}
