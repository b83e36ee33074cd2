namespace KhanhHoa.Governance.Reporting;

/// <summary>
/// One unit's rolled-up measures for the period: the part of the report that hosts read as the rollup contract
/// (<c>units[]</c> with <c>code</c>, <c>parent</c> and <c>measures</c>).
/// </summary>
/// <param name="Code">The unit's code (<c>OrgUnit.Code</c>).</param>
/// <param name="Parent">The parent unit's code, <see langword="null"/> for the province.</param>
/// <param name="Measures">Measure name → exact integer total for the period.</param>
/// <param name="Provenance">Where the totals come from.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record RollupUnit(string Code, string? Parent, IReadOnlyDictionary<string, long> Measures, Provenance Provenance)
{
    /// <summary>Measure name → total, ordered by name (ordinal) so every output lists them the same way.</summary>
    public IReadOnlyDictionary<string, long> Measures { get; init; } = new SortedDictionary<string, long>(
        Measures.ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal), StringComparer.Ordinal);
}
