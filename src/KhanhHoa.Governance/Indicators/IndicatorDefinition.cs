using KhanhHoa.Governance.Primitives;

namespace KhanhHoa.Governance.Indicators;

/// <summary>
/// An indicator: <c>factor × numerator ÷ denominator</c> over named measures, with its names, unit, direction,
/// rounding, legal source and aggregation mode (the DHIS2 model, with targets kept separately in <see cref="Target"/>).
/// </summary>
/// <remarks>
/// <para>Variants of one concept carry distinct codes and the same <see cref="Concept"/>: the online rate on the 766 basis
/// (<c>I766.TT.04</c>) versus the full-online share (<c>EMC.ON.01</c>); the on-time rate on the resolved basis
/// (<c>RPT.OT.01</c>, form II.06a) versus the processing basis (<c>I766.TD.01</c>, Decision 766/QĐ-TTg).</para>
/// <para>An indicator without a denominator is a plain number (factor 1).</para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record IndicatorDefinition
{
    /// <summary>Factor of a percentage.</summary>
    public const decimal Percent = 100m;

    /// <summary>Factor of a per-mille rate.</summary>
    public const decimal PerMille = 1000m;

    /// <summary>Factor of a plain number or ratio.</summary>
    public const decimal Number = 1m;

    /// <summary>The unique code, e.g. <c>I766.TT.04</c>.</summary>
    public required string Code { get; init; }

    /// <summary>The Vietnamese name as official texts write it.</summary>
    public required string NameVi { get; init; }

    /// <summary>The English name.</summary>
    public required string NameEn { get; init; }

    /// <summary>The concept the indicator measures; variants of one concept share it.</summary>
    public string? Concept { get; init; }

    /// <summary>The numerator over measures.</summary>
    public required MeasureExpression Numerator { get; init; }

    /// <summary>The denominator over measures, or <see langword="null"/> for a plain number.</summary>
    public MeasureExpression? Denominator { get; init; }

    /// <summary>The factor: <see cref="Percent"/>, <see cref="PerMille"/> or <see cref="Number"/>.</summary>
    public decimal Factor { get; init; } = Percent;

    /// <summary>The unit printed after the value: <c>%</c>, <c>‰</c>, <c>hồ sơ</c>, <c>ngày làm việc</c> …</summary>
    public string Unit { get; init; } = "%";

    /// <summary>Which way the indicator improves.</summary>
    public IndicatorDirection Direction { get; init; } = IndicatorDirection.HigherIsBetter;

    /// <summary>The decimals the value is printed and compared with (those of <see cref="Rounding"/>).</summary>
    public int Decimals => Rounding.Decimals;

    /// <summary>How values are rounded before they are printed or compared with a target: two decimals, half away from zero unless the catalog says otherwise.</summary>
    public RoundingRule Rounding { get; init; } = RoundingRule.TwoDecimals;

    /// <summary>The legal or methodological source of the definition.</summary>
    public string? LegalSource { get; init; }

    /// <summary>How the indicator combines over units and periods.</summary>
    public AggregationMode Aggregation { get; init; } = AggregationMode.RatioOfSums;

    /// <summary>The value when the denominator is zero.</summary>
    public ZeroDenominatorRule ZeroDenominator { get; init; } = ZeroDenominatorRule.NoValue;

    /// <summary>Notes on the definition: conflicts between sources, unverified facts.</summary>
    public string? Note { get; init; }

    /// <summary>The measures the indicator reads.</summary>
    public IEnumerable<string> Measures => Denominator is null ? Numerator.Measures : Numerator.Measures.Concat(Denominator.Measures).Distinct(StringComparer.Ordinal);

    /// <summary>Computes the value from one set of measures (one unit and period, or already summed measures).</summary>
    /// <param name="measures">Measure values by name.</param>
    /// <returns>The value, or why there is none.</returns>
    public IndicatorValue Compute(IReadOnlyDictionary<string, long> measures)
    {
        ArgumentNullException.ThrowIfNull(measures);
        return Compute(name => measures.TryGetValue(name, out var v) ? v : null);
    }

    /// <summary>Computes the value from a measure lookup that may hold decimal figures (as printed in a report).</summary>
    /// <param name="lookup">Returns a measure's value, or <see langword="null"/> when missing.</param>
    /// <returns>The value, or why there is none.</returns>
    public IndicatorValue Compute(Func<string, decimal?> lookup)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        var missing = new List<string>();
        var numerator = Numerator.Evaluate(lookup, missing);
        decimal? denominator = Denominator?.Evaluate(lookup, missing);
        if (missing.Count > 0)
        {
            return new IndicatorValue(Code, null, null, null, IndicatorOutcome.MissingMeasures, missing);
        }

        if (denominator is null)
        {
            return new IndicatorValue(Code, Factor * numerator, numerator, null, IndicatorOutcome.Computed, []);
        }

        if (denominator == 0m)
        {
            decimal? value = ZeroDenominator switch
            {
                ZeroDenominatorRule.Zero => 0m,
                ZeroDenominatorRule.Full => Factor,
                _ => null,
            };
            return new IndicatorValue(Code, value, numerator, 0m, IndicatorOutcome.ZeroDenominator, []);
        }

        return new IndicatorValue(Code, Factor * numerator / denominator.Value, numerator, denominator, IndicatorOutcome.Computed, []);
    }

    /// <summary>
    /// Aggregates the indicator over parts (units, or periods in time order) with <see cref="Aggregation"/>.
    /// For <see cref="AggregationMode.RatioOfSums"/> the measures are summed first, so the result equals the
    /// indicator computed on the union of the parts' data, for any partition.
    /// </summary>
    /// <param name="parts">The parts' measures, in time order for <see cref="AggregationMode.LastValue"/>.</param>
    /// <param name="target">The target, required by <see cref="AggregationMode.ShareOfUnitsMeetingTarget"/>.</param>
    /// <returns>The aggregated value.</returns>
    /// <exception cref="ArgumentException">The mode needs a target and none was given.</exception>
    /// <exception cref="OverflowException">A summed measure exceeds <see cref="long.MaxValue"/>.</exception>
    public IndicatorValue Aggregate(IEnumerable<IReadOnlyDictionary<string, long>> parts, Target? target = null)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var list = parts as IReadOnlyList<IReadOnlyDictionary<string, long>> ?? [.. parts];
        if (Aggregation == AggregationMode.RatioOfSums)
        {
            return Compute(SumMeasures(list));
        }

        if (Aggregation == AggregationMode.ShareOfUnitsMeetingTarget && target is null)
        {
            throw new ArgumentException($"Indicator {Code} aggregates as the share of units meeting a target; pass the target.", nameof(target));
        }

        var values = list.Select(Compute).Where(static v => v.HasValue).Select(v => v.Value!.Value).ToList();
        if (values.Count == 0)
        {
            return new IndicatorValue(Code, null, null, null, IndicatorOutcome.NoParts, []);
        }

        decimal result = Aggregation switch
        {
            AggregationMode.Sum => values.Sum(),
            AggregationMode.LastValue => values[^1],
            AggregationMode.MeanOfUnitRates => values.Sum() / values.Count,
            _ => Percent * values.Count(v => target!.IsMetBy(Round(v))) / values.Count,
        };
        return new IndicatorValue(Code, result, null, null, IndicatorOutcome.Computed, []);
    }

    /// <summary>Rounds a value to <see cref="Decimals"/> with <see cref="Rounding"/>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The rounded value.</returns>
    public decimal Round(decimal value) => Rounding.Round(value);

    /// <summary>Formats a value the Vietnamese way, rounded, with the unit: <c>90,31%</c>, <c>1.365.565 hồ sơ</c>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text.</returns>
    public string Format(decimal value)
    {
        var number = VietnameseNumber.Format(Round(value), Decimals);
        return Unit is "%" or "‰" ? number + Unit : number + " " + Unit;
    }

    /// <summary>Sums measures key by key over parts (checked: an overflow throws rather than wraps).</summary>
    /// <param name="parts">The parts.</param>
    /// <returns>The summed measures.</returns>
    public static IReadOnlyDictionary<string, long> SumMeasures(IEnumerable<IReadOnlyDictionary<string, long>> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var sum = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var part in parts)
        {
            foreach (var (name, value) in part)
            {
                sum[name] = checked(sum.GetValueOrDefault(name) + value);
            }
        }

        return sum;
    }
}
