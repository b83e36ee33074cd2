using KhanhHoa.Governance.Calendar;
using KhanhHoa.Governance.Organization;
using KhanhHoa.Governance.Reporting;
using KhanhHoa.Governance.Rollup;

namespace KhanhHoa.Governance.Sample.Pipeline;

/// <summary>The engine's result for the requested period and the months before it, with where the dossiers came from.</summary>
/// <param name="Period">The requested period.</param>
/// <param name="Result">Every period computed: the months of the trend, then the requested period if it is not a month.</param>
/// <param name="Partial">The counters the result was completed from, for <c>--partial-out</c>.</param>
/// <param name="Units">The hierarchy the dossiers were rolled up on.</param>
/// <param name="DossierCount">How many dossiers were read, generated or merged.</param>
/// <param name="IsSynthetic">Whether the dossiers are synthetic.</param>
/// <param name="Source">Where the dossiers came from, in words.</param>
/// <param name="Notes">What the reader of the output should know (months left out of the trend, …).</param>
internal sealed record RollupOutcome(
    ReportingPeriod Period,
    RollupResult Result,
    RollupPartial Partial,
    IReadOnlyList<OrgUnit> Units,
    long DossierCount,
    bool IsSynthetic,
    string Source,
    IReadOnlyList<string> Notes)
{
    /// <summary>The input files the rollup read (or the synthetic data's description), fingerprinted for the report.</summary>
    public IReadOnlyList<ReportInput> Inputs { get; init; } = [];

    /// <summary>The requested period's rollup.</summary>
    public PeriodRollup Current => Result.Periods.Last(rollup => rollup.Period == Period);

    /// <summary>The monthly rollups, earliest first, up to the period's last month.</summary>
    public IReadOnlyList<PeriodRollup> Months =>
        [.. Result.Periods.Where(rollup => rollup.Period.Kind == ReportingPeriodKind.Month)];
}
