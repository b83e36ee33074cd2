using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using KhanhHoa.Governance.Rollup;

namespace KhanhHoa.Governance.Reporting.Tests.Import;

// A one-door system's export as Excel writes it: a header of shared strings, ids as text, times and due dates as
// date-formatted serial numbers, the vendor's words as inline strings, a note column. Written with the SDK's
// streaming writer so a test can make a sheet of 100,000 rows.
internal static class DossierWorkbook
{
    public const string Sheet = "Danh sách hồ sơ";

    public static readonly string[] Headers =
    [
        "Mã hồ sơ", "Mã đơn vị", "Mã TTHC", "Mức độ DVC", "Hình thức nộp", "Ngày tiếp nhận", "Hạn xử lý", "Ngày có kết quả",
        "Số lần bổ sung", "Đã số hóa", "Kết quả điện tử", "Tái sử dụng dữ liệu", "Xác thực VNeID", "Có phí, lệ phí",
        "Thanh toán trực tuyến", "Ghi chú",
    ];

    // Style 1: built-in 22 (date and time); style 2: built-in 14 (date).
    private const uint DateTimeStyle = 1;
    private const uint DateStyle = 2;

    public static byte[] Write(IEnumerable<DossierRecord> records, Func<DossierRecord, int, string?>? overrideCell = null)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = new Stylesheet(
                new Fonts(new Font()),
                new Fills(new Fill()),
                new Borders(new Border()),
                new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 22, ApplyNumberFormat = true }, new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true }));
            var strings = workbook.AddNewPart<SharedStringTablePart>();
            strings.SharedStringTable = new SharedStringTable(Headers.Select(static h => new SharedStringItem(new Text(h))));
            var sheet = workbook.AddNewPart<WorksheetPart>();
            using (var writer = OpenXmlWriter.Create(sheet))
            {
                writer.WriteStartElement(new Worksheet());
                writer.WriteStartElement(new SheetData());
                writer.WriteElement(new Row(Headers.Select((_, i) => new Cell { DataType = CellValues.SharedString, CellValue = new CellValue(i) })) { RowIndex = 1 });
                var rowNumber = 2u;
                foreach (var record in records)
                {
                    var cells = Cells(record).Select((cell, i) => overrideCell?.Invoke(record, i) is { } text ? Inline(text) : cell);
                    writer.WriteElement(new Row(cells) { RowIndex = rowNumber++ });
                }

                writer.WriteEndElement();
                writer.WriteEndElement();
            }

            workbook.Workbook.AppendChild(new Sheets(new Sheet { Name = Sheet, SheetId = 1, Id = workbook.GetIdOfPart(sheet) }));
        }

        return stream.ToArray();
    }

    private static IEnumerable<Cell> Cells(DossierRecord d)
    {
        yield return Inline(d.DossierId);
        yield return Inline(d.UnitCode);
        yield return Inline(d.ProcedureCode);
        yield return Inline(d.ServiceLevel switch { ServiceLevel.Full => "Toàn trình", ServiceLevel.Partial => "Một phần", _ => string.Empty });
        yield return Inline(d.Channel switch { FilingChannel.Online => "Trực tuyến", FilingChannel.Postal => "Qua bưu chính", _ => "Trực tiếp" });
        yield return Serial(d.ReceivedAt.ToDateTimeUnspecified().ToOADate(), DateTimeStyle);
        yield return Serial(d.DueDate.ToDateTimeUnspecified().ToOADate(), DateStyle);
        yield return d.FinishedAt is { } f ? Serial(f.ToDateTimeUnspecified().ToOADate(), DateTimeStyle) : new Cell();
        yield return new Cell { CellValue = new CellValue(d.SupplementRequests) };
        foreach (var flag in new[] { d.Digitized, d.EResult, d.ReusedData, d.IdLinked, d.FeeRequired, d.PaidOnline })
        {
            yield return Inline(flag ? "Có" : "Không");
        }

        yield return Inline("Hồ sơ trả qua\nbưu điện, \"gấp\"");
    }

    private static Cell Inline(string text) => new() { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text)) };

    private static Cell Serial(double value, uint style) => new() { StyleIndex = style, CellValue = new CellValue(value) };
}
