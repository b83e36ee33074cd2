using KhanhHoa.Governance.Reporting.Documents;

namespace KhanhHoa.Governance.Reporting;

// Section II: the units' difficulties by topic, numbered in the order each topic was first raised, one dashed item each,
// then the units' own texts for the section; the office's own text instead when it wrote one (MonthlyReport.SectionTexts, "II").
internal static class DifficultiesComposer
{
    // Lazy, as every composer: the report numbers footnotes in the order its parts are enumerated.
    public static IEnumerable<DocumentBlock> Compose(MonthlyReport report, FootnoteList footnotes) =>
        DocumentParts.Body(report, MonthlyReport.DifficultiesSection, footnotes, Draft(report), ReportText.NoDifficulties)
            .Prepend(new DocumentHeading(1, "II.", ReportText.SectionDifficultiesTitle));

    private static IEnumerable<DocumentBlock> Draft(MonthlyReport report)
    {
        var topic = 0;
        foreach (var (subject, items) in ReportText.DifficultiesByTopic(report))
        {
            yield return new DocumentHeading(2, $"{++topic}.", subject);
            yield return new DocumentList(ListStyle.Dashed, [.. items.Select(static item => new DocumentListItem("-", [new TextRun(ReportText.DifficultyLine(item))]))]);
        }
    }
}
