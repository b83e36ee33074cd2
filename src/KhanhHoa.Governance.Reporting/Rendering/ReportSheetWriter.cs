using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using KhanhHoa.Governance.Reporting.Import;

namespace KhanhHoa.Governance.Reporting;

// Writes a ReportSheet as a worksheet an analyst filters and prints: the header rows frozen and repeated on every
// printed page, a filter over the header and the body only (the footer below a blank row, so that filtering neither
// hides a total nor lets a sum of the column count it twice), one number format per kind of figure, landscape A4 one
// page wide and as many pages tall as it takes.
internal static class ReportSheetWriter
{
    private const uint HeaderStyle = 1;
    private const uint ContractStyle = 2;
    private const double LineHeight = 16;
    private static readonly LocalDate ExcelEpoch = new(1899, 12, 30);

    // The kinds of cell, in the order of their styles (each regular, then bold for the footer).
    private enum Kind
    {
        Text,
        Date,
        Integer,
        Decimal,
        Percent,
    }

    public static Worksheet Write(ReportSheet sheet)
    {
        var columns = new Columns(sheet.Columns.Select((column, index) => new Column
        {
            Min = (uint)(index + 1),
            Max = (uint)(index + 1),
            Width = column.Width,
            CustomWidth = true,
        }));
        var data = new SheetData();
        var headerRow = Row(1, [.. sheet.Columns.Select(column => (object?)column.Header)], HeaderStyle);

        // A wrapped header gets the height of its longest label's lines: a reader opening the file sees it whole.
        headerRow.Height = (LineHeight * sheet.Columns.Max(column => Lines(column.Header, column.Width))) + 4;
        headerRow.CustomHeight = true;
        data.Append(headerRow);
        if (sheet.HasContractRow)
        {
            data.Append(Row(2, [.. sheet.Columns.Select(column => (object?)column.ContractName)], ContractStyle));
        }

        var number = (uint)sheet.HeaderRows;
        foreach (var values in sheet.Body)
        {
            data.Append(Row(++number, values, bold: false));
        }

        var lastBodyRow = number;
        number++;
        foreach (var values in sheet.Footer)
        {
            data.Append(Row(++number, values, bold: true));
        }

        var lastColumn = XlsxSheetCsv.ColumnName(sheet.Columns.Count);
        var headerRows = sheet.HeaderRows.ToString(CultureInfo.InvariantCulture);
        var firstBodyCell = "A" + (sheet.HeaderRows + 1).ToString(CultureInfo.InvariantCulture);
        return new Worksheet(
            new SheetProperties(new PageSetupProperties { FitToPage = true }),
            new SheetViews(new SheetView(
                new Pane { VerticalSplit = sheet.HeaderRows, TopLeftCell = firstBodyCell, ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomLeft, ActiveCell = firstBodyCell, SequenceOfReferences = new ListValue<StringValue> { InnerText = firstBodyCell } })
            { WorkbookViewId = 0 }),
            columns,
            data,
            new AutoFilter { Reference = $"A{headerRows}:{lastColumn}{lastBodyRow.ToString(CultureInfo.InvariantCulture)}" },
            new PageMargins { Left = 0.4, Right = 0.4, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 },
            new PageSetup { PaperSize = 9, Orientation = OrientationValues.Landscape, FitToWidth = 1, FitToHeight = 0 },
            new HeaderFooter(new OddFooter("&L&A&RTrang &P/&N")));
    }

    // The header rows printed at the top of every page of the sheet (Excel's Print_Titles name, scoped to the sheet).
    public static DefinedName PrintTitles(string sheetName, int sheetIndex, ReportSheet sheet)
    {
        var last = sheet.HeaderRows.ToString(CultureInfo.InvariantCulture);
        return new DefinedName($"'{sheetName.Replace("'", "''", StringComparison.Ordinal)}'!$1:${last}")
        {
            Name = "_xlnm.Print_Titles",
            LocalSheetId = (uint)sheetIndex,
        };
    }

    public static Stylesheet Stylesheet()
    {
        var wrapTop = new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top };
        CellFormat Format(uint numberFormat, uint font, uint fill, Alignment? alignment)
        {
            var format = new CellFormat
            {
                NumberFormatId = numberFormat,
                FontId = font,
                FillId = fill,
                BorderId = 0,
                ApplyNumberFormat = numberFormat != 0,
                ApplyFont = font != 0,
                ApplyFill = fill != 0,
            };
            if (alignment is not null)
            {
                format.ApplyAlignment = true;
                format.Append(alignment.CloneNode(true));
            }

            return format;
        }

        var formats = new CellFormats(
            Format(0, 0, 0, null),
            Format(0, 1, 2, new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Center }),
            Format(0, 0, 2, null));

        // Built-in 10 is 0.00%; 164–166 are the date, the whole-number and the decimal formats below.
        foreach (var numberFormat in new uint[] { 0, 164, 165, 166, 10 })
        {
            var alignment = numberFormat == 0 ? wrapTop : null;
            formats.Append(Format(numberFormat, 0, 0, alignment), Format(numberFormat, 1, 0, alignment));
        }

        formats.Count = (uint)formats.ChildElements.Count;
        return new Stylesheet(
            new NumberingFormats(
                new NumberingFormat { NumberFormatId = 164, FormatCode = "dd/mm/yyyy" },
                new NumberingFormat { NumberFormatId = 165, FormatCode = "#,##0" },
                new NumberingFormat { NumberFormatId = 166, FormatCode = "#,##0.00" })
            { Count = 3 },
            SpreadsheetStyles.Fonts(),
            SpreadsheetStyles.Fills("FFD9D9D9"),
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
            new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
            formats);
    }

    private static uint Style(Kind kind, bool bold) => 3 + (2 * (uint)kind) + (bold ? 1u : 0u);

    private static Row Row(uint number, object?[] values, bool bold) => Row(number, values, kind => Style(kind, bold));

    private static Row Row(uint number, object?[] values, uint style) => Row(number, values, _ => style);

    private static Row Row(uint number, object?[] values, Func<Kind, uint> style)
    {
        var row = new Row { RowIndex = number };
        for (var i = 0; i < values.Length; i++)
        {
            var (cell, kind) = values[i] switch
            {
                null => (null, Kind.Text),
                string text => (new Cell(new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve })) { DataType = CellValues.InlineString }, Kind.Text),
                int value => (NumberCell(value.ToString(CultureInfo.InvariantCulture)), Kind.Integer),
                long value => (NumberCell(value.ToString(CultureInfo.InvariantCulture)), Kind.Integer),
                decimal value => (NumberCell(value.ToString(CultureInfo.InvariantCulture)), Kind.Decimal),
                Percentage rate => (NumberCell((rate.Points / 100m).ToString(CultureInfo.InvariantCulture)), Kind.Percent),
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

    private static Cell NumberCell(string value) => new(new CellValue(value)) { DataType = CellValues.Number };

    // The lines a label wraps to in a column of the given width (in widths of a digit, about one letter of the bold
    // header font each, less the cell's padding), breaking between words.
    private static int Lines(string text, double width)
    {
        var capacity = Math.Max(1, (int)width - 1);
        var lines = 1;
        var used = 0;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var needed = used == 0 ? word.Length : used + 1 + word.Length;
            if (needed <= capacity || used == 0)
            {
                used = needed;
                continue;
            }

            lines++;
            used = word.Length;
        }

        return lines;
    }
}
