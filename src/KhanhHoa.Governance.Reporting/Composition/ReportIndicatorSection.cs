using KhanhHoa.Governance.Indicators;

namespace KhanhHoa.Governance.Reporting;

/// <summary>
/// One group of section I as <see cref="MonthlyReportComposer"/> lays it out: a code, the heading, the catalog
/// indicators computed from the dossier rollup under it, and the report sections whose submitted figures it shows.
/// </summary>
/// <param name="Code">The group code, e.g. <c>I.4.b</c>.</param>
/// <param name="Title">The heading as printed, e.g. "Kết quả tiếp nhận, giải quyết hồ sơ thủ tục hành chính".</param>
/// <param name="IndicatorCodes">The catalog codes of the rollup indicators shown, in order.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record ReportIndicatorSection(string Code, string Title, IReadOnlyList<string> IndicatorCodes)
{
    /// <summary>The code of the subsection of dossier indicators (report 87/BC-BCĐ, section I.4).</summary>
    public const string PublicServicesCode = "I.4.b";

    /// <summary>The code of the digitisation subsection (report 87/BC-BCĐ, section I.4.c).</summary>
    public const string DigitisationCode = "I.4.c";

    // Report 87/BC-BCĐ prints dossier digitisation, reuse and electronic results apart from the rest of section I.4.
    private static readonly HashSet<string> DigitisationConcepts = new(StringComparer.Ordinal) { "digitisation", "reuse", "e-result" };

    /// <summary>The indicator codes shown, in order (a read-only copy).</summary>
    public IReadOnlyList<string> IndicatorCodes { get; init; } = [.. IndicatorCodes];

    /// <summary>The heading of the numbered section this group is a lettered part of (<see cref="IndicatorGroup.Section"/>), or <see langword="null"/>.</summary>
    public string? Section { get; init; }

    /// <summary>
    /// The report sections whose submitted figures (<c>DataElement.Section</c>) print here, e.g. <c>I.5.c</c>, which
    /// also takes <c>I.5.c(1)</c> … <c>I.5.c(10)</c>, or <c>I.1</c>, which takes <c>I.1.a</c>. Empty for a group of
    /// rollup indicators only.
    /// </summary>
    public IReadOnlyList<string> FigureSections { get; init; } = [];

    /// <summary>Whether a submitted figure of the given report section prints in this group.</summary>
    /// <param name="section">The element's section, e.g. <c>I.5.c(3)</c>.</param>
    /// <returns>Whether one of <see cref="FigureSections"/> is it or contains it.</returns>
    public bool Takes(string? section) =>
        section is not null && FigureSections.Any(own => section == own
            || (section.Length > own.Length && section.StartsWith(own, StringComparison.Ordinal) && section[own.Length] is '(' or '.'));

    /// <summary>
    /// Section I of the monthly report on Project 06 as report 87/BC-BCĐ lays it out: its eight parts, in its words — direction and implementation, communication, the
    /// legal framework, public services (procedures and online services; the dossier indicators the rollup computes;
    /// digitisation), the economic and social utilities (models, cashless payments, the key tasks), digital citizens,
    /// data cleaning by group and organisation e-identification. Each takes the submitted figures of its report
    /// section; the catalog's rollup indicators that the report model shows (<see cref="MonthlyReportComposer.CanShow"/>)
    /// go to I.4.b, or I.4.c for digitisation, reuse and electronic results, in catalog order.
    /// </summary>
    /// <param name="catalog">The catalog.</param>
    /// <returns>The groups, in the report's order.</returns>
    public static IReadOnlyList<ReportIndicatorSection> Project06Layout(IndicatorCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var shown = catalog.Indicators.Where(MonthlyReportComposer.CanShow).ToList();
        const string PublicServices = "Về Dịch vụ công (DVC)";
        const string Utilities = "Nhóm tiện ích phát triển kinh tế, xã hội";
        const string DataCleaning = "Thu thập, rà soát, xác minh làm sạch dữ liệu cơ sở dữ liệu quốc gia, cơ sở dữ liệu chuyên ngành";
        return
        [
            Figures("I.1", "Chỉ đạo, triển khai thực hiện", null, "I.1"),
            Figures("I.2", "Tuyên truyền thực hiện Đề án", null, "I.2"),
            Figures("I.3", "Về hoàn thiện thể chế", null, "I.3"),
            Figures("I.4.a", "Thủ tục hành chính và cung cấp dịch vụ công trực tuyến", PublicServices, "I.4.a", "I.4.b"),
            new(PublicServicesCode, "Kết quả tiếp nhận, giải quyết hồ sơ thủ tục hành chính", [.. shown.Where(d => !IsDigitisation(d)).Select(d => d.Code)]) { Section = PublicServices },
            new(DigitisationCode, "Số hóa và tái sử dụng kết quả số hóa hồ sơ, kết quả giải quyết thủ tục hành chính (TTHC)", [.. shown.Where(IsDigitisation).Select(d => d.Code)])
            {
                Section = PublicServices,
                FigureSections = ["I.4.c"],
            },
            Figures("I.5.a", "Ứng dụng cơ sở dữ liệu quốc gia về dân cư, căn cước, định danh và xác thực điện tử phục vụ phát triển kinh tế, xã hội", Utilities, "I.5.a"),
            Figures("I.5.b", "Triển khai các giải pháp thanh toán không dùng tiền mặt", Utilities, "I.5.b"),
            Figures("I.5.c", "Thực hiện các nhiệm vụ trọng tâm Đề án 06 trên địa bàn tỉnh", Utilities, "I.5.c"),
            Figures("I.6", "Nhóm phục vụ phát triển công dân số: thẻ căn cước, định danh điện tử mức độ 2", null, "I.6"),
            Figures("I.7.a", "Thực hiện các chỉ tiêu làm sạch dữ liệu được giao", DataCleaning, "I.7.a"),
            Figures("I.7.b", "Làm sạch dữ liệu theo nhóm đối tượng", DataCleaning, "I.7.b"),
            Figures("I.7.c", "Nhập thông tin hội viên các hội, đoàn thể trên nền tảng cơ sở dữ liệu quốc gia về dân cư", DataCleaning, "I.7.c"),
            Figures("I.8", "Triển khai định danh điện tử cho cơ quan, tổ chức", null, "I.8"),
        ];
    }

    private static ReportIndicatorSection Figures(string code, string title, string? section, params string[] figureSections) =>
        new(code, title, []) { Section = section, FigureSections = figureSections };

    private static bool IsDigitisation(IndicatorDefinition definition) => definition.Concept is { } concept && DigitisationConcepts.Contains(concept);
}
