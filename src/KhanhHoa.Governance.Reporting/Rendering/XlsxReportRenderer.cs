using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using KhanhHoa.Governance.Indicators;
using KhanhHoa.Governance.Reporting.Import;
using KhanhHoa.Governance.Rollup;

namespace KhanhHoa.Governance.Reporting;

/// <summary>
/// Writes the report's appendix tables as an Excel workbook whose figures are typed cells (numbers as numbers, dates as
/// date serials with a <c>dd/mm/yyyy</c> format), not text: report information, indicators, tasks by lead agency,
/// overdue tasks and the per-unit measures. Synthetic figures are labelled in a source column and on the first sheet.
/// Each sheet keeps its header row in view with a filter on it and prints landscape on A4, one page wide.
/// </summary>
/// <remarks>Package dates and zip entry dates are fixed to the report's issue date, so output bytes are reproducible.</remarks>
/// <threadsafety>Stateless; safe to use from any thread.</threadsafety>
public sealed class XlsxReportRenderer : IMonthlyReportRenderer
{
    /// <summary>The sheet names, in order.</summary>
    public static IReadOnlyList<string> SheetNames { get; } = ["Thông tin", "Chỉ tiêu", "Nhiệm vụ theo đơn vị", "Nhiệm vụ quá hạn", "Số liệu đơn vị"];

    private const uint HeaderStyle = 1;
    private const uint DateStyle = 2;
    private const uint IntegerStyle = 3;
    private const uint DecimalStyle = 4;
    private const uint PercentStyle = 5;
    private static readonly LocalDate ExcelEpoch = new(1899, 12, 30);

    private XlsxReportRenderer()
    {
    }

    /// <summary>The renderer.</summary>
    public static XlsxReportRenderer Instance { get; } = new();

    /// <inheritdoc />
    public string Format => "xlsx";

    /// <inheritdoc />
    public string FileExtension => ".xlsx";

    /// <inheritdoc />
    public string MediaType => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <inheritdoc />
    public void Render(MonthlyReport report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            // Explicit relationship ids: the SDK would otherwise draw random ones and change the bytes on every run.
            var workbook = document.AddNewPart<WorkbookPart>("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "rId1");
            workbook.Workbook = new Workbook();
            var styles = workbook.AddNewPart<WorkbookStylesPart>("rIdStyles");
            styles.Stylesheet = Stylesheet();
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            var tables = new[] { InfoSheet(report), IndicatorSheet(report), AgencySheet(report), OverdueSheet(report), UnitSheet(report) };
            for (var i = 0; i < tables.Length; i++)
            {
                var part = workbook.AddNewPart<WorksheetPart>("rIdSheet" + (i + 1).ToString(CultureInfo.InvariantCulture));
                part.Worksheet = tables[i];
                sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = (uint)(i + 1), Name = SheetNames[i] });
            }

            OpenXmlPackaging.WriteCoreProperties(document, report);
        }

        OpenXmlPackaging.CopyNormalized(buffer.ToArray(), output, OpenXmlPackaging.FixedInstant(report));
    }

    private static Worksheet InfoSheet(MonthlyReport report)
    {
        var header = report.Header;
        var rows = new List<object?[]>
        {
            new object?[] { "Cơ quan ban hành", header.IssuingBody },
            new object?[] { "Số, ký hiệu", header.NumberAndSymbol },
            new object?[] { "Địa danh, ngày tháng", header.PlaceAndDate },
            new object?[] { "Trích yếu", header.Subject },
            new object?[] { "Kỳ báo cáo", report.Period.Id },
            new object?[] { "Từ ngày", report.Period.Start },
            new object?[] { "Đến ngày", report.Period.End },
            new object?[] { "Số liệu tính đến ngày", report.AsOf },
        };
        if (report.ContainsSyntheticData)
        {
            rows.Add(["Cảnh báo", ReportText.SyntheticBanner]);
        }

        return Sheet(["Mục", "Nội dung"], rows, [28, 100]);
    }

    // A rate's figures (value, target, gap, last month, change) are stored as Excel percentages (0.9031 shown 90.31%),
    // so that sums and comparisons in the sheet work; counts stay counts.
    private static Worksheet IndicatorSheet(MonthlyReport report) => Sheet(
        ["Nhóm", "Mã", "Chỉ tiêu", "Đơn vị tính", "Kết quả", "Tử số", "Mẫu số", "Mục tiêu", "Nội dung mục tiêu", "Chênh lệch", "Đánh giá", "Tháng trước", "Thay đổi so với tháng trước", "Nguồn"],
        report.Indicators.Select(row => new object?[]
        {
            row.Group, row.Code, row.Name, row.Unit, Figure(row, row.Value), row.Numerator, row.Denominator, Figure(row, row.Target?.Value), row.Target?.Text,
            Figure(row, row.Gap), ReportText.Status(row), Figure(row, row.PreviousValue), Figure(row, row.MonthOnMonthChange), ReportText.Source(row.Provenance),
        }),
        [8, 12, 48, 10, 12, 14, 14, 10, 40, 12, 20, 12, 14, 16]);

    private static object? Figure(IndicatorRow row, decimal? value) => row.IsRate && value is { } points ? new Percentage(points) : value;

    private static Worksheet AgencySheet(MonthlyReport report) => Sheet(
        ["Đơn vị chủ trì", .. ReportText.CountColumns, "Tổng số", "Đã đến hạn", "Nguồn"],
        report.Tasks.ByAgency.Select(summary => new object?[]
        {
            summary.Name, summary.Counts.CompletedOnTime, summary.Counts.CompletedLate, summary.Counts.OpenWithinDeadline,
            summary.Counts.OpenOverdue, summary.Counts.Continuous, summary.Counts.DueSoon, summary.Counts.OnTimeRate,
            summary.Counts.Total, summary.Counts.CameDue, ReportText.Source(report.Tasks.Provenance),
        }),
        [40, 12, 12, 12, 12, 12, 12, 12, 10, 10, 16]);

    private static Worksheet OverdueSheet(MonthlyReport report) => Sheet(
        ReportText.OverdueColumns,
        report.Tasks.Overdue.Select(task => new object?[]
        {
            task.Id, task.Title, task.Plan, task.LeadAgency, task.Deadline, task.WorkingDaysLate, ReportText.Source(task.Provenance),
        }),
        [10, 60, 18, 32, 12, 14, 16]);

    private static Worksheet UnitSheet(MonthlyReport report) => Sheet(
        ReportText.UnitColumns,
        report.Units.Select(unit => (object?[])
        [
            unit.Code,
            unit.ParentCode,
            .. DossierMeasures.All.Select(measure => (object?)unit.Measures[measure]),
            ReportText.Source(report.UnitsProvenance),
        ]),
        [.. ReportText.UnitColumns.Select(_ => 16d)]);

    private static Worksheet Sheet(IReadOnlyList<string> headers, IEnumerable<object?[]> rows, IReadOnlyList<double> widths)
    {
        var columns = new Columns(widths.Select((width, index) => new Column
        {
            Min = (uint)(index + 1),
            Max = (uint)(index + 1),
            Width = width,
            CustomWidth = true,
        }));
        var data = new SheetData();
        var headerRow = Row(1, headers.Select(header => (object?)header).ToArray(), header: true);

        // Wrapped headers get the height of three lines: a reader opening the file sees them whole, not clipped.
        headerRow.Height = 45;
        headerRow.CustomHeight = true;
        data.Append(headerRow);
        uint number = 1;
        foreach (var row in rows)
        {
            data.Append(Row(++number, row, header: false));
        }

        // Printed and read as a register: the header row stays in view and filters, and each sheet prints landscape on
        // A4, one page wide, repeating nothing but fitting every column.
        var lastCell = XlsxSheetCsv.ColumnName(headers.Count) + Math.Max(number, 1).ToString(CultureInfo.InvariantCulture);
        return new Worksheet(
            new SheetProperties(new PageSetupProperties { FitToPage = true }),
            new SheetViews(new SheetView(
                new Pane { VerticalSplit = 1D, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
            { WorkbookViewId = 0 }),
            columns,
            data,
            new AutoFilter { Reference = $"A1:{lastCell}" },
            new PageMargins { Left = 0.4, Right = 0.4, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 },
            new PageSetup { PaperSize = 9, Orientation = OrientationValues.Landscape, FitToWidth = 1, FitToHeight = 0 });
    }

    private static Row Row(uint number, object?[] values, bool header)
    {
        var row = new Row { RowIndex = number };
        for (var i = 0; i < values.Length; i++)
        {
            var reference = XlsxSheetCsv.ColumnName(i + 1) + number.ToString(CultureInfo.InvariantCulture);
            var cell = values[i] switch
            {
                null => null,
                string text => new Cell(new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve })) { DataType = CellValues.InlineString },
                int value => NumberCell(value.ToString(CultureInfo.InvariantCulture), IntegerStyle),
                long value => NumberCell(value.ToString(CultureInfo.InvariantCulture), IntegerStyle),
                // A whole figure (a count of dossiers) shows as 78.508, not 78.508,00.
                decimal value => NumberCell(value.ToString(CultureInfo.InvariantCulture), value == decimal.Truncate(value) ? IntegerStyle : DecimalStyle),
                Percentage rate => NumberCell((rate.Points / 100m).ToString(CultureInfo.InvariantCulture), PercentStyle),
                LocalDate date => NumberCell(Period.DaysBetween(ExcelEpoch, date).ToString(CultureInfo.InvariantCulture), DateStyle),
                var other => throw new InvalidOperationException($"no cell type for {other.GetType().Name}"),
            };
            if (cell is null)
            {
                continue;
            }

            cell.CellReference = reference;
            if (header)
            {
                cell.StyleIndex = HeaderStyle;
            }

            row.Append(cell);
        }

        return row;
    }

    private static Cell NumberCell(string value, uint style) =>
        new(new CellValue(value)) { DataType = CellValues.Number, StyleIndex = style };

    private static Stylesheet Stylesheet() => new(
        new NumberingFormats(
            new NumberingFormat { NumberFormatId = 164, FormatCode = "dd/mm/yyyy" },
            new NumberingFormat { NumberFormatId = 165, FormatCode = "#,##0" },
            new NumberingFormat { NumberFormatId = 166, FormatCode = "#,##0.00" })
        { Count = 3 },
        SpreadsheetStyles.Fonts(),
        SpreadsheetStyles.Fills("FFD9D9D9"),
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Center }) { NumberFormatId = 0, FontId = 1, FillId = 2, BorderId = 0, ApplyFont = true, ApplyFill = true, ApplyAlignment = true },
            new CellFormat { NumberFormatId = 164, FontId = 0, FillId = 0, BorderId = 0, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 165, FontId = 0, FillId = 0, BorderId = 0, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 166, FontId = 0, FillId = 0, BorderId = 0, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 10, FontId = 0, FillId = 0, BorderId = 0, ApplyNumberFormat = true })
        { Count = 6 });

    // A rate in percentage points, written as an Excel percentage (Excel's built-in format 10, "0.00%").
    private readonly record struct Percentage(decimal Points);
}
