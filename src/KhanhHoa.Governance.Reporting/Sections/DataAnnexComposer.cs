using KhanhHoa.Governance.Reporting.Documents;
using static KhanhHoa.Governance.Reporting.DocumentParts;

namespace KhanhHoa.Governance.Reporting;

// Phụ lục I: in a review the data-quality findings (an internal annex naming rules in Vietnamese only) and who sent
// what; in a signable report only who sent what.
internal static class DataAnnexComposer
{
    private static readonly ColumnKind[] ViolationKinds = [ColumnKind.Text, ColumnKind.Text, ColumnKind.Text, ColumnKind.Text, ColumnKind.Source];

    private static readonly ColumnKind[] ReceiptKinds =
        [ColumnKind.Text, ColumnKind.Figure, ColumnKind.Figure, ColumnKind.Figure, ColumnKind.Figure, ColumnKind.Figure, ColumnKind.Source];

    // One row per data set, the core's counts and rate as figures of the receipts' provenance ("…" in a row to fill),
    // the source named only for synthetic receipts (the rest are the office's own records, and the column goes when no
    // row is synthetic); the total row only when every row is stated (a total of rows left to fill would not be one).
    private static DocumentTable Receipts(ReportingCompleteness completeness)
    {
        var rows = completeness.DataSets.Select(static d => Row(d.DataSet.Name, d.Rate is { } rate ? Counts(rate.Expected.Count, rate.Submitted.Count, rate.OnTime, rate.Missing.Count, d.Percent) : null, d.Provenance)).ToArray();
        var columns = Columns(ReportText.ReceiptColumns, ReceiptKinds);
        return completeness.Reports is { } all && completeness.DataSets.All(static d => d.Rate is not null)
            ? Table(columns, rows, Row(ReportText.AllReports, Counts(all.Expected, all.Submitted, all.OnTime, all.DataSets.Sum(static r => r.Missing.Count), all.Percent), completeness.Provenance, source: false))
            : Table(columns, rows);
    }

    private static decimal?[] Counts(int expected, int submitted, int onTime, int missing, decimal? percent) => [expected, submitted, onTime, percent, missing];

    private const int PercentColumn = 3;

    private static TableCell[] Row(string name, decimal?[]? values, Provenance provenance, bool source = true) =>
    [
        Text(name),
        .. Enumerable.Range(0, 5).Select(index => values is null ? Figure(ReportText.ToFill, provenance)
            : index == PercentColumn ? Figure(values[index] is { } percent ? VietnameseFormat.Percent(percent) : None, provenance, values[index], isRate: true)
            : Figure(VietnameseFormat.Integer((int)values[index]!.Value), provenance, values[index])),
        Text(source && provenance == Provenance.Synthetic ? ReportText.SyntheticLabel : None),
    ];

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
        var completeness = report.Completeness;
        if (completeness.DataSets.Count > 0)
        {
            blocks.Add(Receipts(completeness));
        }

        // The units line states the whole; a signable report whose receipts mix in synthetic ones leaves it to fill (no
        // units), unless the table above already says everything the office knows.
        if (completeness.Expected > 0 || completeness.DataSets.Count == 0 || completeness.DataSets.Any(static d => d.Rate is null))
        {
            blocks.Add(Sentence(ReportText.CompletenessLine(completeness), completeness.Provenance));
        }
        return new DocumentAnnex(ReportText.AnnexDataName, ReportText.AnnexDataTitle(report), ReportText.AnnexReference(report), blocks) { Landscape = true };
    }
}
