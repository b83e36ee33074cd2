using KhanhHoa.Governance.Organization;

namespace KhanhHoa.Governance.Rollup;

/// <summary>
/// Rolls every period up on the tree valid on one day (<see cref="Onto"/>), so that a year of dossiers spanning a
/// reorganisation (1 July 2025) rolls up in one run on today's units: dossiers recorded for a unit of that tree count
/// there in every period; those of an older unit move to it through whole successions, as
/// <see cref="OrgHierarchy.Rebase"/> moves figures; those of a split unit, a part or a unit without successor stay in
/// <see cref="PeriodRollup.Unallocated"/> rather than being guessed.
/// </summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class RollupRebase : IEquatable<RollupRebase>
{
    /// <summary>Creates the option.</summary>
    /// <param name="onto">The day whose tree every period is rolled up on, e.g. the requested period's last day.</param>
    /// <param name="successions">The predecessor → successor links (<see cref="OrgHierarchy.Successions"/>); none to only take the tree.</param>
    public RollupRebase(LocalDate onto, IEnumerable<OrgSuccession> successions)
    {
        ArgumentNullException.ThrowIfNull(successions);
        Onto = onto;
        Successions = [.. successions.Distinct()
            .OrderBy(s => s.PredecessorCode, StringComparer.Ordinal)
            .ThenBy(s => s.SuccessorCode, StringComparer.Ordinal)
            .ThenBy(s => s.EffectiveDate)
            .ThenBy(s => s.Share)];
    }

    /// <summary>The day whose tree every period is rolled up on.</summary>
    public LocalDate Onto { get; }

    /// <summary>The links, without repeats, ordered by predecessor, successor, date and share.</summary>
    public IReadOnlyList<OrgSuccession> Successions { get; }

    /// <inheritdoc />
    public bool Equals(RollupRebase? other) => other is not null && Onto == other.Onto && Successions.SequenceEqual(other.Successions);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RollupRebase);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Onto, Successions.Count);
}
