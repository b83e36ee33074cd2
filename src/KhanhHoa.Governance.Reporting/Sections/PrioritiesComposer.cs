using KhanhHoa.Governance.Reporting.Documents;

namespace KhanhHoa.Governance.Reporting;

// Section III: the tasks ahead grouped by who carries them out, each group numbered and led in bold, its items lettered,
// the overdue tasks still to finish (counted as the task section lists them), then the units' own texts for the section;
// the office's own text instead when it wrote one (MonthlyReport.SectionTexts, "III").
internal static class PrioritiesComposer
{
    // Lazy, as every composer: the report numbers footnotes in the order its parts are enumerated.
    public static IEnumerable<DocumentBlock> Compose(MonthlyReport report, FootnoteList footnotes) =>
        DocumentParts.Body(report, MonthlyReport.PrioritiesSection, footnotes, Draft(report), ReportText.NoPriorities)
            .Prepend(new DocumentHeading(1, "III.", ReportText.SectionPrioritiesTitle));

    private static IEnumerable<DocumentBlock> Draft(MonthlyReport report)
    {
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
    }
}
