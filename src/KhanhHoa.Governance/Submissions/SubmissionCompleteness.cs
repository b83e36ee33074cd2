namespace KhanhHoa.Governance.Submissions;

/// <summary>
/// Completeness of a period's reports, judged once for every host and report: per data set, how many of the reports due
/// arrived, and one figure for all of them (reports received over reports due). A unit that sent one of its two reports
/// counts for that one; no unit has to send everything before anything counts.
/// </summary>
/// <param name="DataSets">The reporting rate of each data set with reports due, in the order given.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record SubmissionCompleteness(IReadOnlyList<ReportingRate> DataSets)
{
    /// <summary>The reports due: one per expected unit and data set.</summary>
    public int Expected => DataSets.Sum(static r => r.Expected.Count);

    /// <summary>The reports received.</summary>
    public int Submitted => DataSets.Sum(static r => r.Submitted.Count);

    /// <summary>The reports received on time.</summary>
    public int OnTime => DataSets.Sum(static r => r.OnTime);

    /// <summary>Reports received over reports due, in percent, exact; <see langword="null"/> when none is due.</summary>
    public decimal? Percent => Expected == 0 ? null : 100m * Submitted / Expected;

    /// <summary>The completeness of <paramref name="rates"/>, leaving out the data sets with no report due (not in force).</summary>
    /// <param name="rates">Reporting rates of one period.</param>
    /// <returns>The completeness.</returns>
    public static SubmissionCompleteness Of(IEnumerable<ReportingRate> rates)
    {
        ArgumentNullException.ThrowIfNull(rates);
        return new([.. rates.Where(static r => r.Expected.Count > 0)]);
    }
}
