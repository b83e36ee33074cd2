using KhanhHoa.Governance.Reporting.Documents;

namespace KhanhHoa.Governance.Reporting;

// Section II: the units' difficulties by topic, numbered in the order each topic was first raised, one dashed item each,
// then the units' own texts for the section; the office's own text instead when it wrote one (MonthlyReport.SectionTexts, "II").
internal static class DifficultiesComposer
{
    public static IEnumerable<DocumentBlock> Compose(MonthlyReport report, FootnoteList footnotes)
    {
        yield return new DocumentHeading(1, "II.", ReportText.SectionDifficultiesTitle);
        if (DocumentParts.OwnText(report, MonthlyReport.DifficultiesSection, footnotes) is { } own)
        {
            foreach (var paragraph in own)
            {
                yield return paragraph;
            }

            yield break;
        }

        var topic = 0;
        foreach (var (subject, items) in ReportText.DifficultiesByTopic(report))
        {
            yield return new DocumentHeading(2, $"{++topic}.", subject);
            yield return new DocumentList(ListStyle.Dashed, [.. items.Select(static item => new DocumentListItem("-", [new TextRun(ReportText.DifficultyLine(item))]))]);
        }

        var unitTexts = DocumentParts.UnitTexts(report, MonthlyReport.DifficultiesSection, footnotes);
        foreach (var paragraph in unitTexts)
        {
            yield return paragraph;
        }

        if (topic == 0 && unitTexts.Count == 0)
        {
            yield return DocumentParagraph.Of(ReportText.Empty(report, ReportText.NoDifficulties));
        }
    }
}
