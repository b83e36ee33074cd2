using KhanhHoa.Governance.Indicators;
using KhanhHoa.Governance.Organization;

namespace KhanhHoa.Governance.Reporting;

// The units appendix in the words of an administrative report: the rollup's measures as the reporting form II.06a and
// the 766 index name the counts of dossiers (docs/rollup-contract.md §4), and the kinds of unit.
internal static class UnitText
{
    public static string Measure(DossierMeasure measure) => measure switch
    {
        DossierMeasure.Received => "Số hồ sơ tiếp nhận",
        DossierMeasure.ReceivedOnline => "Số hồ sơ tiếp nhận trực tuyến",
        DossierMeasure.ReceivedFullOnline => "Số hồ sơ tiếp nhận trực tuyến toàn trình",
        DossierMeasure.ReceivedFullEligible => "Số hồ sơ tiếp nhận của TTHC đủ điều kiện DVCTT toàn trình",
        DossierMeasure.Resolved => "Số hồ sơ đã giải quyết",
        DossierMeasure.ResolvedOnTime => "Số hồ sơ giải quyết trước hạn, đúng hạn",
        DossierMeasure.ResolvedLate => "Số hồ sơ giải quyết quá hạn",
        DossierMeasure.PendingEnd => "Số hồ sơ đang giải quyết cuối kỳ",
        DossierMeasure.PendingOverdueEnd => "Số hồ sơ đang giải quyết quá hạn cuối kỳ",
        DossierMeasure.Digitized => "Số hồ sơ được số hóa",
        DossierMeasure.ReusedData => "Số hồ sơ tái sử dụng dữ liệu đã số hóa",
        DossierMeasure.IdLinked => "Số hồ sơ gắn định danh điện tử",
        DossierMeasure.FeeRequired => "Số hồ sơ phải nộp phí, lệ phí",
        DossierMeasure.PaidOnline => "Số hồ sơ nộp phí, lệ phí trực tuyến",
        DossierMeasure.EResult => "Số hồ sơ trả kết quả điện tử",
        _ => throw new ArgumentOutOfRangeException(nameof(measure), measure, "not a dossier measure"),
    };

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
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a kind of unit"),
    };
}
