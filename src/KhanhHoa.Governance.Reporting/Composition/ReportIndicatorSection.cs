using KhanhHoa.Governance.Indicators;

namespace KhanhHoa.Governance.Reporting;

/// <summary>
/// One group of section I as <see cref="MonthlyReportComposer"/> lays it out: a code, the heading, and the catalog
/// indicators shown under it, in order.
/// </summary>
/// <param name="Code">The group code, e.g. <c>DVC</c>.</param>
/// <param name="Title">The heading as printed, e.g. "Về Dịch vụ công (DVC)".</param>
/// <param name="IndicatorCodes">The catalog codes of the indicators shown, in order.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record ReportIndicatorSection(string Code, string Title, IReadOnlyList<string> IndicatorCodes)
{
    /// <summary>The code of the public-services group (report 87/BC-BCĐ, section I.4).</summary>
    public const string PublicServicesCode = "DVC";

    /// <summary>The code of the digitisation group (report 87/BC-BCĐ, section I.4.c).</summary>
    public const string DigitisationCode = "DVC.SH";

    // Report 87/BC-BCĐ prints dossier digitisation, reuse and electronic results apart from the rest of section I.4.
    private static readonly HashSet<string> DigitisationConcepts = new(StringComparer.Ordinal) { "digitisation", "reuse", "e-result" };

    /// <summary>The indicator codes shown, in order (a read-only copy).</summary>
    public IReadOnlyList<string> IndicatorCodes { get; init; } = [.. IndicatorCodes];

    /// <summary>
    /// The layout of report 87/BC-BCĐ for the catalog's indicators that the rollup measures compute and the report
    /// model represents (<see cref="MonthlyReportComposer.CanShow"/>): "Về Dịch vụ công (DVC)" (online filing,
    /// full-online share, on-time and overdue rates, online payment, identity links, volumes) and "Số hóa và tái sử
    /// dụng kết quả số hóa hồ sơ, kết quả giải quyết TTHC" (digitisation, reuse, electronic results), each in catalog
    /// order. The report's other groups (economic and social utilities, digital citizens, data cleaning, organisation
    /// e-identification) read figures that no dossier carries, so a host adds them with its own sections and measures.
    /// </summary>
    /// <param name="catalog">The catalog.</param>
    /// <returns>The non-empty sections, public services first.</returns>
    public static IReadOnlyList<ReportIndicatorSection> Report87Layout(IndicatorCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var shown = catalog.Indicators.Where(MonthlyReportComposer.CanShow).ToList();
        ReportIndicatorSection[] sections =
        [
            new(PublicServicesCode, "Về Dịch vụ công (DVC)", [.. shown.Where(d => !IsDigitisation(d)).Select(d => d.Code)]),
            new(DigitisationCode, "Số hóa và tái sử dụng kết quả số hóa hồ sơ, kết quả giải quyết thủ tục hành chính (TTHC)", [.. shown.Where(IsDigitisation).Select(d => d.Code)]),
        ];
        return [.. sections.Where(s => s.IndicatorCodes.Count > 0)];
    }

    private static bool IsDigitisation(IndicatorDefinition definition) => definition.Concept is { } concept && DigitisationConcepts.Contains(concept);
}
