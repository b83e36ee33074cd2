using KhanhHoa.Governance.Organization;
using KhanhHoa.Governance.Rollup;

namespace KhanhHoa.Governance.Sample.Pipeline;

/// <summary>
/// The province the default run rolls up: the embedded hierarchy re-based onto the tree in force on a day (since 1 July
/// 2025 the province, its departments and the 65 commune-level units), and the units that receive dossiers.
/// </summary>
internal static class DefaultProvince
{
    /// <summary>The seed that makes the default synthetic dossiers (the number of report 87/BC-BCĐ).</summary>
    public const ulong Seed = 87;

    /// <summary>How many synthetic dossiers the default run generates: about a year of the province's dossiers.</summary>
    public const int DossierCount = 1_000_000;

    /// <summary>
    /// The most synthetic dossiers <c>rollup</c> generates: their CSV is held in memory (about 110 bytes a dossier) to
    /// be read back as a host's file would be, and a memory stream stops at 2 GB.
    /// </summary>
    public const int MaxInMemoryCount = 10_000_000;

    /// <summary>The most synthetic dossiers <c>generate</c> writes: they stream to the file, about 110 GB at this count.</summary>
    public const int MaxFileCount = 1_000_000_000;

    /// <summary>
    /// The day the embedded hierarchy's months are re-based onto (<see cref="RollupRebase"/>): <paramref name="asOf"/>, or
    /// the last reorganisation when <paramref name="asOf"/> is before it. The synthetic province is today's province (the
    /// 65 commune-level units of 1 July 2025), so a year that spans the reorganisation rolls up on today's units.
    /// </summary>
    public static LocalDate RebaseDay(OrgHierarchy hierarchy, LocalDate asOf)
    {
        var lastReorganisation = hierarchy.Units.Max(unit => unit.ValidFrom) ?? asOf;
        return asOf < lastReorganisation ? lastReorganisation : asOf;
    }

    /// <summary>The units that receive dossiers on <paramref name="day"/>: those valid then with no sub-unit valid then (departments and commune-level units), by code.</summary>
    public static IReadOnlyList<string> ReceivingUnits(IReadOnlyList<OrgUnit> units, LocalDate day)
    {
        var valid = units.Where(unit => unit.IsValidOn(day)).ToList();
        var parents = valid.Select(unit => unit.ParentCode).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return [.. valid.Select(unit => unit.Code).Where(code => !parents.Contains(code)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }
}
