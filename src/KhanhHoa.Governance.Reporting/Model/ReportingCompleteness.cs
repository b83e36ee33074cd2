namespace KhanhHoa.Governance.Reporting;

/// <summary>Which units' data arrived for the period and which did not.</summary>
/// <param name="Units">Every unit expected to report, ordered by code.</param>
/// <param name="Provenance">Where the submission records come from.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record ReportingCompleteness(IReadOnlyList<UnitSubmission> Units, Provenance Provenance)
{
    /// <summary>Every unit expected to report (a read-only copy).</summary>
    public IReadOnlyList<UnitSubmission> Units { get; init; } = [.. Units];

    /// <summary>The number of units expected to report.</summary>
    public int Expected => Units.Count;

    /// <summary>The number of units whose data arrived.</summary>
    public int ReportedCount => Units.Count(unit => unit.Reported);

    /// <summary>
    /// The reports due and received per data set, as the core judged them (<see cref="Submissions.SubmissionCompleteness"/>),
    /// when the report was composed from submissions; <see langword="null"/> when completeness comes from the dossiers alone.
    /// The report states this one figure wherever it speaks of completeness.
    /// </summary>
    public Submissions.SubmissionCompleteness? Reports { get; init; }

    /// <summary>
    /// The receipts per data set, in the order of <see cref="Reports"/>, each with its own provenance, so that a signable
    /// report states the data sets whose receipts are facts and leaves the others to fill; empty when completeness comes
    /// from the dossiers alone.
    /// </summary>
    public IReadOnlyList<DataSetReceipts> DataSets { get; init; } = [];

    /// <summary>The units whose data did not arrive.</summary>
    public IReadOnlyList<UnitSubmission> Missing => [.. Units.Where(unit => !unit.Reported)];
}
