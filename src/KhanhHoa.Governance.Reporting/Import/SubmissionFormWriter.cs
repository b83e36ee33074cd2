using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using KhanhHoa.Governance.Calendar;
using KhanhHoa.Governance.Organization;
using KhanhHoa.Governance.Submissions;
using KhanhHoa.Governance.Tasks;
using static KhanhHoa.Governance.Reporting.Import.SubmissionFormLayout;

namespace KhanhHoa.Governance.Reporting.Import;

/// <summary>
/// Writes the Excel form (.xlsx) a unit fills in for one data set and period, in Vietnamese: a figures sheet stating the
/// unit, period and data set at the top, a cell labelled <c>submitted_at</c> for the time of sending, and one row per data
/// element under a header row <c>element, name, unit, value, comment</c>, the value cells with Excel data validation from
/// the element's type and bounds; a tasks sheet pre-filled with the unit's own tasks (lead and coordinating) of the data
/// set's plan, with the progress CSV's columns; a difficulties sheet. Every sheet is protected with only the cells a clerk
/// writes in unlocked. <see cref="SubmissionFormReader"/> reads the filled form back.
/// </summary>
/// <remarks>Package and zip entry dates are fixed to the period's first day, so the bytes are the same on every run.</remarks>
/// <threadsafety>Stateless; safe to call from several threads on different streams.</threadsafety>
public static class SubmissionFormWriter
{
    // Style 0: locked; 1: locked bold header; 2: unlocked general (numbers); 3: unlocked text (dates and words stay as typed).
    private const uint HeaderStyle = 1;
    private const uint InputStyle = 2;
    private const uint TextInputStyle = 3;

    // Bounds Excel's validation uses when an element states none (a whole or decimal number must still be a number).
    private const decimal Unbounded = 999_999_999_999m;

    /// <summary>Writes the form of <paramref name="unitCode"/> for <paramref name="dataSetCode"/> and <paramref name="period"/>.</summary>
    /// <param name="output">Where the .xlsx goes; not closed.</param>
    /// <param name="desk">The desk the form will be read back at (its data sets, organisation and plans).</param>
    /// <param name="unitCode">The reporting unit's code.</param>
    /// <param name="dataSetCode">The data set's code.</param>
    /// <param name="period">The period, under the data set's cut-off.</param>
    /// <exception cref="ArgumentException">The unit or data set is unknown, or the period is not one of the data set's.</exception>
    public static void Write(Stream output, SubmissionDesk desk, string unitCode, string dataSetCode, ReportingPeriod period)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(desk);
        var unit = desk.Units.Find(unitCode) ?? throw new ArgumentException($"unknown unit '{unitCode}'", nameof(unitCode));
        var dataSet = desk.DataSets.Find(dataSetCode) ?? throw new ArgumentException($"unknown data set '{dataSetCode}'", nameof(dataSetCode));
        if (period.Cutoff != dataSet.Cutoff || dataSet.DutyFor(period.Kind) is null)
        {
            throw new ArgumentException($"period {period.Id} is not one of data set {dataSet.Code}'s", nameof(period));
        }

        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            // Explicit relationship ids: the SDK would otherwise draw random ones and change the bytes on every run.
            var workbook = document.AddNewPart<WorkbookPart>("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "rId1");
            workbook.Workbook = new Workbook();
            workbook.AddNewPart<WorkbookStylesPart>("rIdStyles").Stylesheet = Styles();
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            Worksheet[] content = [FiguresSheet(unit, dataSet, period), TasksSheet(desk, unit, dataSet), DifficultiesSheet()];
            for (var i = 0; i < content.Length; i++)
            {
                var part = workbook.AddNewPart<WorksheetPart>("rIdSheet" + (i + 1).ToString(CultureInfo.InvariantCulture));
                part.Worksheet = content[i];
                sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = (uint)(i + 1), Name = SheetOrder[i] });
            }

            workbook.Workbook.Append(new DefinedNames(new DefinedName(IssuedFor(unit.Code, dataSet.Code, period.Id)) { Name = IssuedForName }));
            var start = period.Start;
            OpenXmlPackaging.WriteCoreProperties(
                document, $"Biểu mẫu báo cáo: {dataSet.Name}", $"{unit.Name}, kỳ {period.Id}", dataSet.Recipient, synthetic: false, new DateTimeOffset(start.Year, start.Month, start.Day, 0, 0, 0, TimeSpan.Zero));
        }

        OpenXmlPackaging.CopyNormalized(buffer.ToArray(), output, new DateTimeOffset(period.Start.Year, period.Start.Month, period.Start.Day, 0, 0, 0, TimeSpan.Zero));
    }

    /// <summary>The defined name's formula recording what a form was issued for.</summary>
    internal static string IssuedFor(string unit, string dataSet, string period) => $"\"{unit}|{dataSet}|{period}\"";

    private static Worksheet FiguresSheet(OrgUnit unit, DataSet dataSet, ReportingPeriod period)
    {
        var rows = new List<Row>
        {
            Row(1, Text("Đơn vị báo cáo", HeaderStyle), Text(unit.Code), Text(unit.Name)),
            Row(2, Text("Kỳ báo cáo", HeaderStyle), Text(period.Id), Text($"Từ ngày {period.Start:dd/MM/yyyy} đến ngày {period.End:dd/MM/yyyy}")),
            Row(3, Text("Bộ số liệu", HeaderStyle), Text(dataSet.Code), Text(dataSet.Name)),
            Row(4, Text(SubmittedAtLabel, HeaderStyle), Text(string.Empty, TextInputStyle), Text("Thời điểm gửi báo cáo, dạng dd/MM/yyyy HH:mm (ví dụ 12/09/2025 16:30); để trống thì lấy thời điểm lưu tệp")),
            Row(5, Text(SenderLabel, HeaderStyle), Text(string.Empty, TextInputStyle), Text("Người gửi hoặc số, ký hiệu văn bản gửi kèm")),
            Row(6, Text("Hướng dẫn", HeaderStyle), Text(string.Empty), Text("Nhập số liệu vào cột Giá trị (chữ số, dấu chấm thập phân, không dấu phân cách hàng nghìn) và ghi chú nếu có; ô để trống là không báo cáo. Các ô khác đã khóa.")),
            Row(FiguresHeaderRow - 1, [.. FigureLabels.Select(static l => Text(l, HeaderStyle))]),
            Row(FiguresHeaderRow, [.. FigureColumns.Select(static c => Text(c, HeaderStyle))]),
        };
        var validations = new List<DataValidation>();
        var valueColumn = Column(FigureColumns, "value");
        // The unit's own figures only: a commune's form asks what a commune reports.
        var elements = dataSet.ElementsOf(unit.Code, unit.Kind);
        for (var i = 0; i < elements.Count; i++)
        {
            var element = elements[i];
            var row = FiguresHeaderRow + 1 + i;
            var isText = element.Unit == UnitOfMeasure.Text;
            rows.Add(Row(row, Text(element.Code), Text(element.Name), Text(UnitName(element)), Text(string.Empty, isText ? TextInputStyle : InputStyle), Text(string.Empty, TextInputStyle)));
            if (!isText)
            {
                validations.Add(NumberValidation(element, Cell(valueColumn, row)));
            }
        }

        return Sheet(rows, [14, 60, 12, 16, 40], validations);
    }

    private static Worksheet TasksSheet(SubmissionDesk desk, OrgUnit unit, DataSet dataSet)
    {
        var rows = new List<Row>
        {
            Row(1, [.. TaskLabels.Select(static l => Text(l, HeaderStyle))]),
            Row(TableHeaderRow, [.. TaskColumns.Select(static c => Text(c, HeaderStyle))]),
        };

        var tasks = desk.Assignments.TasksOf(unit.Code, unit.Kind, dataSet.PlanId);
        var row = TableHeaderRow;
        foreach (var task in tasks)
        {
            row++;
            var cells = new List<Cell> { Text(task.Plan.Id), Text(task.Task.Id), Text(task.Task.Text), Text(task.Role == ResponsibilityRole.Lead ? "Chủ trì" : "Phối hợp") };
            cells.AddRange(TaskInputs.Select(c => Text(string.Empty, c == "percent" ? InputStyle : TextInputStyle)));
            rows.Add(Row(row, [.. cells]));
        }

        var validations = new List<DataValidation>();
        if (tasks.Count > 0)
        {
            var first = TableHeaderRow + 1;
            validations.Add(new DataValidation(new Formula1($"\"{string.Join(",", SubmissionFields.StatusLabels)}\""))
            {
                Type = DataValidationValues.List, AllowBlank = true, ShowErrorMessage = true, ErrorTitle = "Tình trạng",
                Error = "Chọn một trong: " + string.Join(", ", SubmissionFields.StatusLabels),
                SequenceOfReferences = new ListValue<StringValue> { InnerText = Range(Column(TaskColumns, "status"), first, row) },
            });
            validations.Add(new DataValidation(new Formula1("0"), new Formula2("100"))
            {
                Type = DataValidationValues.Whole, Operator = DataValidationOperatorValues.Between, AllowBlank = true, ShowErrorMessage = true,
                ErrorTitle = "Tiến độ", Error = "Nhập số nguyên từ 0 đến 100",
                SequenceOfReferences = new ListValue<StringValue> { InnerText = Range(Column(TaskColumns, "percent"), first, row) },
            });
        }

        return Sheet(rows, [14, 10, 60, 10, 14, 10, 16, 16, 22, 30, 30], validations);
    }

    private static Worksheet DifficultiesSheet()
    {
        var rows = new List<Row>
        {
            Row(1, [.. DifficultyLabels.Select(static l => Text(l, HeaderStyle))]),
            Row(TableHeaderRow, [.. DifficultyColumns.Select(static c => Text(c, HeaderStyle))]),
        };
        for (var row = TableHeaderRow + 1; row <= TableHeaderRow + DifficultyRows; row++)
        {
            rows.Add(Row(row, [.. DifficultyColumns.Select(static _ => Text(string.Empty, TextInputStyle))]));
        }

        var carried = Column(DifficultyColumns, CarriedOverColumn);
        DataValidation list = new(new Formula1($"\"{string.Join(",", SubmissionFields.CarriedOverLabels)}\""))
        {
            Type = DataValidationValues.List, AllowBlank = true, ShowErrorMessage = true, ErrorTitle = "Không thay đổi so với kỳ báo cáo trước",
            Error = "Chọn một trong: " + string.Join(", ", SubmissionFields.CarriedOverLabels) + "; chọn Có thì có thể để trống nội dung, báo cáo dùng nội dung kỳ trước",
            SequenceOfReferences = new ListValue<StringValue> { InnerText = Range(carried, TableHeaderRow + 1, TableHeaderRow + DifficultyRows) },
        };
        return Sheet(rows, [24, 80, 30, 22], [list]);
    }

    private static DataValidation NumberValidation(DataElement element, string cell)
    {
        var min = element.Minimum ?? -Unbounded;
        var max = element.Maximum ?? Unbounded;
        var kind = element.IsWhole ? "số nguyên" : "số";
        return new DataValidation(new Formula1(Invariant(min)), new Formula2(Invariant(max)))
        {
            Type = element.IsWhole ? DataValidationValues.Whole : DataValidationValues.Decimal,
            Operator = DataValidationOperatorValues.Between,
            AllowBlank = true,
            ShowErrorMessage = true,
            ErrorTitle = element.Code,
            Error = element.Minimum is null && element.Maximum is null ? $"Nhập {kind}" : $"Nhập {kind} từ {Invariant(min)} đến {Invariant(max)}",
            SequenceOfReferences = new ListValue<StringValue> { InnerText = cell },
        };
    }

    private static string UnitName(DataElement element) => element.Unit switch
    {
        UnitOfMeasure.Percent => "%",
        UnitOfMeasure.Money => "tiền",
        UnitOfMeasure.Text => "văn bản",
        _ => element.IsWhole ? "số lượng" : "số",
    };

    private static Worksheet Sheet(List<Row> rows, double[] widths, List<DataValidation> validations)
    {
        var columns = new Columns(widths.Select((w, i) => new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = w, CustomWidth = true }));
        var sheet = new Worksheet(columns, new SheetData(rows), new SheetProtection { Sheet = true, Objects = true, Scenarios = true });
        if (validations.Count > 0)
        {
            sheet.Append(new DataValidations(validations) { Count = (uint)validations.Count });
        }

        return sheet;
    }

    private static Row Row(int index, params Cell[] cells)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            cells[i].CellReference = Cell(i + 1, index);
        }

        return new Row(cells) { RowIndex = (uint)index };
    }

    private static Cell Text(string text, uint style = 0) => text.Length == 0
        ? new Cell { StyleIndex = style }
        : new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text)), StyleIndex = style };

    private static string Range(int column, int first, int last) => $"{Cell(column, first)}:{Cell(column, last)}";

    private static string Invariant(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static Stylesheet Styles() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "@" }) { Count = 1 },
        SpreadsheetStyles.Fonts(),

        // Gray for headers, pale yellow for the cells a clerk fills.
        SpreadsheetStyles.Fills("FFD9D9D9", "FFFFF2CC"),
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, ApplyAlignment = true },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Center }) { NumberFormatId = 0, FontId = 1, FillId = 2, BorderId = 0, ApplyFont = true, ApplyFill = true, ApplyAlignment = true },
            new CellFormat(new Protection { Locked = false }) { NumberFormatId = 0, FontId = 0, FillId = 3, BorderId = 0, ApplyFill = true, ApplyProtection = true },
            new CellFormat(new Protection { Locked = false }) { NumberFormatId = 164, FontId = 0, FillId = 3, BorderId = 0, ApplyNumberFormat = true, ApplyFill = true, ApplyProtection = true })
        { Count = 4 });
}
