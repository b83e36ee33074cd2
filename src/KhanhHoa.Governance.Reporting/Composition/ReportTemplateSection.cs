namespace KhanhHoa.Governance.Reporting;

// One group of a report template (ReportTemplate): the fields of schemas/report-template.v1.schema.json's sections.
internal sealed record ReportTemplateSection(string Code, string Title)
{
    public string? Section { get; init; }

    public IReadOnlyList<string>? FigureSections { get; init; }

    public IReadOnlyList<string>? IndicatorConcepts { get; init; }

    public bool OtherIndicators { get; init; }
}
