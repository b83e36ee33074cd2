using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using KhanhHoa.Governance.Reporting.Import;

namespace KhanhHoa.Governance.Reporting;

// Writes a ReportSheet as a worksheet a clerk filters and prints: the header row frozen, a filter over the header and
// the body only (the footer below a blank row, so that filtering neither hides a total nor lets a sum of the column
// count it twice), one number format per kind of figure with the decimals the core gave it, every cell bordered, and
// landscape A4 at its own type size: a table wider than a page runs on across as many pages as its columns take, the
// header row repeated at the top of each page and the row's name column at its left.
internal static class ReportSheetWriter
{
    private const uint HeaderStyle = 1;

    // A line of Times New Roman 12 pt: 1.107 em, 13.3 pt, as LibreOffice sets it, 18 pixels (13.5 pt) in Excel; and the
    // cell's padding above and below (Excel's row of one such line is 15.75 pt). A row of n lines is given n of them and
    // the padding, no more: 16 pt a line once left a third of a tall row blank.
    private const double LineHeight = 14;
    private const double Padding = 2;

    // The ems of 12 pt text a width unit (a digit, 8 pixels of 16 to the em) holds.
    private const double EmsPerUnit = 0.5;

    // TimesNewRoman measures a little over, so that Word's columns hold their words; running Vietnamese text prints at
    // 0,87 to 0,93 of it (the default run, as LibreOffice prints it). Lines are counted at the top of that range, so that
    // a row gets no blank line and still never less than its text.
    private const double PrintedShare = 0.93;

    // A4 landscape less the side margins (0.4 in each), in pixels at 96 dpi; a column of width w takes 8w + 5 pixels,
    // 8 being the width of a digit of Times New Roman 12 pt, the workbook's font, and 5 the cell's padding.
    private const double PageWidth = (11.69 - 0.8) * 96;
    private const double MinimumScale = 0.75;
    private static readonly LocalDate ExcelEpoch = new(1899, 12, 30);

    // The kinds of cell, in the order of their styles (each regular, then bold for the footer): a number shows the
    // decimals the core gave it (at most two, as every format of the report prints them), a count none.
    private enum Kind
    {
        Text,
        Code,
        Date,
        Integer,
        Decimal1,
        Decimal2,
        Percent0,
        Percent1,
        Percent2,
    }

    public static Worksheet Write(ReportSheet sheet)
    {
        var layout = sheet.Columns.Select((column, index) => new Layout(column.Codes ? Math.Max(column.Width, LongestCode(sheet, index)) : column.Width, column.Codes)).ToArray();
        var columns = new Columns(layout.Select((column, index) => new Column
        {
            Min = (uint)(index + 1),
            Max = (uint)(index + 1),
            Width = column.Width,
            CustomWidth = true,
        }));
        var headerLayout = layout.Select(column => column with { Codes = false }).ToArray();
        var data = new SheetData();

        // The header row has the height of its longest label's lines: a reader opening the file sees it whole.
        data.Append(Row(1, [.. sheet.Columns.Select(column => (object?)column.Header)], headerLayout, bold: true, _ => HeaderStyle));

        var number = 1u;
        foreach (var values in sheet.Body)
        {
            data.Append(Row(++number, values, layout, bold: false, kind => Style(kind, bold: false)));
        }

        // A blank row sets the footer apart from the filtered body; a footer line of one text (a summary, or what an
        // empty body means) spans the table's width.
        var lastBodyRow = number++;
        var lastColumn = XlsxSheetCsv.ColumnName(sheet.Columns.Count);
        var merges = new MergeCells();
        foreach (var values in sheet.Footer)
        {
            var line = values.Length == 1 && sheet.Columns.Count > 1;
            data.Append(Row(++number, values, line ? [new Layout(layout.Sum(column => column.Width), false)] : layout, bold: true, kind => Style(kind, bold: true)));
            if (line)
            {
                var row = number.ToString(CultureInfo.InvariantCulture);
                merges.Append(new MergeCell { Reference = $"A{row}:{lastColumn}{row}" });
            }
        }

        const string FirstBodyCell = "A2";
        var worksheet = new Worksheet(
            new SheetProperties(new PageSetupProperties { FitToPage = true }),
            new SheetViews(new SheetView(
                new Pane { VerticalSplit = 1, TopLeftCell = FirstBodyCell, ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomLeft, ActiveCell = FirstBodyCell, SequenceOfReferences = new ListValue<StringValue> { InnerText = FirstBodyCell } })
            { WorkbookViewId = 0 }),
            columns,
            data,
            new AutoFilter { Reference = $"A1:{lastColumn}{lastBodyRow.ToString(CultureInfo.InvariantCulture)}" });
        if (merges.HasChildren)
        {
            merges.Count = (uint)merges.ChildElements.Count;
            worksheet.Append(merges);
        }

        worksheet.Append(
            new PageMargins { Left = 0.4, Right = 0.4, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 },
            new PageSetup { PaperSize = 9, Orientation = OrientationValues.Landscape, FitToWidth = PagesWide(layout, sheet.TitleColumns), FitToHeight = 0 },
            new HeaderFooter(new OddFooter("&L&A&RTrang &P/&N")));
        return worksheet;
    }

    // The header row printed at the top of every page of the sheet and its name columns at the left (Excel's
    // Print_Titles name, scoped to the sheet).
    public static DefinedName PrintTitles(string sheetName, int sheetIndex, ReportSheet sheet)
    {
        var name = $"'{sheetName.Replace("'", "''", StringComparison.Ordinal)}'!";
        var last = XlsxSheetCsv.ColumnName(sheet.TitleColumns);
        return new DefinedName($"{name}$A:${last},{name}$1:$1")
        {
            Name = "_xlnm.Print_Titles",
            LocalSheetId = (uint)sheetIndex,
        };
    }

    // One page across when the sheet fits at three quarters of its size (9 pt) or more; otherwise the pages across that
    // the columns take at full size, as a printer lays them out: whole columns to a page, the name columns again at the
    // left of every page after the first. The sheet is fitted to that many pages across, so it prints at its own size
    // or a little under, never shrunk to a type no one reads.
    private static uint PagesWide(IReadOnlyList<Layout> layout, int titleColumns)
    {
        static double Pixels(Layout column) => (8 * column.Width) + 5;
        if (layout.Sum(Pixels) * MinimumScale <= PageWidth)
        {
            return 1;
        }

        var titles = layout.Take(titleColumns).Sum(Pixels);
        uint pages = 1;
        var used = 0.0;
        foreach (var column in layout)
        {
            if (used > titles && used + Pixels(column) > PageWidth)
            {
                pages++;
                used = titles;
            }

            used += Pixels(column);
        }

        return pages;
    }

    public static Stylesheet Stylesheet()
    {
        CellFormat Format(uint numberFormat, uint font, uint fill, bool wrap, VerticalAlignmentValues vertical)
        {
            // Only what a format sets is flagged applied: an explicit "not applied" sends LibreOffice to its own default font.
            var format = new CellFormat(new Alignment { WrapText = wrap ? true : null, Vertical = vertical })
            {
                NumberFormatId = numberFormat,
                FontId = font,
                FillId = fill,
                BorderId = 1,
                ApplyAlignment = true,
                ApplyBorder = true,
            };
            format.ApplyNumberFormat = numberFormat != 0 ? true : null;
            format.ApplyFont = font != 0 ? true : null;
            format.ApplyFill = fill != 0 ? true : null;
            return format;
        }

        var formats = new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 },
            Format(0, 1, 2, wrap: true, VerticalAlignmentValues.Center));

        // In the order of Kind: wrapped text, codes, then numbers (built-in 9 and 10 are 0% and 0.00%; 164–168 are the
        // formats below); every cell of a row of several lines starts at its top.
        foreach (var (numberFormat, wrap) in new (uint, bool)[] { (0, true), (0, false), (164, false), (165, false), (166, false), (167, false), (9, false), (168, false), (10, false) })
        {
            formats.Append(
                Format(numberFormat, 0, 0, wrap, VerticalAlignmentValues.Top),
                Format(numberFormat, 1, 0, wrap, VerticalAlignmentValues.Top));
        }

        formats.Count = (uint)formats.ChildElements.Count;
        return new Stylesheet(
            new NumberingFormats(
                new NumberingFormat { NumberFormatId = 164, FormatCode = "dd/mm/yyyy" },
                new NumberingFormat { NumberFormatId = 165, FormatCode = "#,##0" },
                new NumberingFormat { NumberFormatId = 166, FormatCode = "#,##0.0" },
                new NumberingFormat { NumberFormatId = 167, FormatCode = "#,##0.00" },
                new NumberingFormat { NumberFormatId = 168, FormatCode = "0.0%" })
            { Count = 5 },
            SpreadsheetStyles.Fonts(),
            SpreadsheetStyles.Fills("FFD9D9D9"),
            new Borders(
                new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
                new Border(Thin(new LeftBorder()), Thin(new RightBorder()), Thin(new TopBorder()), Thin(new BottomBorder()), new DiagonalBorder()))
            { Count = 2 },
            new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
            formats);
    }

    private static T Thin<T>(T side)
        where T : BorderPropertiesType
    {
        side.Style = BorderStyleValues.Thin;
        side.Append(new Color { Auto = true });
        return side;
    }

    private static uint Style(Kind kind, bool bold) => 2 + (2 * (uint)kind) + (bold ? 1u : 0u);

    // The decimals a figure is printed with: those the core gave it, at most two (VietnameseFormat.Number's rule).
    private static int Decimals(decimal value) => value == decimal.Round(value) ? 0 : value == decimal.Round(value, 1) ? 1 : 2;

    // A row of typed cells. Text wraps in its column, and every row is given the height of its lines (an application
    // opening the file keeps the height it is given, so none is left to guess: LibreOffice once gave a row of one line
    // two).
    private static Row Row(uint number, object?[] values, IReadOnlyList<Layout> layout, bool bold, Func<Kind, uint> style)
    {
        var row = new Row { RowIndex = number };
        var lines = values.Select((value, i) => value is string text && !layout[i].Codes ? Lines(text, layout[i].Width, bold) : 1).DefaultIfEmpty(1).Max();
        row.Height = (LineHeight * lines) + Padding;
        row.CustomHeight = true;

        for (var i = 0; i < values.Length; i++)
        {
            var (cell, kind) = values[i] switch
            {
                null => (null, Kind.Text),
                string text => (new Cell(new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve })) { DataType = CellValues.InlineString }, layout[i].Codes ? Kind.Code : Kind.Text),
                int value => (NumberCell(value.ToString(CultureInfo.InvariantCulture)), Kind.Integer),
                long value => (NumberCell(value.ToString(CultureInfo.InvariantCulture)), Kind.Integer),
                decimal value => (NumberCell(value.ToString(CultureInfo.InvariantCulture)), Kind.Integer + Decimals(value)),
                Percentage rate => (NumberCell((rate.Points / 100m).ToString(CultureInfo.InvariantCulture)), Kind.Percent0 + Decimals(rate.Points)),
                LocalDate date => (NumberCell(Period.DaysBetween(ExcelEpoch, date).ToString(CultureInfo.InvariantCulture)), Kind.Date),
                var other => throw new InvalidOperationException($"no cell type for {other.GetType().Name}"),
            };
            if (cell is null)
            {
                continue;
            }

            cell.CellReference = XlsxSheetCsv.ColumnName(i + 1) + number.ToString(CultureInfo.InvariantCulture);
            cell.StyleIndex = style(kind);
            row.Append(cell);
        }

        return row;
    }

    // The width that holds a column's longest code on one line, capital letters being wider than a digit (a footer
    // line of one text spans the table and is no code).
    private static double LongestCode(ReportSheet sheet, int column) =>
        sheet.Body.Concat(sheet.Footer.Where(values => values.Length > 1))
            .Select(values => column < values.Length && values[column] is string code ? (code.Length * 1.2) + 2 : 0)
            .DefaultIfEmpty(0)
            .Max();

    private static Cell NumberCell(string value) => new(new CellValue(value)) { DataType = CellValues.Number };

    // The lines a text wraps to in a column of the given width, breaking between words as printed in Times New Roman
    // (TimesNewRoman's widths: a wide capital, a narrow space or comma) and inside a word longer than a line.
    private static int Lines(string text, double width, bool bold)
    {
        var capacity = width * EmsPerUnit / PrintedShare;
        var space = TimesNewRoman.Ems(" ", bold);
        var lines = 0;
        foreach (var paragraph in text.Split('\n'))
        {
            var used = 0.0;
            lines++;
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var ems = TimesNewRoman.Ems(word, bold);
                if ((used == 0 ? ems : used + space + ems) <= capacity)
                {
                    used = used == 0 ? ems : used + space + ems;
                    continue;
                }

                if (used > 0)
                {
                    lines++;
                }

                // A word wider than the line runs on over as many lines as it fills.
                var whole = Math.Ceiling(ems / capacity);
                lines += (int)whole - 1;
                used = ems - ((whole - 1) * capacity);
            }
        }

        return lines;
    }

    private readonly record struct Layout(double Width, bool Codes);
}
