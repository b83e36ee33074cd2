using KhanhHoa.Governance.Organization;

namespace KhanhHoa.Governance.Submissions;

/// <summary>The units that must report a data set: every unit of some kinds, and units named by code.</summary>
/// <param name="Kinds">Every unit of these kinds valid on the period's last day must report.</param>
/// <param name="Codes">These units must report, whatever their kind.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record ReportingUnits(IReadOnlyList<OrgUnitKind> Kinds, IReadOnlyList<string> Codes)
{
    /// <summary>The units of <paramref name="tree"/> that must report, by code in ordinal order.</summary>
    /// <param name="tree">The hierarchy valid on the period's last day.</param>
    /// <returns>The unit codes; a named code the tree does not hold is left out.</returns>
    public IReadOnlyList<string> Expected(OrgTree tree)
    {
        ArgumentNullException.ThrowIfNull(tree);
        return [.. tree.Units
            .Where(u => Covers(u.Code, u.Kind))
            .Select(static u => u.Code)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>Whether the unit of <paramref name="code"/> and <paramref name="kind"/> is one of these: named, or of a listed kind.</summary>
    /// <param name="code">A unit code.</param>
    /// <param name="kind">Its kind, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when it must report.</returns>
    public bool Covers(string code, OrgUnitKind? kind) =>
        (kind is { } k && Kinds.Contains(k)) || Codes.Contains(code, StringComparer.Ordinal);
}
