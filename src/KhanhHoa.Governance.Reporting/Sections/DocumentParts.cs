using KhanhHoa.Governance.Reporting.Documents;

namespace KhanhHoa.Governance.Reporting;

// The pieces every section composer builds its part of: tables without their empty columns, a table or the sentence
// saying there is nothing to list, a figure, the source note of a synthetic part.
internal static class DocumentParts
{
    // What a table cell holds when the row has no such figure.
    public const string None = "—";

    // A column of figures, codes or dates that no row fills ("—" throughout) is left out: it would print a line of "—";
    // a column of words stays (its row would have no name without it).
    public static DocumentTable Table(IReadOnlyList<TableColumn> columns, IReadOnlyList<TableCell[]> rows)
    {
        var kept = Enumerable.Range(0, columns.Count)
            .Where(index => rows.Count == 0 || columns[index].Kind == ColumnKind.Text || rows.Any(row => row[index].Text is not ("" or None)))
            .ToList();
        return new DocumentTable([.. kept.Select(index => columns[index])], [.. rows.Select(row => new TableRow([.. kept.Select(index => row[index])]))]);
    }

    // A table with its total row below the body: the columns are kept or dropped over the body and the total alike.
    public static DocumentTable Table(IReadOnlyList<TableColumn> columns, IReadOnlyList<TableCell[]> rows, TableCell[] total)
    {
        var table = Table(columns, [.. rows, total]);
        return table with { Rows = [.. table.Rows.Take(table.Rows.Count - 1)], Total = table.Rows[^1] };
    }

    // An empty list is a sentence saying so, as officials write it.
    public static DocumentBlock TableOrNote(IReadOnlyList<TableColumn> columns, IReadOnlyList<TableCell[]> rows, string whenEmpty) =>
        rows.Count == 0 ? DocumentParagraph.Of(whenEmpty) : Table(columns, rows);

    public static TableColumn[] Columns(IReadOnlyList<string> headers, params ColumnKind[] kinds) =>
        [.. headers.Select((header, index) => new TableColumn(header, kinds[index]))];

    public static TableCell Text(string text) => TableCell.Of(text);

    public static TableCell Figure(string text, Provenance provenance, decimal? value = null, bool isRate = false) =>
        TableCell.Of(new FigureRun(text, provenance) { Value = value, IsRate = isRate });

    // A sentence of the report and, for a synthetic part, its source after it: "… 50%. (Nguồn: giả lập)".
    public static DocumentParagraph Sentence(string text, Provenance provenance) => provenance == Provenance.Synthetic
        ? new DocumentParagraph([new TextRun(text), new TextRun(" "), SyntheticSource()])
        : DocumentParagraph.Of(text);

    // The office's own paragraphs for a section (MonthlyReport.SectionTexts), which replace what its composer drafts;
    // null when the office wrote none.
    public static IEnumerable<DocumentParagraph>? OwnText(MonthlyReport report, string section) =>
        report.SectionTexts.TryGetValue(section, out var own) ? own.Select(DocumentParagraph.Of) : null;

    // The units' own texts for a section (MonthlyReport.UnitTexts), one paragraph each, attributed as report 87 writes
    // them ("- Sở Y tế: …"); a unit's line breaks become spaces, its paragraph is one; a synthetic one carries its source.
    public static IReadOnlyList<DocumentParagraph> UnitTexts(MonthlyReport report, string section) =>
    [
        .. report.UnitTexts.Where(text => text.Section == section).Select(static text => Sentence(
            $"- {text.Unit}: {string.Join(' ', text.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))}",
            text.Provenance)),
    ];

    // The source note after a sentence with a synthetic figure.
    public static TextRun SyntheticSource() => new($"(Nguồn: {ReportText.SyntheticLabel})") { Style = TextStyle.Italic };
}
