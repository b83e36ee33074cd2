using System.Text.Json;
using KhanhHoa.Governance.Indicators;

namespace KhanhHoa.Governance.Rollup;

/// <summary>Options of <see cref="RollupJsonWriter"/>.</summary>
/// <threadsafety>Immutable; safe to share between threads when the callback is.</threadsafety>
public sealed record RollupJsonOptions
{
    /// <summary>Compact output, no extra fields.</summary>
    public static RollupJsonOptions Default { get; } = new();

    /// <summary>Whether to indent the output (two spaces). The default is compact.</summary>
    public bool Indented { get; init; }

    /// <summary>
    /// Writes extra properties into each unit's object, after <c>measures</c>: the extension point through which a
    /// host adds, for example, <c>"indicators": { … }</c> computed from the measures with an indicator catalog.
    /// It receives the writer positioned inside the unit object, the period and the unit. Output stays
    /// deterministic as long as the callback is.
    /// </summary>
    public Action<Utf8JsonWriter, PeriodRollup, UnitRollup>? WriteUnitExtras { get; init; }

    /// <summary>
    /// Options that write, in each unit, the values of the catalog's indicators the rollup measures compute
    /// (<see cref="RollupIndicators"/>): <c>"indicators": { "I766.TT.04": { "value": 72.00, "numerator": 44100, "denominator": 61250 }, … }</c>.
    /// Combine with other settings through <c>with</c>: <c>RollupJsonOptions.WithIndicators(catalog) with { Indented = true }</c>.
    /// </summary>
    /// <param name="catalog">The indicator catalog, e.g. <c>GovernanceData.Default.Indicators</c>.</param>
    /// <returns>Compact options with <see cref="WriteUnitExtras"/> set.</returns>
    public static RollupJsonOptions WithIndicators(IndicatorCatalog catalog)
    {
        var indicators = new RollupIndicators(catalog);
        return new RollupJsonOptions { WriteUnitExtras = (writer, _, unit) => indicators.Write(writer, unit.Measures) };
    }
}
