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
            .Where(u => (u.Kind is { } kind && Kinds.Contains(kind)) || Codes.Contains(u.Code, StringComparer.Ordinal))
            .Select(static u => u.Code)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)];
    }
}
