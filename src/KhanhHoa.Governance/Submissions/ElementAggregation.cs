namespace KhanhHoa.Governance.Submissions;

/// <summary>How a <see cref="DataElement"/>'s values combine up the organisation hierarchy.</summary>
public enum ElementAggregation
{
    /// <summary>The province value is the sum of every unit's value (counts, money).</summary>
    Sum,

    /// <summary>
    /// Values do not combine (rates, text, figures only the province as a whole has): the province value exists only
    /// when exactly one unit reported it, and is that unit's value.
    /// </summary>
    None,

    /// <summary>
    /// A rate of two summed elements (<see cref="DataElement.Numerator"/> ÷ <see cref="DataElement.Denominator"/> × 100):
    /// the province value is the rate of the province sums, never a sum or mean of the units' rates.
    /// </summary>
    Ratio,
}
