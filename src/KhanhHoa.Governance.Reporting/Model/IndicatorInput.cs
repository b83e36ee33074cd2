namespace KhanhHoa.Governance.Reporting;

/// <summary>
/// What <see cref="MonthlyReportBuilder"/> needs to make one <see cref="IndicatorRow"/>: the period's summed
/// numerator and denominator (or a count, or a value reported as is), the target and the earlier monthly values.
/// </summary>
/// <param name="Code">The indicator code.</param>
/// <param name="Group">The code of the group it is shown under (added with <see cref="MonthlyReportBuilder.AddIndicatorGroup(string, string, string?)"/>).</param>
/// <param name="Name">The name as printed.</param>
/// <param name="Unit"><c>%</c> for a rate (value = 100 × numerator ÷ denominator), otherwise the counted noun.</param>
/// <param name="Numerator">The summed numerator of a rate, or the count of a count indicator.</param>
/// <param name="Denominator">The summed denominator of a rate.</param>
/// <param name="Target">The target with the core's evaluation of it (<see cref="KhanhHoa.Governance.Indicators.TargetEvaluator"/>), if any.</param>
/// <param name="StatedValue">
/// The value as the source document states it, when it states one; the builder records a data-quality violation when
/// it differs from the value computed from the numerator and denominator by more than 0.05.
/// </param>
/// <param name="History">Values of earlier months (any order; only months before the period are used).</param>
/// <param name="Provenance">Where the figures come from.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
internal sealed record IndicatorInput(
    string Code,
    string Group,
    string Name,
    string Unit,
    long? Numerator,
    long? Denominator,
    IndicatorTarget? Target = null,
    decimal? StatedValue = null,
    IReadOnlyList<TrendPoint>? History = null,
    Provenance Provenance = Provenance.Computed)
{
    /// <summary>The document that defines the indicator (the catalog's legal source, e.g. "Quyết định 766/QĐ-TTg"), or <see langword="null"/>.</summary>
    public string? DefinitionSource { get; init; }

    /// <summary>Why no target is judged, in the core's words ("chưa có chỉ tiêu năm 2026"), or <see langword="null"/>.</summary>
    public string? NoTargetReason { get; init; }
}
