namespace KhanhHoa.Governance.Submissions;

/// <summary>An element's value for a unit's whole subtree (the province's, at the root), with the units that contributed.</summary>
/// <param name="Element">The element.</param>
/// <param name="Value">
/// The exact sum for <see cref="ElementAggregation.Sum"/> (whole figures stay whole); for <see cref="ElementAggregation.None"/>
/// the one contributing unit's value; for <see cref="ElementAggregation.Ratio"/> the rate of the summed numerator and
/// denominator; <see langword="null"/> when no unit, or several for a non-summing element, reported it.
/// </param>
/// <param name="Units">The codes of the units whose figure went in, ordinal order.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record ElementTotal(DataElement Element, decimal? Value, IReadOnlyList<string> Units)
{
    /// <summary>The units of the subtree that own the element (<see cref="DataSet.OwnersOf"/>), sent or not, ordinal order: "65/79 đơn vị" is <see cref="Units"/> over these.</summary>
    public IReadOnlyList<string> Owners { get; init; } = [];
}
