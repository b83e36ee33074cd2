using KhanhHoa.Governance.Reporting.Documents;
using static KhanhHoa.Governance.Reporting.DocumentParts;

namespace KhanhHoa.Governance.Reporting;

// Section I: its heading, each group under the outline's number and letter with its indicator rows, the units'
// figures in sentences (FigureSentences) and the units' own texts, or the office's own text for the group
// (MonthlyReport.SectionTexts), then the composite indexes. A signable report has no judgement columns (target, gap,
// evaluation).
internal static class ResultsComposer
{
    // No code column: an indicator's code is internal (the JSON keeps it in its contract fields); the official reads
    // its name.
    private static readonly ColumnKind[] IndicatorKinds =
        [ColumnKind.Text, ColumnKind.Figure, ColumnKind.Figure, ColumnKind.Figure, ColumnKind.Figure, ColumnKind.Text, ColumnKind.Figure, ColumnKind.Source];

    // Mục tiêu, Chênh lệch, Đánh giá: the core's judgement, which an office signs only as its own.
    private static readonly int[] JudgementColumns = [3, 4, 5];

    public static IEnumerable<DocumentBlock> Compose(MonthlyReport report, FootnoteList footnotes)
    {
        var sentences = new FigureSentences(report, footnotes);
        yield return new DocumentHeading(1, "I.", ReportText.SectionResultsTitle);
        foreach (var entry in ReportOutline.Of(report).Entries)
        {
            if (entry.StartsSection)
            {
                yield return new DocumentHeading(2, $"{entry.Number}.", entry.SectionTitle);
            }

            if (entry.Letter is { } letter)
            {
                yield return new DocumentHeading(3, $"{letter})", entry.Group.Title);
            }

            var group = entry.Group;
            if (DocumentParts.OwnText(report, group.Code, footnotes) is { } own)
            {
                foreach (var paragraph in own)
                {
                    yield return paragraph;
                }

                continue;
            }

            if (group.IsEmpty && !report.UnitTexts.Any(text => text.Section == group.Code))
            {
                yield return DocumentParagraph.Of(ReportText.Empty(report, ReportText.NoFigures));
            }

            if (group.Rows.Count > 0)
            {
                yield return IndicatorTable(report, group.Rows);
            }

            foreach (var sentence in sentences.Of(group))
            {
                yield return sentence;
            }

            // After the sentences: their footnotes come first in the report's numbering, as they are printed first.
            foreach (var paragraph in DocumentParts.UnitTexts(report, group.Code, footnotes))
            {
                yield return paragraph;
            }
        }

        foreach (var index in report.Indexes)
        {
            yield return DocumentParagraph.Of(ReportText.IndexLine(index));
        }
    }

    private static DocumentTable IndicatorTable(MonthlyReport report, IReadOnlyList<IndicatorRow> rows)
    {
        var judged = report.Purpose == ReportPurpose.Review;
        var shown = Enumerable.Range(0, IndicatorKinds.Length).Where(index => judged || !JudgementColumns.Contains(index)).ToList();
        // A target is words as well as a figure ("100% TTHC đủ điều kiện (hết năm 2025)"): set as words.
        var columns = Columns(ReportText.IndicatorColumns, IndicatorKinds);
        columns[3] = columns[3] with { Alignment = ColumnAlignment.Left };
        return Table([.. shown.Select(index => columns[index])], [.. rows.Select(row => IndicatorCells(row)).Select(cells => shown.Select(index => cells[index]).ToArray())]);
    }

    private static TableCell[] IndicatorCells(IndicatorRow row) =>
    [
        Text(row.Name), Figure(ReportText.Value(row), row.Provenance, row.Value, row.IsRate), Figure(ReportText.Fraction(row), row.Provenance),
        Text(ReportText.Target(row)), Text(ReportText.Gap(row)), TableCell.Of(new StatusRun(ReportText.Status(row), row.Status)), Text(ReportText.Change(row)), Text(ReportText.Source(row.Provenance)),
    ];
}
