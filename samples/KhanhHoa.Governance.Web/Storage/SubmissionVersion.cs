namespace KhanhHoa.Governance.Web.Storage;

/// <summary>
/// One file a unit sent, as received: never updated. A correction is a new version; the office's decision on a version is
/// a <see cref="SubmissionReview"/> beside it.
/// </summary>
internal sealed class SubmissionVersion
{
    /// <summary>The key, in order of arrival.</summary>
    public long Id { get; set; }

    /// <summary>The receipt number given to the sender.</summary>
    public required string Receipt { get; set; }

    /// <summary>The unit the file reports for (the sender's own unit for a clerk); the file's unit when it names one.</summary>
    public required string UnitCode { get; set; }

    /// <summary>The data set's code, or empty when the file could not be read far enough to tell.</summary>
    public required string DataSetCode { get; set; }

    /// <summary>The period's id (<c>2025-09</c>), or empty when the file could not be read far enough to tell.</summary>
    public required string PeriodId { get; set; }

    /// <summary>1 for a unit's first file of a data set and period, then 2, 3… in order of arrival.</summary>
    public int Version { get; set; }

    /// <summary>The account that sent it.</summary>
    public required string SentBy { get; set; }

    /// <summary>When the server received it: what timeliness is judged on.</summary>
    public Instant ReceivedAt { get; set; }

    /// <summary>The time the file itself declares, kept beside the received time.</summary>
    public LocalDateTime? DeclaredAt { get; set; }

    /// <summary>The SHA-256 of the file's bytes, lower-case hex.</summary>
    public required string Sha256 { get; set; }

    /// <summary>The file's name as sent.</summary>
    public required string FileName { get; set; }

    /// <summary>The file's bytes.</summary>
    public required byte[] Content { get; set; }

    /// <summary><see cref="Receiving.Outcomes.Accepted"/> or <see cref="Receiving.Outcomes.Rejected"/>.</summary>
    public required string Outcome { get; set; }

    /// <summary>Every error the desk found, one per line (empty when accepted).</summary>
    public required string Errors { get; set; }

    /// <summary>The non-blocking findings, one per line.</summary>
    public required string Findings { get; set; }
}
