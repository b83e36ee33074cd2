namespace KhanhHoa.Governance.Web.Storage;

/// <summary>The office's decision on a received version: approved, or returned for correction with a reason.</summary>
internal sealed class SubmissionReview
{
    /// <summary>The key.</summary>
    public long Id { get; set; }

    /// <summary>The reviewed version's key.</summary>
    public long SubmissionVersionId { get; set; }

    /// <summary><see cref="Receiving.Outcomes.Approved"/> or <see cref="Receiving.Outcomes.Returned"/>.</summary>
    public required string Decision { get; set; }

    /// <summary>Why it was returned (empty for an approval).</summary>
    public required string Reason { get; set; }

    /// <summary>The officer's account.</summary>
    public required string ReviewedBy { get; set; }

    /// <summary>When.</summary>
    public Instant ReviewedAt { get; set; }
}
