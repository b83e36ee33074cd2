using KhanhHoa.Governance.Reporting.Documents;

namespace KhanhHoa.Governance.Reporting;

/// <summary>
/// Composes the format-neutral <see cref="ReportDocument"/> of a monthly report, one composer per section (the header,
/// section I and its tasks, II, III, each annex, the closing), each owning its part's order, numbering, wording and what
/// it says when empty, and applying the report's purpose once. Every writer prints this document.
/// </summary>
/// <threadsafety>Stateless; safe to use from any thread.</threadsafety>
public static class ReportDocumentComposer
{
    /// <summary>Composes a report's document.</summary>
    /// <param name="report">The report, with the core's results already decided.</param>
    /// <returns>The document.</returns>
    public static ReportDocument Compose(MonthlyReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var footnotes = new FootnoteList();
        DocumentBlock[] body =
        [
            .. ResultsComposer.Compose(report, footnotes),
            .. TasksComposer.Compose(report),
            DocumentParagraph.Of(ReportText.AnnexesReferred(report)),
            .. DifficultiesComposer.Compose(report, footnotes),
            .. PrioritiesComposer.Compose(report, footnotes),
        ];
        return new ReportDocument(HeaderComposer.Compose(report), body, ClosingComposer.Compose(report), [DataAnnexComposer.Compose(report), .. UnitsAnnexComposer.Compose(report)])
        {
            Purpose = report.Purpose,
            Footnotes = footnotes.All,
        };
    }
}
