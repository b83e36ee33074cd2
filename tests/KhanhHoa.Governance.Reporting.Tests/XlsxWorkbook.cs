using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace KhanhHoa.Governance.Reporting.Tests;

/// <summary>A rendered report workbook read back through the OpenXML SDK: its sheets, cells, number formats and names.</summary>
internal sealed class XlsxWorkbook : IDisposable
{
    private readonly SpreadsheetDocument document;

    public XlsxWorkbook(MonthlyReport report)
    {
        document = SpreadsheetDocument.Open(new MemoryStream(XlsxReportRenderer.Instance.RenderToBytes(report)), false);
        Part = document.WorkbookPart!;
        Sheets = [.. Part.Workbook!.Sheets!.Elements<Sheet>()];
    }

    public SpreadsheetDocument Document => document;

    public WorkbookPart Part { get; }

    public IReadOnlyList<Sheet> Sheets { get; }

    public Worksheet Worksheet(string name) => ((WorksheetPart)Part.GetPartById(Sheets.Single(s => s.Name == name).Id!)).Worksheet!;

    public Row[] Rows(string name) => Worksheet(name).Descendants<Row>().ToArray();

    public Row Row(string name, uint number) => Rows(name).Single(row => row.RowIndex!.Value == number);

    /// <summary>The row numbers the sheet's filter covers, first (the last header row) to last.</summary>
    public (uint First, uint Last) FilterRows(string name)
    {
        var reference = Worksheet(name).GetFirstChild<AutoFilter>()!.Reference!.Value!.Split(':');
        return (RowNumber(reference[0]), RowNumber(reference[1]));
    }

    public static Cell? CellAt(Row row, string column) =>
        row.Elements<Cell>().SingleOrDefault(c => c.CellReference!.Value == column + row.RowIndex!.Value.ToString(CultureInfo.InvariantCulture));

    /// <summary>The cell's text: an inline string's text or a number as stored; empty for a missing cell.</summary>
    public static string Text(Row row, string column) => CellAt(row, column)?.InnerText ?? string.Empty;

    public static decimal Number(Row row, string column)
    {
        var cell = CellAt(row, column)!;
        Assert.Equal(CellValues.Number, cell.DataType!.Value);
        return decimal.Parse(cell.CellValue!.Text, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    /// <summary>The texts of a row's cells from column A, an empty string for each missing one.</summary>
    public static string[] Texts(Row row, int columns) => [.. Enumerable.Range(1, columns).Select(i => Text(row, Column(i)))];

    public static string Column(int number) => number <= 26 ? ((char)('A' + number - 1)).ToString() : Column((number - 1) / 26) + (char)('A' + ((number - 1) % 26));

    /// <summary>The cell's number format code (<c>General</c> for none).</summary>
    public string Format(Row row, string column)
    {
        var id = CellFormat(CellAt(row, column)!).NumberFormatId!.Value;
        return id switch
        {
            0 => "General",
            9 => "0%",
            10 => "0.00%",
            _ => Part.WorkbookStylesPart!.Stylesheet!.NumberingFormats!.Elements<NumberingFormat>().Single(f => f.NumberFormatId!.Value == id).FormatCode!.Value!,
        };
    }

    public bool Bold(Row row, string column)
    {
        var font = Part.WorkbookStylesPart!.Stylesheet!.Fonts!.Elements<Font>().ElementAt((int)CellFormat(CellAt(row, column)!).FontId!.Value);
        return font.Bold is not null;
    }

    /// <summary>Whether the cell has a thin border on each of its four sides.</summary>
    public bool Bordered(Cell cell)
    {
        var border = Part.WorkbookStylesPart!.Stylesheet!.Borders!.Elements<Border>().ElementAt((int)CellFormat(cell).BorderId!.Value);
        return new BorderPropertiesType?[] { border.LeftBorder, border.RightBorder, border.TopBorder, border.BottomBorder }
            .All(side => side?.Style?.Value == BorderStyleValues.Thin);
    }

    public bool Wraps(Row row, string column) => CellFormat(CellAt(row, column)!).Alignment?.WrapText?.Value == true;

    public void Dispose() => document.Dispose();

    private static uint RowNumber(string reference) => uint.Parse(reference.AsSpan(reference.IndexOfAny("0123456789".ToCharArray())), CultureInfo.InvariantCulture);

    private CellFormat CellFormat(Cell cell) =>
        Part.WorkbookStylesPart!.Stylesheet!.CellFormats!.Elements<CellFormat>().ElementAt((int)(cell.StyleIndex?.Value ?? 0));
}
