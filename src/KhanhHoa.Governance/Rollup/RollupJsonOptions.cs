using System.Text.Json;

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
}
