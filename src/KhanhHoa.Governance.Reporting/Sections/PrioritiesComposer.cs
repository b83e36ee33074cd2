using KhanhHoa.Governance.Reporting.Documents;

namespace KhanhHoa.Governance.Reporting;

// Section III: the tasks ahead grouped by who carries them out, each group numbered and led in bold, its items lettered,
// the overdue tasks still to finish (counted as the task section lists them), then the units' own texts for the section; the office's own text instead when it wrote one (MonthlyReport.SectionTexts, "III").
internal static class PrioritiesComposer
{
    public static IEnumerable<DocumentBlock> Compose(MonthlyReport report, FootnoteList footnotes)
    {
        yield return new DocumentHeading(1, "III.", ReportText.SectionPrioritiesTitle);
        if (DocumentParts.OwnText(report, MonthlyReport.PrioritiesSection, footnotes) is { } own)
        {
            foreach (var paragraph in own)
            {
                yield return paragraph;
            }

            yield break;
        }

        var number = 0;
        foreach (var (responsible, items) in ReportText.PrioritiesByResponsible(report))
        {
            yield return new DocumentParagraph([new TextRun($"{++number}. {responsible}") { Style = TextStyle.Bold }]);
            yield return new DocumentList(ListStyle.Lettered, [.. items.Select((item, index) => new DocumentListItem($"{ReportText.ItemLetter(index)})", [new TextRun(ReportText.PriorityText(item))]))]);
        }

        // The overdue tasks the task section lists are still to be done: section III says so rather than "nothing is due".
        if (report.HasTaskSection && report.Tasks.Overdue.Count > 0)
        {
            yield return DocumentParts.Sentence(ReportText.OverdueAhead(report.Tasks.Overdue.Count, ReportOutline.Of(report).TaskSectionNumber), report.Tasks.Provenance);
        }

        var unitTexts = DocumentParts.UnitTexts(report, MonthlyReport.PrioritiesSection, footnotes);
        foreach (var paragraph in unitTexts)
        {
            yield return paragraph;
        }

        if (number == 0 && unitTexts.Count == 0 && !(report.HasTaskSection && report.Tasks.Overdue.Count > 0))
        {
            yield return DocumentParagraph.Of(ReportText.Empty(report, ReportText.NoPriorities));
        }
    }
}
