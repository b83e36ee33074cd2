namespace KhanhHoa.Governance.Indicators;

/// <summary>An indicator's value for one unit and period (or an aggregate of several), with the numerator and denominator it came from.</summary>
/// <param name="IndicatorCode">The indicator's code.</param>
/// <param name="Value">The unrounded value, or <see langword="null"/> when there is none.</param>
/// <param name="Numerator">The numerator, when computed from measures.</param>
/// <param name="Denominator">The denominator, when the indicator has one.</param>
/// <param name="Outcome">Why there is, or is not, a value.</param>
/// <param name="MissingMeasures">The measures that were missing, if any.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record IndicatorValue(
    string IndicatorCode,
    decimal? Value,
    decimal? Numerator,
    decimal? Denominator,
    IndicatorOutcome Outcome,
    IReadOnlyList<string> MissingMeasures)
{
    /// <summary>Whether there is a value.</summary>
    public bool HasValue => Value.HasValue;
}
