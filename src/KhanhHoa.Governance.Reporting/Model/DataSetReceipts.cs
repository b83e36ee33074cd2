using KhanhHoa.Governance.Submissions;

namespace KhanhHoa.Governance.Reporting;

/// <summary>
/// What the office received of one data set for the period: the core's reporting rate, and where the submissions behind
/// it came from. The desk's own receipts are a fact even when nothing arrived ("0/76"); they are
/// <see cref="Provenance.Synthetic"/> only when a synthetic submission is among them.
/// </summary>
/// <param name="DataSet">The data set.</param>
/// <param name="Rate">
/// The core's rate (who had to report, who did and when), or <see langword="null"/> in a signable report where the
/// receipts were synthetic: the office fills the row.
/// </param>
/// <param name="Provenance">Where the submissions come from.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record DataSetReceipts(DataSet DataSet, ReportingRate? Rate, Provenance Provenance)
{
    /// <summary>The share of the expected units that reported, in per cent, as the core computes it; <see langword="null"/> when nobody was expected or the row is to fill.</summary>
    public decimal? Percent => Rate is { } rate ? SubmissionCompleteness.Of([rate]).Percent : null;
}
