using System.Globalization;
using System.Text.Json;
using KhanhHoa.Governance.Indicators;

namespace KhanhHoa.Governance.Rollup;

/// <summary>
/// The bridge between the rollup and the indicator catalog: which indicators the 15 rollup measures compute, their
/// values per unit, and the <c>"indicators"</c> object that <see cref="RollupJsonOptions.WithIndicators"/> writes into
/// each unit of the rollup JSON (docs/rollup-contract.md §5).
/// </summary>
/// <remarks>
/// A unit's measures already include all its descendants', so an indicator computed on them is the ratio of sums over
/// the unit's subtree (never an average of the children's rates). Indicators whose aggregation needs the children's
/// own values (<see cref="AggregationMode.MeanOfUnitRates"/>, <see cref="AggregationMode.ShareOfUnitsMeetingTarget"/>)
/// or that read a measure the rollup does not produce are left out.
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class RollupIndicators
{
    private static readonly JsonEncodedText IndicatorsName = JsonEncodedText.Encode("indicators");
    private static readonly JsonEncodedText ValueName = JsonEncodedText.Encode("value");
    private static readonly JsonEncodedText NumeratorName = JsonEncodedText.Encode("numerator");
    private static readonly JsonEncodedText DenominatorName = JsonEncodedText.Encode("denominator");

    private readonly JsonEncodedText[] codes;

    /// <summary>Selects the catalog's indicators that the rollup measures compute.</summary>
    /// <param name="catalog">The catalog, e.g. <c>GovernanceData.Default.Indicators</c>.</param>
    public RollupIndicators(IndicatorCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        Definitions = [.. catalog.Indicators.Where(IsComputable).OrderBy(static d => d.Code, StringComparer.Ordinal)];
        codes = [.. Definitions.Select(static d => JsonEncodedText.Encode(d.Code))];
    }

    /// <summary>The indicators computed, ordered by code (ordinal), the order they are written in.</summary>
    public IReadOnlyList<IndicatorDefinition> Definitions { get; }

    /// <summary>Whether an indicator is computable per unit from the rollup measures alone.</summary>
    /// <param name="definition">The indicator.</param>
    /// <returns><see langword="true"/> when every measure it reads is a rollup measure and its aggregation is a ratio of sums, a sum or a last value.</returns>
    public static bool IsComputable(IndicatorDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return definition.Aggregation is AggregationMode.RatioOfSums or AggregationMode.Sum or AggregationMode.LastValue
            && definition.Measures.All(static m => DossierMeasures.TryParse(m, out _));
    }

    /// <summary>The measures as a dictionary keyed by contract name (every one of the 15).</summary>
    /// <param name="measures">The measures.</param>
    /// <returns>A new dictionary, e.g. <c>received → 61250</c>.</returns>
    public static IReadOnlyDictionary<string, long> ToDictionary(RollupMeasures measures)
    {
        var result = new Dictionary<string, long>(DossierMeasures.Count, StringComparer.Ordinal);
        foreach (var measure in DossierMeasures.All)
        {
            result.Add(DossierMeasures.NameOf(measure), measures[measure]);
        }

        return result;
    }

    /// <summary>Computes every selected indicator from one unit's measures.</summary>
    /// <param name="measures">The unit's rolled-up measures.</param>
    /// <returns>One value per <see cref="Definitions"/> entry, in the same order.</returns>
    public IReadOnlyList<IndicatorValue> Compute(RollupMeasures measures)
    {
        var lookup = ToDictionary(measures);
        return [.. Definitions.Select(d => d.Compute(lookup))];
    }

    /// <summary>
    /// Writes <c>"indicators": { "CODE": { "value", "numerator", "denominator" } }</c> for one unit: the value rounded
    /// with the indicator's own rule and printed with exactly its decimals (<c>72.00</c>), numerator and denominator as
    /// integers; <c>null</c> where there is none (no denominator, or a zero denominator without a rule for it).
    /// </summary>
    /// <param name="writer">The writer, positioned inside the unit object.</param>
    /// <param name="measures">The unit's measures.</param>
    public void Write(Utf8JsonWriter writer, RollupMeasures measures)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var values = Compute(measures);
        writer.WriteStartObject(IndicatorsName);
        for (var i = 0; i < values.Count; i++)
        {
            var definition = Definitions[i];
            var value = values[i];
            writer.WriteStartObject(codes[i]);
            writer.WritePropertyName(ValueName);
            if (value.Value is { } v)
            {
                writer.WriteRawValue(definition.Round(v).ToString("F" + definition.Decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture));
            }
            else
            {
                writer.WriteNullValue();
            }

            WriteWhole(writer, NumeratorName, value.Numerator);
            WriteWhole(writer, DenominatorName, value.Denominator);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    // Linear combinations of integer counts with integer coefficients: always whole numbers.
    private static void WriteWhole(Utf8JsonWriter writer, JsonEncodedText name, decimal? number)
    {
        if (number is { } n)
        {
            writer.WriteNumber(name, decimal.ToInt64(n));
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
