using KhanhHoa.Governance.Organization;

namespace KhanhHoa.Governance.Reporting;

/// <summary>
/// The kinds of unit in the words of an administrative report, for reports and hosts alike (the measures' words are the
/// core's <c>DossierMeasures.VietnameseNameOf</c>).
/// </summary>
/// <threadsafety>Stateless; safe to call from several threads.</threadsafety>
public static class UnitText
{
    /// <summary>The Vietnamese name of <paramref name="kind"/> ("Xã", "Sở, ban, ngành", …), or <see langword="null"/> for none.</summary>
    /// <param name="kind">A kind of unit, or <see langword="null"/>.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined kind.</exception>
    public static string? Kind(OrgUnitKind? kind) => kind switch
    {
        null => null,
        OrgUnitKind.Province => "Tỉnh",
        OrgUnitKind.Department => "Sở, ban, ngành",
        OrgUnitKind.District => "Huyện, thị xã, thành phố (trước 01/7/2025)",
        OrgUnitKind.Commune => "Xã",
        OrgUnitKind.Ward => "Phường",
        OrgUnitKind.Township => "Thị trấn",
        OrgUnitKind.SpecialZone => "Đặc khu",
        OrgUnitKind.SectorBranch => "Cơ quan ngành dọc",
        OrgUnitKind.Enterprise => "Doanh nghiệp",
        OrgUnitKind.MassOrganization => "Tổ chức chính trị - xã hội",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a kind of unit"),
    };
}
