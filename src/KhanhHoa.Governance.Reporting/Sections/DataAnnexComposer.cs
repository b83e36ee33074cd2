using KhanhHoa.Governance.Reporting.Documents;
using static KhanhHoa.Governance.Reporting.DocumentParts;

namespace KhanhHoa.Governance.Reporting;

// Phụ lục I: in a review the data-quality findings (an internal annex naming rules in Vietnamese only) and who sent
// what; in a signable report only who sent what.
internal static class DataAnnexComposer
{
    private static readonly ColumnKind[] ViolationKinds = [ColumnKind.Text, ColumnKind.Text, ColumnKind.Text, ColumnKind.Text, ColumnKind.Source];

    public static DocumentAnnex Compose(MonthlyReport report)
    {
        var blocks = new List<DocumentBlock>();
        var part = 0;
        if (report.HasDataQualityAnnex)
        {
            blocks.Add(new DocumentHeading(2, $"{++part}.", ReportText.DataQuality));
            blocks.Add(TableOrNote(Columns(ReportText.ViolationColumns, ViolationKinds), [.. report.Violations.Select(v => ReportText.ViolationCells(v).Select(Text).ToArray())], ReportText.NoViolations));
        }

        blocks.Add(new DocumentHeading(2, $"{++part}.", ReportText.Completeness));
        blocks.Add(Sentence(ReportText.CompletenessLine(report.Completeness), report.Completeness.Provenance));
        return new DocumentAnnex(ReportText.AnnexDataName, ReportText.AnnexDataTitle(report), ReportText.AnnexReference(report), blocks) { Landscape = true };
    }
}
