using System.Collections.Frozen;

namespace KhanhHoa.Governance.Organization;

/// <summary>The organisation tree valid on one date: the units that existed that day and their parent links.</summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class OrgTree
{
    private readonly FrozenDictionary<string, OrgUnit> byCode;
    private readonly FrozenDictionary<string, OrgUnit[]> children;

    internal OrgTree(LocalDate date, IEnumerable<OrgUnit> units)
    {
        Date = date;
        Units = units.Where(u => u.IsValidOn(date)).ToList();
        byCode = Units.ToFrozenDictionary(static u => u.Code, StringComparer.Ordinal);
        children = Units.Where(u => u.ParentCode is not null && byCode.ContainsKey(u.ParentCode))
            .GroupBy(static u => u.ParentCode!, StringComparer.Ordinal)
            .ToFrozenDictionary(static g => g.Key, static g => g.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The date the tree is valid on.</summary>
    public LocalDate Date { get; }

    /// <summary>The units that exist on <see cref="Date"/>, in the order of the hierarchy's data.</summary>
    public IReadOnlyList<OrgUnit> Units { get; }

    /// <summary>The units with no parent on <see cref="Date"/> (normally the province).</summary>
    public IEnumerable<OrgUnit> Roots => Units.Where(u => u.ParentCode is null || !byCode.ContainsKey(u.ParentCode));

    /// <summary>The unit with <paramref name="code"/> if it exists on <see cref="Date"/>.</summary>
    /// <param name="code">The unit code.</param>
    /// <returns>The unit, or <see langword="null"/>.</returns>
    public OrgUnit? Find(string code) => byCode.GetValueOrDefault(code);

    /// <summary>The direct children of a unit on <see cref="Date"/>.</summary>
    /// <param name="code">The parent's code.</param>
    /// <returns>The children, empty when there are none.</returns>
    public IReadOnlyList<OrgUnit> ChildrenOf(string code) => children.TryGetValue(code, out var list) ? list : [];

    /// <summary>A unit and all units below it on <see cref="Date"/>, depth first.</summary>
    /// <param name="code">The top unit's code.</param>
    /// <returns>The units; empty when <paramref name="code"/> does not exist on <see cref="Date"/>.</returns>
    public IEnumerable<OrgUnit> DescendantsAndSelf(string code)
    {
        if (Find(code) is not { } top)
        {
            yield break;
        }

        var stack = new Stack<OrgUnit>();
        stack.Push(top);
        while (stack.Count > 0)
        {
            var unit = stack.Pop();
            yield return unit;
            foreach (var child in ChildrenOf(unit.Code).Reverse())
            {
                stack.Push(child);
            }
        }
    }
}
