using KhanhHoa.Governance.Organization;

namespace KhanhHoa.Governance.Reporting;

// The kinds of unit in the words of an administrative report (the measures' words are the core's
// DossierMeasures.VietnameseNameOf).
internal static class UnitText
{
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
