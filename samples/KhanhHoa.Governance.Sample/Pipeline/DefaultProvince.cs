using KhanhHoa.Governance.Data;
using KhanhHoa.Governance.Organization;

namespace KhanhHoa.Governance.Sample.Pipeline;

/// <summary>
/// The province the default run rolls up: the embedded hierarchy's tree in force on a day (since 1 July 2025 the
/// province, its departments and the 65 commune-level units), and the units that receive dossiers.
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
    /// The units in force on <paramref name="asOf"/>, or on the last reorganisation when <paramref name="asOf"/> is
    /// before it, with their validity opened: the synthetic province is today's province, so the months before the
    /// 1 July 2025 reorganisation (Khánh Hòa and Ninh Thuận then two provinces) are generated and rolled up on today's
    /// units too; real data keeps the effective-dated hierarchy (<see cref="GovernanceData.OrgUnits"/>).
    /// </summary>
    public static IReadOnlyList<OrgUnit> SyntheticTree(GovernanceData data, LocalDate asOf)
    {
        var lastReorganisation = data.OrgUnits.Units.Max(unit => unit.ValidFrom) ?? asOf;
        var day = asOf < lastReorganisation ? lastReorganisation : asOf;
        return [.. data.OrgUnits.AsOf(day).Units.Select(unit => unit with { ValidFrom = null, ValidTo = null })];
    }

    /// <summary>The units that receive dossiers: those with no sub-unit (departments and commune-level units), by code.</summary>
    public static IReadOnlyList<string> ReceivingUnits(IReadOnlyList<OrgUnit> units)
    {
        var parents = units.Select(unit => unit.ParentCode).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return [.. units.Select(unit => unit.Code).Where(code => !parents.Contains(code)).Order(StringComparer.Ordinal)];
    }
}
