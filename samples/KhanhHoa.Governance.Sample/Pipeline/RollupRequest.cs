using KhanhHoa.Governance.Calendar;
using KhanhHoa.Governance.Rollup;

namespace KhanhHoa.Governance.Sample.Pipeline;

/// <summary>What the <c>rollup</c> verb was asked to roll up.</summary>
/// <param name="Period">The reporting period.</param>
/// <param name="DossiersPath">The dossier CSV as the caller named it (errors quote it so), or <see langword="null"/> for the synthetic province.</param>
/// <param name="UnitsPath">The org-units CSV, or <see langword="null"/> for the embedded hierarchy.</param>
/// <param name="SyntheticCount">How many synthetic dossiers to generate when no file is given.</param>
/// <param name="SyntheticSeed">The seed of the synthetic dossiers.</param>
/// <param name="KeepDossierIds">Whether the partial keeps the dossiers' id fingerprints, for merges that find dossiers counted twice.</param>
internal sealed record RollupRequest(ReportingPeriod Period, string? DossiersPath, string? UnitsPath, int SyntheticCount, ulong SyntheticSeed, bool KeepDossierIds = false)
{
    /// <summary>The column map of a vendor's export (<c>--map</c>), or <see langword="null"/> for the contract itself.</summary>
    public string? MapPath { get; init; }

    /// <summary>The sheet of an Excel workbook to read (<c>--sheet</c>); the first when <see langword="null"/>.</summary>
    public string? Sheet { get; init; }

    /// <summary>Whether the dossiers are generated rather than read from a host's file.</summary>
    public bool IsSynthetic => DossiersPath is null;

    /// <summary>
    /// The periods the engine computes in one pass: the twelve months ending with the period's last month (the
    /// trend and the month-on-month change; fewer when the store's first day cuts them) and the period itself when it is
    /// not one of them.
    /// </summary>
    public IReadOnlyList<ReportingPeriod> Periods => PeriodsFor(Period);

    /// <summary>The periods computed for <paramref name="period"/> (see <see cref="Periods"/>); <c>merge</c> expects its partials to count them.</summary>
    public static IReadOnlyList<ReportingPeriod> PeriodsFor(ReportingPeriod period)
    {
        var last = ReportingPeriod.Month(period.LastMonth.Year, period.LastMonth.Month, period.Cutoff);
        var months = new List<ReportingPeriod> { last };
        // The trend starts with the store: a month before its first day could hold no dossier.
        while (months.Count < 12 && months[0].Previous().Start >= DossierStore.MinDate)
        {
            months.Insert(0, months[0].Previous());
        }

        if (!months.Contains(period))
        {
            months.Add(period);
        }

        return months;
    }
}
