namespace KhanhHoa.Governance.Indicators;

/// <summary>Which way an indicator improves.</summary>
public enum IndicatorDirection
{
    /// <summary>Higher values are better (online rate, on-time rate).</summary>
    HigherIsBetter,

    /// <summary>Lower values are better (overdue rate, mean processing time).</summary>
    LowerIsBetter,
}

/// <summary>
/// How an indicator combines over units (and periods). <see cref="RatioOfSums"/> is the default and the only
/// correct mode for rates; the two averaging modes exist because users ask for them and must be chosen by name.
/// </summary>
public enum AggregationMode
{
    /// <summary>Sum numerators and denominators over all parts, then divide (DHIS2's rule; Decision 766's "tính trên hồ sơ" province values).</summary>
    RatioOfSums,

    /// <summary>Sum the parts' values (counts and amounts).</summary>
    Sum,

    /// <summary>The last part that has a value (stock-like figures: a running total at period end).</summary>
    LastValue,

    /// <summary>Opt-in: the unweighted mean of the parts' rates. Not a rate of the whole; a small unit weighs as much as a large one.</summary>
    MeanOfUnitRates,

    /// <summary>Opt-in: the percentage of parts whose value meets a target.</summary>
    ShareOfUnitsMeetingTarget,
}

/// <summary>What an indicator's value is when its denominator is zero (encoded per indicator: the 766 portal gives full points for some and zero for others).</summary>
public enum ZeroDenominatorRule
{
    /// <summary>No value: the indicator is not applicable.</summary>
    NoValue,

    /// <summary>The value is zero.</summary>
    Zero,

    /// <summary>The value is the full factor (100 %): nothing was due, so nothing failed.</summary>
    Full,
}

/// <summary>Why an indicator has, or lacks, a value.</summary>
public enum IndicatorOutcome
{
    /// <summary>The value was computed from the measures.</summary>
    Computed,

    /// <summary>The denominator was zero; the indicator's <see cref="ZeroDenominatorRule"/> set the value.</summary>
    ZeroDenominator,

    /// <summary>A measure the indicator needs was missing.</summary>
    MissingMeasures,

    /// <summary>No part had a value to aggregate.</summary>
    NoParts,
}
