using KhanhHoa.Governance.Reporting.Documents;
using KhanhHoa.Governance.Submissions;

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

    // The office's own paragraphs for a section (MonthlyReport.SectionTexts), which replace what its composer drafts,
    // their footnotes numbered in the report's order; null when the office wrote none.
    public static IReadOnlyList<DocumentParagraph>? OwnText(MonthlyReport report, string section, FootnoteList footnotes)
    {
        if (!report.SectionTexts.TryGetValue(section, out var own))
        {
            return null;
        }

        var text = MonthlyReport.ReadSectionText(own).AsT0;
        return [.. text.Paragraphs.Select(pieces => new DocumentParagraph(Inlines(pieces, text.Notes, footnotes)))];
    }

    // A section's body: the office's own text when it wrote one; else the composer's draft, then the units' texts, or the
    // sentence saying there is nothing when neither has any.
    public static IEnumerable<DocumentBlock> Body(MonthlyReport report, string section, FootnoteList footnotes, IEnumerable<DocumentBlock> draft, string whenEmpty)
    {
        if (OwnText(report, section, footnotes) is { } own)
        {
            foreach (var paragraph in own)
            {
                yield return paragraph;
            }

            yield break;
        }

        var drafted = 0;
        foreach (var block in draft)
        {
            drafted++;
            yield return block;
        }

        var unitTexts = UnitTexts(report, section, footnotes);
        foreach (var paragraph in unitTexts)
        {
            yield return paragraph;
        }

        if (drafted == 0 && unitTexts.Count == 0)
        {
            yield return DocumentParagraph.Of(ReportText.Empty(report, whenEmpty));
        }
    }

    // The units' own texts for a section (MonthlyReport.UnitTexts), one paragraph each, attributed as report 87 writes
    // them ("- Sở Y tế: …"); a unit's paragraphs and line breaks become spaces, its footnotes are numbered in the
    // report's order, and a synthetic one carries its source.
    public static IReadOnlyList<DocumentParagraph> UnitTexts(MonthlyReport report, string section, FootnoteList footnotes)
    {
        var paragraphs = new List<DocumentParagraph>();
        foreach (var unitText in report.UnitTexts.Where(text => text.Section == section))
        {
            // MonthlyReportBuilder.Build has refused a text whose notes do not add up.
            var text = FootnotedText.Parse(unitText.Text).AsT0;
            var pieces = text.Paragraphs.SelectMany(static (pieces, index) => index == 0 ? pieces : [new TextPiece(" ", null), .. pieces]);
            DocumentInline[] source = unitText.Provenance == Provenance.Synthetic ? [new TextRun(" "), SyntheticSource()] : [];
            paragraphs.Add(new DocumentParagraph([.. Inlines([new TextPiece($"- {unitText.Unit}: ", null), .. pieces], text.Notes, footnotes), .. source]));
        }

        return paragraphs;
    }

    // A paragraph's pieces as runs of text, each note referred to added to the report's footnotes; the text between two
    // references is one run.
    private static DocumentInline[] Inlines(IEnumerable<TextPiece> pieces, IReadOnlyList<string> notes, FootnoteList footnotes)
    {
        var inlines = new List<DocumentInline>();
        var run = new System.Text.StringBuilder();
        foreach (var piece in pieces)
        {
            run.Append(piece.Text);
            if (piece.Note is { } note)
            {
                End();
                inlines.Add(footnotes.Add(notes[note]));
            }
        }

        End();
        return [.. inlines];

        void End()
        {
            if (run.Length > 0)
            {
                inlines.Add(new TextRun(run.ToString()));
                run.Clear();
            }
        }
    }

    // The source note after a sentence with a synthetic figure.
    public static TextRun SyntheticSource() => new($"(Nguồn: {ReportText.SyntheticLabel})") { Style = TextStyle.Italic };
}
