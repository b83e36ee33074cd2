using System.Collections.Frozen;

namespace KhanhHoa.Governance.Organization;

/// <summary>
/// The effective-dated organisation hierarchy: every unit that ever existed in the data (the province, its
/// departments, the commune-level units in force since 1 July 2025 and the districts and communes they replaced)
/// with the predecessor → successor links of each reorganisation.
/// </summary>
/// <remarks>
/// A month is rolled up with the tree valid then (<see cref="AsOf"/>), or its figures are moved onto a later tree
/// with <see cref="Rebase"/>. Units formed from parts of old units (Resolution 1667/NQ-UBTVQH15, clauses 18–21, 36
/// and 61) are recorded as <see cref="SuccessionShare.Part"/>: their figures are never split by guess.
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class OrgHierarchy
{
    private readonly FrozenDictionary<string, OrgUnit> byCode;
    private readonly FrozenDictionary<string, OrgSuccession[]> bySuccessor;
    private readonly FrozenDictionary<string, OrgSuccession[]> byPredecessor;

    // Only for data already checked by Validate; hosts go through Create, which reports problems instead of throwing.
    internal OrgHierarchy(IReadOnlyList<OrgUnit> units, IReadOnlyList<OrgSuccession> successions)
    {
        Units = units;
        Successions = successions;
        byCode = Units.ToFrozenDictionary(static u => u.Code, StringComparer.Ordinal);
        bySuccessor = Successions.GroupBy(static s => s.SuccessorCode, StringComparer.Ordinal)
            .ToFrozenDictionary(static g => g.Key, static g => g.ToArray(), StringComparer.Ordinal);
        byPredecessor = Successions.GroupBy(static s => s.PredecessorCode, StringComparer.Ordinal)
            .ToFrozenDictionary(static g => g.Key, static g => g.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>Checks units and links and builds the hierarchy: unique codes, parents that exist, no cycle, links between known units.</summary>
    /// <param name="units">The units.</param>
    /// <param name="successions">The predecessor → successor links between those units.</param>
    /// <returns>
    /// The hierarchy, or every problem found: <see cref="InputError.Field"/> is <c>units</c> or <c>successions</c> and
    /// <see cref="InputError.Line"/> the one-based position of the unit or link concerned.
    /// </returns>
    public static InputResult<OrgHierarchy> Create(IEnumerable<OrgUnit> units, IEnumerable<OrgSuccession> successions)
    {
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(successions);
        var unitList = units.ToList();
        var successionList = successions.ToList();
        var problems = Validate(unitList, successionList);
        return problems.Count == 0
            ? InputResult<OrgHierarchy>.ForValue(new OrgHierarchy(unitList, successionList))
            : InputResult<OrgHierarchy>.ForErrors([.. problems.Select(static p => p.UnitIndex is { } u
                ? new InputError(u + 1, 0, p.Message) { Field = "units" }
                : new InputError(p.SuccessionIndex!.Value + 1, 0, p.Message) { Field = "successions" })]);
    }

    /// <summary>Every unit, current and historical, in data order.</summary>
    public IReadOnlyList<OrgUnit> Units { get; }

    /// <summary>Every predecessor → successor link.</summary>
    public IReadOnlyList<OrgSuccession> Successions { get; }

    /// <summary>The unit with <paramref name="code"/>, whatever its dates.</summary>
    /// <param name="code">The unit code.</param>
    /// <returns>The unit, or <see langword="null"/>.</returns>
    public OrgUnit? Find(string code) => byCode.GetValueOrDefault(code);

    /// <summary>The tree valid on <paramref name="date"/>.</summary>
    /// <param name="date">The date, e.g. the last day of the month being rolled up.</param>
    /// <returns>A snapshot with only the units that existed that day.</returns>
    public OrgTree AsOf(LocalDate date) => new(date, Units);

    /// <summary>The links that name <paramref name="code"/> as the successor.</summary>
    /// <param name="code">A unit code.</param>
    /// <returns>Its predecessors, with the share each contributed.</returns>
    public IReadOnlyList<OrgSuccession> PredecessorsOf(string code) => bySuccessor.TryGetValue(code, out var list) ? list : [];

    /// <summary>The links that name <paramref name="code"/> as the predecessor.</summary>
    /// <param name="code">A unit code.</param>
    /// <returns>Its successors, with the share each took.</returns>
    public IReadOnlyList<OrgSuccession> SuccessorsOf(string code) => byPredecessor.TryGetValue(code, out var list) ? list : [];

    /// <summary>
    /// Moves figures recorded for old units onto the units valid on <paramref name="target"/>: a unit taken over
    /// whole by one successor passes its figure on (through several reorganisations if needed); a unit split
    /// between several successors, taken over only in part, or abolished without successor keeps its figure
    /// in <see cref="RebaseResult.Unallocated"/>.
    /// </summary>
    /// <param name="figures">Figures per unit code (codes unknown to the hierarchy are reported as unallocated).</param>
    /// <param name="target">The date of the tree to re-base onto, typically today.</param>
    /// <returns>The re-based figures and what could not be moved.</returns>
    /// <exception cref="OverflowException">A sum exceeds <see cref="long.MaxValue"/>.</exception>
    public RebaseResult Rebase(IEnumerable<KeyValuePair<string, long>> figures, LocalDate target)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var result = new SortedDictionary<string, long>(StringComparer.Ordinal);
        var unallocated = new List<UnallocatedFigure>();
        foreach (var (code, value) in figures)
        {
            var (current, reason, candidates) = Follow(code, target, c => Find(c)?.IsValidOn(target), SuccessorsOf);
            if (reason is null)
            {
                result[current] = checked(result.GetValueOrDefault(current) + value);
            }
            else
            {
                unallocated.Add(new UnallocatedFigure(code, value, reason, candidates));
            }
        }

        return new RebaseResult(result, unallocated);
    }

    /// <summary>
    /// Where the figures of <paramref name="code"/> go on the tree valid on <paramref name="target"/>: through whole
    /// successors, reorganisation after reorganisation, to a unit valid then; or why they stay where they are (a split,
    /// a part, no successor, an unknown unit) with the units that took over parts. The rollup engine re-bases with it too.
    /// </summary>
    /// <param name="code">The unit the figures were recorded for.</param>
    /// <param name="target">The day of the target tree.</param>
    /// <param name="isValidOn">Whether a unit exists on the target day; <see langword="null"/> for a code not in the hierarchy.</param>
    /// <param name="successorsOf">The links naming a code as the predecessor.</param>
    internal static (string Code, string? Reason, IReadOnlyList<string> Candidates) Follow(
        string code, LocalDate target, Func<string, bool?> isValidOn, Func<string, IReadOnlyList<OrgSuccession>> successorsOf)
    {
        var current = code;
        var visited = new HashSet<string>(StringComparer.Ordinal);
        while (true)
        {
            switch (isValidOn(current))
            {
                case null:
                    return (current, $"unit '{current}' is not in the hierarchy", []);
                case true:
                    return (current, null, []);
            }

            var next = successorsOf(current).Where(s => s.EffectiveDate <= target).ToList();
            if (next.Count == 0 || !visited.Add(current))
            {
                return (current, $"unit '{current}' does not exist on {target:uuuu-MM-dd} and has no successor", []);
            }

            if (next.Count > 1 || next[0].Share == SuccessionShare.Part)
            {
                List<string> candidates = [.. next.Select(static s => s.SuccessorCode)];
                return (current, $"unit '{current}' was split or taken over in part ({string.Join(", ", candidates)}); moving its figures needs address-level data", candidates);
            }

            current = next[0].SuccessorCode;
        }
    }

    // Each problem keeps the index of its unit or link, so that a loader can place it in its own file.
    internal static IReadOnlyList<OrgHierarchyProblem> Validate(IReadOnlyList<OrgUnit> units, IReadOnlyList<OrgSuccession> successions)
    {
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(successions);
        var problems = new List<OrgHierarchyProblem>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < units.Count; i++)
        {
            if (!index.TryAdd(units[i].Code, i))
            {
                problems.Add(new($"duplicate unit code '{units[i].Code}'", UnitIndex: i));
            }

            if (units[i] is { ValidFrom: { } from, ValidTo: { } to } && to < from)
            {
                problems.Add(new($"unit '{units[i].Code}' ends before it starts", UnitIndex: i));
            }
        }

        var links = ParentLinks.Resolve(units, static u => u.Code, static u => u.ParentCode);
        for (var i = 0; i < units.Count; i++)
        {
            if (links.Parents[i] == ParentLinks.Unknown)
            {
                problems.Add(new($"unit '{units[i].Code}' has parent '{units[i].ParentCode}', which does not exist", UnitIndex: i));
            }
            else if (links.ReachesCycle[i])
            {
                problems.Add(new($"unit '{units[i].Code}' is part of a cycle of parents", UnitIndex: i));
            }
        }

        for (var i = 0; i < successions.Count; i++)
        {
            foreach (var code in new[] { successions[i].PredecessorCode, successions[i].SuccessorCode })
            {
                if (!index.ContainsKey(code))
                {
                    problems.Add(new($"succession names unit '{code}', which does not exist", SuccessionIndex: i));
                }
            }
        }

        return problems;
    }
}

internal sealed record OrgHierarchyProblem(string Message, int? UnitIndex = null, int? SuccessionIndex = null);
