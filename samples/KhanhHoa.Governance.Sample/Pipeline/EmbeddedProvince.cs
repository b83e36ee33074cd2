using KhanhHoa.Governance.Organization;
using KhanhHoa.Governance.Rollup;

namespace KhanhHoa.Governance.Sample.Pipeline;

/// <summary>
/// The embedded hierarchy as a rollup uses it when the host gives no <c>--units</c>: re-based onto the tree in force on
/// a day (since 1 July 2025 the province, its departments and the 65 commune-level units).
/// </summary>
internal static class EmbeddedProvince
{
    /// <summary>
    /// The day the embedded hierarchy's months are re-based onto (<see cref="RollupRebase"/>): <paramref name="asOf"/>, or
    /// the last reorganisation when <paramref name="asOf"/> is before it, so a year that spans the reorganisation rolls
    /// up on today's units (the 65 commune-level units of 1 July 2025).
    /// </summary>
    public static LocalDate RebaseDay(OrgHierarchy hierarchy, LocalDate asOf)
    {
        var lastReorganisation = hierarchy.Units.Max(unit => unit.ValidFrom) ?? asOf;
        return asOf < lastReorganisation ? lastReorganisation : asOf;
    }
}
