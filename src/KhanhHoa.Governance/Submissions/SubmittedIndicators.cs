using KhanhHoa.Governance.Indicators;

namespace KhanhHoa.Governance.Submissions;

/// <summary>
/// Computes catalog indicators whose measures are data elements (<see cref="DataElement.Measure"/>) from submitted
/// totals, as a ratio of sums, and evaluates their targets with <see cref="TargetEvaluator"/> (the one place a target is judged).
/// </summary>
/// <threadsafety>Stateless; safe to call from several threads.</threadsafety>
public static class SubmittedIndicators
{
    /// <summary>The measures the totals provide: measure name → the summed value of the element that reports it.</summary>
    /// <param name="totals">Element totals (<see cref="SubmissionAggregation.Aggregate"/>).</param>
    /// <returns>The measures with a value.</returns>
    public static IReadOnlyDictionary<string, decimal> Measures(IEnumerable<ElementTotal> totals)
    {
        ArgumentNullException.ThrowIfNull(totals);
        return totals.Where(static t => t.Element.Measure is not null && t.Value is not null)
            .ToDictionary(static t => t.Element.Measure!, static t => t.Value!.Value, StringComparer.Ordinal);
    }

    /// <summary>
    /// Evaluates every target of <paramref name="catalog"/> issued by <paramref name="asOf"/> and stated for its year
    /// (<see cref="Target.IsStatedFor"/>: a 2025 target is not judged in 2026) whose indicator's measures are all reported
    /// by elements of the totals, at the province.
    /// </summary>
    /// <param name="catalog">The indicator catalog.</param>
    /// <param name="totals">The province's element totals.</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <returns>The evaluations, in catalog order.</returns>
    public static IReadOnlyList<TargetEvaluation> Evaluate(IndicatorCatalog catalog, IEnumerable<ElementTotal> totals, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var measures = Measures(totals);
        decimal? Lookup(string name) => measures.TryGetValue(name, out var v) ? v : null;
        return [.. catalog.Targets
            .Where(t => t.IsIssuedBy(asOf) && t.IsStatedFor(asOf.Year) && t.Scope.Kind == TargetScopeKind.Province)
            .Select(t => (Target: t, Indicator: catalog.Find(t.IndicatorCode)))
            .Where(x => x.Indicator is not null && x.Indicator.Measures.All(measures.ContainsKey))
            .Select(x => TargetEvaluator.Evaluate(x.Target, x.Indicator!, x.Indicator!.Compute(Lookup).Value, asOf))];
    }
}
