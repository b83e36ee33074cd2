using KhanhHoa.Governance.Calendar;
using KhanhHoa.Governance.Primitives;
using KhanhHoa.Governance.Rollup;
using KhanhHoa.Governance.Web.Hosting;

namespace KhanhHoa.Governance.Web.Drafting;

/// <summary>
/// The month the office reports on, as the engine counts it: the administrative cut-off, and the organisation of today
/// (or of the month's end, when later), so that the units that send are the units the dossiers are rolled up on.
/// </summary>
internal static class MonthRollup
{
    /// <summary>The period of a month already checked (<c>YYYY-MM</c>).</summary>
    public static ReportingPeriod Period(string periodId) =>
        ReportingPeriod.TryParse(periodId, CutoffRule.Administrative, out var period)
            ? period
            : throw new ArgumentException($"'{periodId}' is not a checked month.", nameof(periodId));

    /// <summary>The engine of <paramref name="period"/> on the province's organisation.</summary>
    public static RollupEngine Engine(Province province, ReportingPeriod period, LocalDate today)
    {
        var units = province.Data.OrgUnits;
        return RollupEngine.Create(units.Units, [period], new RollupRebase(LocalDate.Max(today, period.End), units.Successions)).GetValueOrThrow();
    }

    /// <summary>The engine a stored partial was counted on (its units, period and re-base travel with it).</summary>
    public static RollupEngine EngineOf(RollupPartial partial) =>
        RollupEngine.Create(partial.Units, partial.Periods, partial.Rebase).GetValueOrThrow();

    /// <summary>The province: the unit without a parent on the day the engine re-bases onto.</summary>
    public static string Root(RollupEngine engine, PeriodRollup rollup)
    {
        var onto = engine.Rebase!.Onto;
        return rollup.Units.Single(unit => unit.ParentCode is null && unit.Unit.IsValidOn(onto)).Code;
    }
}
