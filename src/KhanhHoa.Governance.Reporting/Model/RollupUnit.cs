using System.Collections.ObjectModel;
using KhanhHoa.Governance.Indicators;
using KhanhHoa.Governance.Rollup;

namespace KhanhHoa.Governance.Reporting;

/// <summary>
/// One unit's rolled-up measures for the period: the part of the report that hosts read as the rollup contract
/// (<c>units[]</c> with <c>code</c>, <c>parent</c> and <c>measures</c>, as <see cref="RollupJsonWriter"/> writes them).
/// </summary>
/// <param name="Code">The unit's code (<c>OrgUnit.Code</c>).</param>
/// <param name="Parent">The parent unit's code, <see langword="null"/> for the province.</param>
/// <param name="Measures">Measure name → exact integer total for the period.</param>
/// <param name="Provenance">Where the totals come from.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record RollupUnit(string Code, string? Parent, IReadOnlyDictionary<string, long> Measures, Provenance Provenance)
{
    private readonly IReadOnlyDictionary<string, long> measures = InContractOrder(Measures);

    /// <summary>
    /// Measure name → total (a read-only copy) in the rollup contract's order, so the report lists them exactly as the
    /// rollup JSON does: the contract's measures in <see cref="DossierMeasures.All"/> order, then any other names
    /// by ordinal name.
    /// </summary>
    public IReadOnlyDictionary<string, long> Measures
    {
        get => measures;
        init => measures = InContractOrder(value);
    }

    /// <summary>Measure names in the order <see cref="Measures"/> lists them.</summary>
    /// <param name="names">Distinct measure names.</param>
    /// <returns>The names, contract measures first in contract order, then the others by ordinal name.</returns>
    internal static IEnumerable<string> ContractOrder(IEnumerable<string> names) => names
        .OrderBy(static name => DossierMeasures.TryParse(name, out var measure) ? (int)measure : DossierMeasures.Count)
        .ThenBy(static name => name, StringComparer.Ordinal);

    private static ReadOnlyDictionary<string, long> InContractOrder(IReadOnlyDictionary<string, long> measures)
    {
        ArgumentNullException.ThrowIfNull(measures);
        var ordered = new OrderedDictionary<string, long>(measures.Count, StringComparer.Ordinal);
        foreach (var name in ContractOrder(measures.Keys))
        {
            ordered.Add(name, measures[name]);
        }

        return new ReadOnlyDictionary<string, long>(ordered);
    }
}
