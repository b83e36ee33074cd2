namespace KhanhHoa.Governance.Organization;

/// <summary>
/// Figures moved from the units they were recorded for onto the units of a later tree, and the figures that
/// could not be moved without guessing.
/// </summary>
/// <param name="Figures">The figures per unit of the target tree (exact sums).</param>
/// <param name="Unallocated">Figures of units that were split or abolished, with the reason they stay unallocated.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record RebaseResult(IReadOnlyDictionary<string, long> Figures, IReadOnlyList<UnallocatedFigure> Unallocated);

/// <summary>A figure of an old unit that a re-base could not move onto one unit of the target tree.</summary>
/// <param name="UnitCode">The code the figure was recorded for.</param>
/// <param name="Value">The figure.</param>
/// <param name="Reason">Why it was not moved (e.g. "split between … by address").</param>
/// <param name="Candidates">The units of the target tree that took over parts of it, if any.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record UnallocatedFigure(string UnitCode, long Value, string Reason, IReadOnlyList<string> Candidates);
