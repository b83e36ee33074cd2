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

    /// <summary>How section I words each data element, by the element's code (report 87's words for its elements).</summary>
    public IReadOnlyDictionary<string, ReportTemplateElement> Elements { get; init; } = new Dictionary<string, ReportTemplateElement>(StringComparer.Ordinal);

    // A submitted figure worded as the template words its element: its sentence, the sentence for none of its events,
    // and its standing note; unchanged for an element the template does not word.
    public FigureRow Word(FigureRow figure) => Elements.GetValueOrDefault(figure.Code) is { } element
        ? figure with { Sentence = element.Sentence, CountsEvents = element.EventCount, NoneSentence = element.None, Note = element.Footnote }
        : figure;

    // Where the template words an element among its others: its sentences print in the file's order (a dictionary read
    // and never changed enumerates in the order it was filled; a test holds it), the elements it does not word after
    // them (OrderBy keeps their order).
    public int Position(string code)
    {
        var index = 0;
        foreach (var key in Elements.Keys)
        {
            if (key == code)
            {
                return index;
            }

            index++;
        }

        return int.MaxValue;
    }

    // A shipped template is part of the package: one that does not read is a build defect, caught by the tests.
    private static ReportTemplate Embedded(string name)
    {
        using var stream = typeof(ReportTemplate).Assembly.GetManifestResourceStream($"{typeof(ReportTemplate).Namespace}.{name}")
            ?? throw new InvalidOperationException($"the package has no resource {name}");
        return Read(stream, name);
    }

    // Reads a template and its sentences: an unknown placeholder, or a sentence printing an element that has its own
    // sentence, is an error naming the file, the element and the sentence.
    public static ReportTemplate Read(Stream stream, string name)
    {
        var template = JsonSerializer.Deserialize(stream, ReportTemplateJsonContext.Default.ReportTemplate);
        if (template is not { Format: FormatName })
        {
            throw new InvalidOperationException($"{name} is not a {FormatName} file");
        }

        try
        {
            var sentences = template.Elements.Where(static e => e.Value.Sentence is not null)
                .ToDictionary(static e => e.Key, e => SentenceTemplate.Parse(e.Value.Sentence!, $"{name}, element {e.Key}"), StringComparer.Ordinal);
            var none = template.Elements.Where(static e => e.Value.None is not null)
                .ToDictionary(static e => e.Key, e => SentenceTemplate.Parse(e.Value.None!, $"{name}, element {e.Key}, \"none\""), StringComparer.Ordinal);
            foreach (var (code, sentence) in sentences)
            {
                if (sentence.References.FirstOrDefault(r => r == code || sentences.ContainsKey(r)) is { } own)
                {
                    throw new FormatException($"{name}, element {code}: sentence \"{sentence.Text}\" prints {own}, which has a sentence of its own");
                }
            }

            return template;
        }
        catch (FormatException problem)
        {
            throw new InvalidOperationException(problem.Message, problem);
        }
    }
}
