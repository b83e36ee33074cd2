using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using KhanhHoa.Governance.Reporting.Documents;

namespace KhanhHoa.Governance.Reporting;

/// <summary>
/// Writes a <see cref="ReportDocument"/> as an Excel workbook for analysts: a first sheet "Báo cáo" with the report's
/// text in order (the header block, the headings, paragraphs and lists of the body, the closing, each annex's heading and
/// text, the footnotes), then one sheet for each of the document's tables, in order, named after the heading it stands
/// under ("I.4 Nhóm phục vụ phát triển…", "PL I.1 Kiểm tra…"). Every element of the document once.
/// </summary>
/// <remarks>
/// A table's sheet has its Vietnamese header (a header cell over several columns heads each of their headers), its body
/// under the filter and its total row in bold below a blank row, outside the filter; the columns the document gives as
/// figures hold numbers wherever the text is one number as the report prints it (counts whole, rates as Excel
/// percentages, with the decimals the core gave them), dates as dates, everything else the text as printed. The layout
/// (borders, the frozen header row, widths, landscape pages with the header row and the row's name repeated) is
/// <see cref="ReportSheetWriter"/>'s.
/// </remarks>
/// <threadsafety>Stateless; safe to use from any thread.</threadsafety>
internal static class XlsxDocumentWriter
{
    /// <summary>The first sheet's name: the report's text.</summary>
    public const string TextSheet = "Báo cáo";

    // Excel's longest sheet name, and the characters it refuses in one.
    private const int NameLength = 31;
    private static readonly char[] Refused = ['\\', '/', '?', '*', '[', ']', ':'];

    // Raised digits for a footnote's reference inside a cell's text.
    private const string Superscripts = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    /// <summary>Writes the document as a .xlsx package.</summary>
    /// <param name="document">The document.</param>
    /// <param name="output">Where to write it.</param>
    /// <param name="stamp">The instant every zip entry is dated with, so the bytes are reproducible.</param>
    /// <param name="properties">Writes the package's core properties.</param>
    public static void Write(ReportDocument document, Stream output, DateTimeOffset stamp, Action<OpenXmlPackage> properties)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(properties);
        OpenXmlPackaging.Write(output, stamp, static buffer => SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook), package =>
        {
            // Explicit relationship ids: the SDK would otherwise draw random ones and change the bytes on every run.
            var workbook = package.AddNewPart<WorkbookPart>("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "rId1");
            workbook.Workbook = new Workbook();
            workbook.AddNewPart<WorkbookStylesPart>("rIdStyles").Stylesheet = ReportSheetWriter.Stylesheet();
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            var printTitles = new DefinedNames();
            var all = Sheets(document);
            for (var i = 0; i < all.Count; i++)
            {
                var (name, sheet) = all[i];
                var part = workbook.AddNewPart<WorksheetPart>("rIdSheet" + (i + 1).ToString(CultureInfo.InvariantCulture));
                part.Worksheet = ReportSheetWriter.Write(sheet);
                sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = (uint)(i + 1), Name = name });
                printTitles.Append(ReportSheetWriter.PrintTitles(name, i, sheet));
            }

            workbook.Workbook.Append(printTitles);
            properties(package);
        });
    }

    /// <summary>The workbook's sheets in order: the text sheet, then a sheet per table.</summary>
    /// <param name="document">The document.</param>
    /// <returns>Each sheet's name and content.</returns>
    internal static IReadOnlyList<(string Name, ReportSheet Sheet)> Sheets(ReportDocument document)
    {
        var text = new List<string>();
        var tables = new List<(string Name, ReportSheet Sheet)>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { TextSheet };
        var header = document.Header;
        text.AddRange(new[] { header.SyntheticBanner, header.DraftMark, header.ParentBody, header.IssuingBody, header.NumberAndSymbol, header.NationalName, header.Motto, header.PlaceAndDate, header.Title, header.Subject, header.PeriodLine }
            .OfType<string>()
            .Where(static line => line.Length > 0));
        text.AddRange(header.Addressees);
        Blocks(document.Body, string.Empty, string.Empty, text, tables, names);
        var closing = document.Closing;
        text.AddRange([.. new[] { closing.Sentence }.Where(static line => line.Length > 0), closing.RecipientsHeading, .. closing.Recipients.Select(static line => "- " + line), .. closing.SignatureLines]);
        if (header.SyntheticBanner is { } banner)
        {
            text.Add(banner);
        }

        foreach (var annex in document.Annexes)
        {
            text.Add(annex.Heading);
            text.Add(annex.Reference);
            Blocks(annex.Blocks, $"PL {annex.Number.Replace("Phụ lục", string.Empty, StringComparison.Ordinal).Trim()}", annex.Title, text, tables, names);
        }

        text.AddRange(document.Footnotes.Select(static footnote => $"{Raised(footnote.Number)} {Text(footnote.Inlines)}"));
        return [(TextSheet, new ReportSheet([new SheetColumn("Nội dung", 120)], [.. text.Select(static line => new object?[] { line })])), .. tables];
    }

    // The blocks of the body or of an annex: the text on the text sheet, each table on a sheet of its own named after the
    // part ("PL II"), the numbers of the headings above it and the last one's words (the annex's title before any).
    private static void Blocks(IEnumerable<DocumentBlock> blocks, string part, string title, List<string> text, List<(string Name, ReportSheet Sheet)> tables, HashSet<string> names)
    {
        var numbers = new string[3];
        foreach (var block in blocks)
        {
            switch (block)
            {
                case DocumentHeading heading:
                    text.Add(heading.Printed);
                    var level = Math.Clamp(heading.Level, 1, 3) - 1;
                    numbers[level] = heading.Number.TrimEnd('.', ')');
                    Array.Clear(numbers, level + 1, numbers.Length - level - 1);
                    title = heading.Text;
                    break;
                case DocumentParagraph paragraph:
                    text.Add(Text(paragraph.Inlines));
                    break;
                case DocumentList list:
                    text.AddRange(list.Items.Select(static item => $"{item.Marker} {Text(item.Inlines)}"));
                    break;
                case DocumentTable table:
                    var number = string.Join('.', new[] { part }.Concat(numbers).Where(static n => !string.IsNullOrEmpty(n)));
                    tables.Add((Name(string.Join(' ', new[] { number, title }.Where(static n => n.Length > 0)), names), Sheet(table)));
                    break;
                default:
                    throw new InvalidOperationException($"unknown block {block.GetType().Name}");
            }
        }
    }

    // A sheet name Excel takes: without the characters it refuses, at most 31 characters, unique in the workbook.
    private static string Name(string wanted, HashSet<string> names)
    {
        var clean = new string([.. wanted.Select(c => Refused.Contains(c) ? '-' : c)]).Trim().Trim('\'');
        clean = clean.Length == 0 ? "Bảng" : clean;
        for (var n = 1; ; n++)
        {
            var suffix = n == 1 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $" ({n})");
            var name = (clean.Length + suffix.Length > NameLength ? clean[..(NameLength - suffix.Length - 1)].TrimEnd() + "…" : clean) + suffix;
            if (names.Add(name))
            {
                return name;
            }
        }
    }

    private static ReportSheet Sheet(DocumentTable table)
    {
        var headers = table.Columns.Select(static column => column.Header).ToArray();
        if (table.HeaderRows.Count > 0 && table.HeaderRows[^1].Count == headers.Length)
        {
            headers = [.. table.HeaderRows[^1].Select(static cell => cell.Text)];
        }

        // One header row, as a filter wants: a group header over several columns heads the first of them.
        foreach (var row in table.HeaderRows.Take(table.HeaderRows.Count - 1))
        {
            var column = 0;
            foreach (var cell in row.TakeWhile(_ => column < headers.Length))
            {
                headers[column] = $"{cell.Text}: {headers[column]}";
                column += Math.Max(1, cell.Span);
            }
        }

        var rows = table.Rows.Concat(table.Total is { } total ? [total] : []).ToList();
        SheetColumn[] columns = [.. table.Columns.Select((column, i) => new SheetColumn(headers[i], Width(column.Kind, headers[i], rows.Select(row => i < row.Cells.Count ? row.Cells[i].Text : string.Empty)), column.Kind == ColumnKind.Code))];
        return new ReportSheet(columns, [.. table.Rows.Select(row => Values(table, row))])
        {
            Footer = table.Total is { } footer ? [Values(table, footer)] : [],
            // The columns that name a row, printed again at the left of each page across: up to the one the document
            // repeats, else up to its first column of words (a code and its name).
            TitleColumns = (table.RepeatedColumn ?? Math.Max(0, table.Columns.ToList().FindIndex(static column => column.Kind == ColumnKind.Text))) + 1,
        };
    }

    // A column's width in digits: a text column as wide as its longest text up to 30 (it wraps beyond), the others as
    // their longest text or header word; a code column widens to its longest code in the writer.
    private static double Width(ColumnKind kind, string header, IEnumerable<string> texts)
    {
        var longest = texts.Select(static text => text.Length).DefaultIfEmpty(0).Max();
        var word = header.Split(' ').Max(static w => w.Length);
        return kind switch
        {
            ColumnKind.Text => Math.Clamp(longest + 2, 16, 30),
            ColumnKind.Code => 8,
            _ => Math.Clamp(Math.Max(longest, word) + 2, 8, 20),
        };
    }

    private static object?[] Values(DocumentTable table, Documents.TableRow row) =>
        [.. table.Columns.Select((column, i) => i < row.Cells.Count ? Value(column.Kind, row.Cells[i]) : null)];

    // What a cell holds: a figure as the number it prints, a date as a date, otherwise its text; nothing for no text.
    private static object? Value(ColumnKind kind, Documents.TableCell cell)
    {
        var text = Text(cell.Inlines);
        if (text.Length == 0)
        {
            return null;
        }

        if (kind == ColumnKind.Figure && VietnameseFormat.ParseNumber(text) is { } number)
        {
            return number.Percent ? new Percentage(number.Value) : number.Value;
        }

        return kind == ColumnKind.Date && VietnameseFormat.ParseShortDate(text) is { } date ? date : text;
    }

    // Inlines as one text, a footnote's reference as its raised number.
    private static string Text(IEnumerable<DocumentInline> inlines) =>
        string.Concat(inlines.Select(static inline => inline is FootnoteReference reference ? Raised(reference.Number) : inline.Text));

    private static string Raised(int number) =>
        string.Concat(number.ToString(CultureInfo.InvariantCulture).Select(static digit => Superscripts[digit - '0']));
}
