using KhanhHoa.Governance.Indicators;

namespace KhanhHoa.Governance.Reporting;

/// <summary>One line of section I of the report: an indicator's value for the period and how it stands against its target.</summary>
/// <param name="Code">The indicator code, e.g. <c>DS.ID2.01</c>.</param>
/// <param name="Group">The code of the group the row is shown under.</param>
/// <param name="Name">The indicator's name as the report prints it.</param>
/// <param name="Unit">The unit of <paramref name="Value"/>: <c>%</c> for rates, otherwise a counted noun such as <c>hồ sơ</c>.</param>
/// <param name="Value">
/// The value, rounded to two decimals for rates; over a zero denominator, the value the target was evaluated on (the
/// indicator's zero-denominator rule), else <see langword="null"/> (no data).
/// </param>
/// <param name="Numerator">The summed numerator of a rate, or the count of a count indicator.</param>
/// <param name="Denominator">The summed denominator of a rate; <see langword="null"/> for counts.</param>
/// <param name="Target">The target with the core's evaluation of it, or <see langword="null"/> for monitoring-only indicators.</param>
/// <param name="PreviousValue">The value in the previous month, when known.</param>
/// <param name="MonthOnMonthChange"><c>Value − PreviousValue</c> (percentage points for rates).</param>
/// <param name="Trend">Up to the last 12 monthly values, earliest first, ending with this period.</param>
/// <param name="Provenance">Where the figures come from.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record IndicatorRow(
    string Code,
    string Group,
    string Name,
    string Unit,
    decimal? Value,
    long? Numerator,
    long? Denominator,
    IndicatorTarget? Target,
    decimal? PreviousValue,
    decimal? MonthOnMonthChange,
    IReadOnlyList<TrendPoint> Trend,
    Provenance Provenance)
{
    /// <summary>Up to the last 12 monthly values, earliest first (a read-only copy of what was given).</summary>
    public IReadOnlyList<TrendPoint> Trend { get; init; } = [.. Trend];

    /// <summary>The core's status of the target (<see cref="IndicatorTarget.Status"/>); <see langword="null"/> for a monitoring-only indicator.</summary>
    public TargetStatus? Status => Target?.Status;

    /// <summary>The core's signed distance to the target (positive is better), in the indicator's unit; <see langword="null"/> without a target or a value.</summary>
    public decimal? Gap => Target?.Gap;

    /// <summary>The document that defines the indicator, as the catalog names it, or <see langword="null"/>.</summary>
    public string? DefinitionSource { get; init; }

    /// <summary>
    /// Why the indicator has no target this period although the catalog sets it some: the core's words for a year with
    /// none stated ("chưa có chỉ tiêu năm 2026", <see cref="Indicators.TargetEvaluator.NoTargetReason"/>); <see langword="null"/> otherwise.
    /// </summary>
    public string? NoTargetReason { get; init; }

    /// <summary>Whether the value is a percentage rate (unit <c>%</c>).</summary>
    public bool IsRate => Unit == "%";
}
