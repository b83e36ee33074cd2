using KhanhHoa.Governance.Calendar;

namespace KhanhHoa.Governance.Rollup;

/// <summary>The measures of every unit valid in one period, in depth-first order (roots first, children by ordinal code).</summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class PeriodRollup
{
    private readonly Dictionary<string, UnitRollup> byCode;

    internal PeriodRollup(ReportingPeriod period, UnitRollup[] units, UnallocatedRollup[] unallocated)
    {
        Period = period;
        Units = units;
        Unallocated = unallocated;
        byCode = units.ToDictionary(u => u.Code, StringComparer.Ordinal);
    }

    /// <summary>The period.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>Every unit valid in the period with its measures.</summary>
    public IReadOnlyList<UnitRollup> Units { get; }

    /// <summary>
    /// With a <see cref="RollupRebase"/>, the measures of older units that could not be moved onto one unit of the tree
    /// (split, taken over in part, or without successor), by the code where the move stopped; empty otherwise.
    /// </summary>
    public IReadOnlyList<UnallocatedRollup> Unallocated { get; }

    /// <summary>The rollup of one unit.</summary>
    /// <param name="code">The unit code.</param>
    /// <returns>The unit's rollup, or <see langword="null"/> when the unit is not valid in the period.</returns>
    public UnitRollup? Find(string code) => byCode.GetValueOrDefault(code);
}
