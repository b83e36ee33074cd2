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
    /// Section I of the monthly report on Project 06 as report 87/BC-BCĐ lays it out, read from the report template the
    /// package ships (<c>report-87.template.json</c>, format <c>khanhhoa-governance/report-template/1</c>,
    /// schemas/report-template.v1.schema.json): its eight parts, in its words — direction and implementation,
    /// communication, the legal framework, public services (procedures and online services; the dossier indicators the
    /// rollup computes; digitisation), the economic and social utilities (models, cashless payments, the key tasks),
    /// digital citizens, data cleaning by group and organisation e-identification. Each takes the submitted figures of
    /// its report section; the catalog's rollup indicators that the report model shows
    /// (<see cref="MonthlyReportComposer.CanShow"/>) go to I.4.b, or I.4.c for digitisation, reuse and electronic
    /// results, in catalog order.
    /// </summary>
    /// <param name="catalog">The catalog.</param>
    /// <returns>The groups, in the report's order.</returns>
    public static IReadOnlyList<ReportIndicatorSection> Project06Layout(IndicatorCatalog catalog) => ReportTemplate.Report87.Layout(catalog);
}
