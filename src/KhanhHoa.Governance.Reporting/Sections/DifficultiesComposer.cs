using KhanhHoa.Governance.Reporting.Documents;

namespace KhanhHoa.Governance.Reporting;

// Section II: the units' difficulties by topic, numbered in the order each topic was first raised, one dashed item each.
internal static class DifficultiesComposer
{
    public static IEnumerable<DocumentBlock> Compose(MonthlyReport report)
    {
        yield return new DocumentHeading(1, "II.", ReportText.SectionDifficultiesTitle);
        var topic = 0;
        foreach (var (subject, items) in ReportText.DifficultiesByTopic(report))
        {
            yield return new DocumentHeading(2, $"{++topic}.", subject);
            yield return new DocumentList(ListStyle.Dashed, [.. items.Select(static item => new DocumentListItem("-", [new TextRun(ReportText.DifficultyLine(item))]))]);
        }

        if (topic == 0)
        {
            yield return DocumentParagraph.Of(ReportText.Empty(report, ReportText.NoDifficulties));
        }
    }
}
