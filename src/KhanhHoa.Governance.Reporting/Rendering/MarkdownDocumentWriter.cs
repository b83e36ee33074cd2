using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using KhanhHoa.Governance.Reporting.Documents;

namespace KhanhHoa.Governance.Reporting;

/// <summary>
/// Writes a <see cref="ReportDocument"/> as CommonMark with GitHub tables and footnotes (<c>\n</c> line ends): every
/// element of the document once, in its order, each text escaped so that it prints as written.
/// </summary>
/// <threadsafety>Stateless; safe to use from any thread.</threadsafety>
internal static partial class MarkdownDocumentWriter
{
    /// <summary>The document as Markdown text.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The Markdown, ending with a line break.</returns>
    public static string Write(ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var md = new StringBuilder();
        var header = document.Header;
        if (header.SyntheticBanner is { } banner)
        {
            Line(md, $"> **{Escape(banner)}**");
            Line(md);
        }

        if (header.DraftMark is { } draft)
        {
            Line(md, $"**{Escape(draft)}**");
            Line(md);
        }

        if (header.ParentBody.Length > 0)
        {
            Line(md, Escape(header.ParentBody) + "  ");
        }

        Line(md, $"**{Escape(header.IssuingBody)}**  ");
        Line(md, Escape(header.NumberAndSymbol));
        Line(md);
        Line(md, $"**{Escape(header.NationalName)}**  ");
        Line(md, $"**{Escape(header.Motto)}**");
        Line(md);
        Line(md, $"*{Escape(header.PlaceAndDate)}*");
        Line(md);
        Line(md, $"# {Escape(header.Title)}");
        Line(md);
        Line(md, $"**{Escape(header.Subject)}**  ");
        Line(md, $"*{Escape(header.PeriodLine)}*");
        Line(md);
        foreach (var line in header.Addressees)
        {
            Line(md, Escape(line) + "  ");
        }

        if (header.Addressees.Count > 0)
        {
            Line(md);
        }

        Blocks(md, document.Body);
        var closing = document.Closing;
        if (closing.Sentence.Length > 0)
        {
            Line(md, Escape(closing.Sentence));
            Line(md);
        }

        Line(md, $"***{Escape(closing.RecipientsHeading)}***");
        Line(md);
        foreach (var line in closing.Recipients)
        {
            Line(md, $"- {Escape(line)}");
        }

        Line(md);

        // A hard line break ("  ") after every line of the block but its last.
        var signature = closing.SignatureLines;
        for (var i = 0; i < signature.Count; i++)
        {
            Line(md, $"**{Escape(signature[i])}**{(i < signature.Count - 1 ? "  " : string.Empty)}");
        }

        Line(md);
        foreach (var annex in document.Annexes)
        {
            Line(md, $"## {Escape(annex.Heading)}");
            Line(md);
            Line(md, $"*{Escape(annex.Reference)}*");
            Line(md);
            Blocks(md, annex.Blocks);
        }

        foreach (var footnote in document.Footnotes)
        {
            Line(md, $"[^{footnote.Number.ToString(CultureInfo.InvariantCulture)}]: {Inlines(footnote.Inlines)}");
            Line(md);
        }

        if (header.SyntheticBanner is { } end)
        {
            Line(md, $"> **{Escape(end)}**");
        }

        return md.ToString().TrimEnd('\n') + "\n";
    }

    private static void Blocks(StringBuilder md, IEnumerable<DocumentBlock> blocks)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case DocumentHeading heading:
                    // Level 1 is a part of the body ("## I. …"), as the annexes' headings are.
                    Line(md, $"{new string('#', heading.Level + 1)} {Escape(heading.Printed)}");
                    Line(md);
                    break;
                case DocumentParagraph paragraph:
                    Line(md, Inlines(paragraph.Inlines));
                    Line(md);
                    break;
                case DocumentList { Style: ListStyle.Dashed } list:
                    foreach (var item in list.Items)
                    {
                        Line(md, $"{Escape(item.Marker)} {Inlines(item.Inlines)}");
                    }

                    Line(md);
                    break;
                case DocumentList list:
                    // A lettered item is a paragraph of its own ("a) …"): CommonMark has no lettered lists.
                    foreach (var item in list.Items)
                    {
                        Line(md, $"{Escape(item.Marker)} {Inlines(item.Inlines)}");
                        Line(md);
                    }

                    break;
                case DocumentTable table:
                    Table(md, table);
                    break;
                default:
                    throw new InvalidOperationException($"unknown block {block.GetType().Name}");
            }
        }
    }

    private static string Inlines(IEnumerable<DocumentInline> inlines) => string.Concat(inlines.Select(static inline => inline switch
    {
        TextRun { Style: TextStyle.Bold } run => $"**{Escape(run.Text)}**",
        TextRun { Style: TextStyle.Italic } run => $"*{Escape(run.Text)}*",
        FootnoteReference reference => Footnote(reference),
        _ => Escape(inline.Text),
    }));

    private static string Footnote(FootnoteReference reference) => $"[^{reference.Text}]";

    // One header row: a header cell spanning several columns above the last row prefixes its first column's header.
    private static void Table(StringBuilder md, DocumentTable table)
    {
        var headers = table.Columns.Select(static column => column.Header).ToArray();
        foreach (var row in table.HeaderRows.Take(table.HeaderRows.Count - 1))
        {
            var column = 0;
            foreach (var cell in row)
            {
                headers[column] = $"{cell.Text}: {headers[column]}";
                column += Math.Max(1, cell.Span);
            }
        }

        var rows = table.Rows.Select(static row => row.Cells.Select(CellText).ToArray());
        if (table.Total is { } total)
        {
            rows = rows.Append([.. total.Cells.Select(static cell => cell.Text.Length == 0 ? string.Empty : $"**{CellText(cell)}**")]);
        }

        Line(md, "| " + string.Join(" | ", headers.Select(Cell)) + " |");
        Line(md, "|" + string.Concat(Enumerable.Repeat("---|", headers.Length)));
        foreach (var row in rows)
        {
            Line(md, "| " + string.Join(" | ", row) + " |");
        }

        Line(md);
    }

    // A cell's runs as one text (a table cell carries no emphasis), its footnote references after the text before them.
    private static string CellText(TableCell cell)
    {
        var text = new StringBuilder();
        var pending = new StringBuilder();
        foreach (var inline in cell.Inlines)
        {
            if (inline is FootnoteReference reference)
            {
                text.Append(Cell(pending.ToString())).Append(Footnote(reference));
                pending.Clear();
            }
            else
            {
                pending.Append(inline.Text);
            }
        }

        return text.Append(Cell(pending.ToString())).ToString();
    }

    /// <summary>
    /// A GitHub table of plain texts: a row is one line of cells, each cell's text written so that it neither ends the
    /// row, nor splits the cell, nor turns into markup.
    /// </summary>
    internal static void Table(StringBuilder md, IReadOnlyList<string> columns, IEnumerable<string[]> rows) =>
        Table(md, new DocumentTable([.. columns.Select(static header => new TableColumn(header, ColumnKind.Text))], [.. rows.Select(static row => new TableRow([.. row.Select(TableCell.Of)]))]));

    // A cell's text on the row's one line: each line break becomes <br> (GitHub's line break inside a cell), and the
    // white space at either end of the text or of one of its lines a character reference, which a reader keeps where it
    // would trim the cell.
    private static string Cell(string text) => string.Join("<br>", text.ReplaceLineEndings("\n").Split('\n').Select(static line =>
    {
        var start = line.Length - line.TrimStart().Length;
        var end = Math.Max(start, line.TrimEnd().Length);
        return Blanks(line[..start]) + Unlinked(Escape(line[start..end])) + Blanks(line[end..]);
    }));

    // GitHub links an address in a cell from its raw text, backslashes and all, so an address is written as text: the
    // colon after a scheme escaped, the dot after "www" a character reference.
    private static string Unlinked(string text) => Address().Replace(text, static match => match.Value[^1] == ':' ? match.Value[..^1] + "\\:" : match.Value[..^1] + "&#46;");

    [GeneratedRegex(@"(?:https?|ftp|mailto|tel):|www\.", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Address();

    private static string Blanks(string blanks) =>
        string.Concat(blanks.Select(static c => string.Create(CultureInfo.InvariantCulture, $"&#{(int)c};")));

    private static void Line(StringBuilder md, string text = "") => md.Append(text).Append('\n');

    // Characters that would start emphasis, strikethrough, links, tables, character references or HTML inside running text.
    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '|' or '*' or '_' or '~' or '`' or '[' or ']' or '<' or '>' or '#' or '&')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }
}
