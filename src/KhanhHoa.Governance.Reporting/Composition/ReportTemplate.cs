using System.Text.Json;
using KhanhHoa.Governance.Indicators;

namespace KhanhHoa.Governance.Reporting;

// A report template (khanhhoa-governance/report-template/1, schemas/report-template.v1.schema.json): where section I
// places its groups, as data rather than C#. The package ships report 87/BC-BCĐ's, embedded beside this file.
internal sealed record ReportTemplate(string Format, IReadOnlyList<ReportTemplateSection> Sections)
{
    public const string FormatName = "khanhhoa-governance/report-template/1";

    /// <summary>Report 87/BC-BCĐ's section I (report-87.template.json).</summary>
    public static ReportTemplate Report87 { get; } = Embedded("report-87.template.json");

    // The groups for a catalog: the rollup indicators the report can show go, in catalog order, to the group naming
    // their concept, or else to the group that takes the other indicators.
    public IReadOnlyList<ReportIndicatorSection> Layout(IndicatorCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var shown = catalog.Indicators.Where(MonthlyReportComposer.CanShow).ToList();
        var named = Sections.SelectMany(static section => section.IndicatorConcepts ?? []).ToHashSet(StringComparer.Ordinal);
        bool Takes(ReportTemplateSection section, IndicatorDefinition definition) => section.IndicatorConcepts is { } concepts
            ? definition.Concept is { } concept && concepts.Contains(concept, StringComparer.Ordinal)
            : section.OtherIndicators && !(definition.Concept is { } other && named.Contains(other));
        return
        [
            .. Sections.Select(section => new ReportIndicatorSection(section.Code, section.Title, [.. shown.Where(d => Takes(section, d)).Select(static d => d.Code)])
            {
                Section = section.Section,
                FigureSections = section.FigureSections ?? [],
            }),
        ];
    }

    // A shipped template is part of the package: one that does not read is a build defect, caught by the tests.
    private static ReportTemplate Embedded(string name)
    {
        using var stream = typeof(ReportTemplate).Assembly.GetManifestResourceStream($"{typeof(ReportTemplate).Namespace}.{name}")
            ?? throw new InvalidOperationException($"the package has no resource {name}");
        var template = JsonSerializer.Deserialize(stream, ReportTemplateJsonContext.Default.ReportTemplate);
        return template is { Format: FormatName } ? template : throw new InvalidOperationException($"{name} is not a {FormatName} file");
    }
}
