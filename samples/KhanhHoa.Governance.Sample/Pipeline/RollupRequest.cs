using KhanhHoa.Governance.Calendar;

namespace KhanhHoa.Governance.Sample.Pipeline;

/// <summary>What the <c>rollup</c> verb was asked to roll up.</summary>
/// <param name="Period">The reporting period.</param>
/// <param name="DossiersPath">The dossier CSV as the caller named it (errors quote it so), or <see langword="null"/> for the synthetic province.</param>
/// <param name="UnitsPath">The org-units CSV, or <see langword="null"/> for the embedded hierarchy.</param>
/// <param name="SyntheticCount">How many synthetic dossiers to generate when no file is given.</param>
/// <param name="SyntheticSeed">The seed of the synthetic dossiers.</param>
internal sealed record RollupRequest(ReportingPeriod Period, string? DossiersPath, string? UnitsPath, int SyntheticCount, ulong SyntheticSeed)
{
    /// <summary>Whether the dossiers are generated rather than read from a host's file.</summary>
    public bool IsSynthetic => DossiersPath is null;

    /// <summary>
    /// The periods the engine computes in one pass: the twelve months ending with the period's last month (the
    /// trend and the month-on-month change) and the period itself when it is not one of them.
    /// </summary>
    public IReadOnlyList<ReportingPeriod> Periods
    {
        get
        {
            var last = ReportingPeriod.Month(Period.LastMonth.Year, Period.LastMonth.Month, Period.Cutoff);
            var months = new List<ReportingPeriod> { last };
            while (months.Count < 12)
            {
                months.Insert(0, months[0].Previous());
            }

            if (!months.Contains(Period))
            {
                months.Add(Period);
            }

            return months;
        }
    }
}
