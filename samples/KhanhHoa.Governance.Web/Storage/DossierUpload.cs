namespace KhanhHoa.Governance.Web.Storage;

/// <summary>
/// A dossier export the office uploaded for a month, once read and rolled up: the engine's counters (a partial, in the
/// library's binary format) when the file was read, or every error when it was not. Never updated; a new upload of the
/// month replaces the last in the report drafts.
/// </summary>
internal sealed class DossierUpload
{
    /// <summary>The key, in order of arrival.</summary>
    public long Id { get; set; }

    /// <summary>The month (<c>2025-09</c>).</summary>
    public required string PeriodId { get; set; }

    /// <summary>The file's name as sent.</summary>
    public required string FileName { get; set; }

    /// <summary>The SHA-256 of the file's bytes, lower-case hex.</summary>
    public required string Sha256 { get; set; }

    /// <summary>The account that uploaded it.</summary>
    public required string UploadedBy { get; set; }

    /// <summary>When the server received it.</summary>
    public Instant UploadedAt { get; set; }

    /// <summary><see cref="Receiving.Outcomes.Accepted"/> or <see cref="Receiving.Outcomes.Rejected"/>.</summary>
    public required string Outcome { get; set; }

    /// <summary>How many dossiers the file holds (0 when rejected).</summary>
    public long DossierCount { get; set; }

    /// <summary>Every error found, one per line, in Vietnamese with its place (empty when accepted).</summary>
    public required string Errors { get; set; }

    /// <summary>The rollup's counters (<c>RollupPartialBinary</c>); empty when rejected.</summary>
    public required byte[] Partial { get; set; }
}
