namespace KhanhHoa.Governance.Rollup;

/// <summary>
/// The measures of a unit that a <see cref="RollupRebase"/> could not move onto one unit of the target tree in a period:
/// they are in no unit's rollup, so the tree's totals leave them out.
/// </summary>
/// <param name="UnitCode">The unit the dossiers were recorded for.</param>
/// <param name="Measures">Its measures in the period (its own dossiers' and those of units that passed to it whole).</param>
/// <param name="Reason">Why they were not moved (e.g. "split or taken over in part …").</param>
/// <param name="Candidates">The units of the target tree that took over parts of it, if any.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record UnallocatedRollup(string UnitCode, RollupMeasures Measures, string Reason, IReadOnlyList<string> Candidates);
