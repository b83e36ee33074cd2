using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Word = DocumentFormat.OpenXml.Wordprocessing;

namespace KhanhHoa.Governance.Reporting.Tests;

public class OfficeDocumentTest
{
    private static readonly MonthlyReport Sample = SampleReport.Build();

    [Fact]
    public void The_docx_has_every_block_of_a_Decree_30_document()
    {
        using var stream = new MemoryStream(DocxReportRenderer.Instance.RenderToBytes(Sample));
        using var document = WordprocessingDocument.Open(stream, false);
        var body = document.MainDocumentPart!.Document!.Body!;
        // Names keep their last two words together with a no-break space, and numbers may wrap after a slash.
        var paragraphs = body.Descendants<Word.Paragraph>().Select(p => p.InnerText.Replace('\u00A0', ' ').Replace("\u200B", string.Empty, StringComparison.Ordinal)).ToList();
        string[] required =
        [
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "UBND TỈNH KHÁNH HÒA", "BAN CHỈ ĐẠO TỈNH KHÁNH HÒA",
            "Số: /BC-BCĐ", "Khánh Hòa, ngày      tháng      năm 2025", "DỰ THẢO", "BÁO CÁO", "(Từ ngày 16/08/2025 đến ngày 15/09/2025)",
            "I. KẾT QUẢ CÁC MẶT CÔNG TÁC", "III. NHIỆM VỤ TRỌNG TÂM TRONG THỜI GIAN TỚI", "Nơi nhận:", "- Văn phòng Chính phủ (báo cáo);",
            "- Lưu: VT, ĐT.", "TM. BAN CHỈ ĐẠO", "TRƯỞNG BAN", "Nguyễn Văn A",
        ];
        foreach (var text in required)
        {
            Assert.Contains(text, paragraphs);
        }

        Assert.Contains(paragraphs, p => p.StartsWith("DỮ LIỆU GIẢ LẬP", StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p == "90,31% (giả lập)");

        // Motto block sits beside the issuing body in the first table, as Decree 30/2020 Appendix I lays it out.
        var first = body.Elements<Word.Table>().First().Descendants<Word.TableCell>().ToList();
        Assert.Equal(2, first.Count);
        Assert.Contains("Số: /BC-BCĐ", first[0].InnerText, StringComparison.Ordinal);
        Assert.Contains("Độc lập - Tự do - Hạnh phúc", first[1].InnerText, StringComparison.Ordinal);

        var defaults = document.MainDocumentPart.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        Assert.Equal("Times New Roman", defaults.RunFonts!.Ascii!.Value);
        var sizes = body.Descendants<Word.FontSize>().Select(size => int.Parse(size.Val!.Value!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.All(sizes.Where(size => size > 24), size => Assert.InRange(size, 26, 28));

        // Print layout: the short rules under the issuing body and the motto, headings kept with what follows, rows
        // that never split, a page number at the top from the second page.
        Assert.Equal(2, body.Elements<Word.Table>().First().Descendants<Word.ParagraphBorders>().Count());
        Assert.All(body.Descendants<Word.Paragraph>().Where(p => p.ParagraphProperties?.KeepNext is not null), p => Assert.NotEmpty(p.InnerText));
        Assert.Contains(body.Descendants<Word.Paragraph>(), p => p.InnerText == "I. KẾT QUẢ CÁC MẶT CÔNG TÁC" && p.ParagraphProperties!.KeepNext is not null);
        var dataTables = body.Elements<Word.Table>().Where(t => t.Elements<Word.TableRow>().First().TableRowProperties?.GetFirstChild<Word.TableHeader>() is not null).ToList();
        Assert.NotEmpty(dataTables);
        Assert.All(dataTables.SelectMany(t => t.Elements<Word.TableRow>()), row => Assert.NotNull(row.TableRowProperties?.GetFirstChild<Word.CantSplit>()));
        var pageHeader = document.MainDocumentPart.HeaderParts.Single().Header!;
        Assert.Contains(pageHeader.Descendants<Word.SimpleField>(), field => field.Instruction!.Value!.Trim() == "PAGE");

        // The document proper is portrait A4 with its title page; the annex follows in a landscape section of its own.
        var section = body.Descendants<Word.ParagraphProperties>().Select(p => p.GetFirstChild<Word.SectionProperties>()).Single(s => s is not null)!;
        Assert.NotNull(section.GetFirstChild<Word.TitlePage>());
        var page = section.GetFirstChild<Word.PageSize>()!;
        Assert.Equal(11906u, page.Width!.Value);
        Assert.Equal(16838u, page.Height!.Value);
        var margin = section.GetFirstChild<Word.PageMargin>()!;
        Assert.Equal(1701u, margin.Left!.Value);
        Assert.Equal(851u, margin.Right!.Value);
        var annex = body.Elements<Word.SectionProperties>().Single();
        Assert.Equal(Word.PageOrientationValues.Landscape, annex.GetFirstChild<Word.PageSize>()!.Orient!.Value);
        Assert.Equal(16838u, annex.GetFirstChild<Word.PageSize>()!.Width!.Value);
        Assert.Null(annex.GetFirstChild<Word.TitlePage>());
        Assert.Contains("Phụ lục I", string.Concat(annex.ElementsBefore().Reverse().TakeWhile(e => e.Descendants<Word.SectionProperties>().FirstOrDefault() is null).Select(e => e.InnerText)), StringComparison.Ordinal);
        Assert.Equal(new DateTime(2025, 9, 15, 0, 0, 0, DateTimeKind.Utc), document.PackageProperties.Created!.Value.ToUniversalTime());
    }

    [Fact]
    public void The_xlsx_appendix_tables_hold_typed_numbers_and_dates()
    {
        using var stream = new MemoryStream(XlsxReportRenderer.Instance.RenderToBytes(Sample));
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart!;
        var sheets = workbook.Workbook!.Sheets!.Elements<Sheet>().ToList();
        Assert.Equal(XlsxReportRenderer.SheetNames, sheets.Select(s => s.Name!.Value));

        Row[] Rows(string name) =>
            ((WorksheetPart)workbook.GetPartById(sheets.Single(s => s.Name == name).Id!)).Worksheet!.Descendants<Row>().ToArray();
        static Cell CellAt(Row row, string column) => row.Elements<Cell>().Single(c => c.CellReference!.Value!.StartsWith(column, StringComparison.Ordinal) && char.IsDigit(c.CellReference.Value[column.Length]));

        var indicators = Rows("Chỉ tiêu");
        Assert.Equal(1 + Sample.Indicators.Count(), indicators.Length);
        var citizens = indicators.Single(r => r.Elements<Cell>().Any(c => c.InnerText == "CDS.CC.01"));
        var value = CellAt(citizens, "E");
        Assert.Equal(CellValues.Number, value.DataType!.Value);
        Assert.Equal("0.9031", value.CellValue!.Text); // 90.31%, an Excel percentage
        Assert.Equal("2000680", CellAt(citizens, "F").CellValue!.Text);
        Assert.Equal(CellValues.Number, CellAt(citizens, "G").DataType!.Value);

        var overdue = Rows("Nhiệm vụ quá hạn");
        Assert.Equal(1 + Sample.Tasks.Overdue.Count, overdue.Length);
        var deadline = CellAt(overdue[1], "E");
        Assert.Equal(CellValues.Number, deadline.DataType!.Value);
        Assert.Equal("45869", deadline.CellValue!.Text); // 31/07/2025 as an Excel date serial
        Assert.Equal("30", CellAt(overdue[1], "F").CellValue!.Text);

        var agencies = Rows("Nhiệm vụ theo đơn vị");
        Assert.Equal(1 + Sample.Tasks.ByAgency.Count, agencies.Length);
        Assert.All(agencies.Skip(1), row => Assert.Equal(CellValues.Number, CellAt(row, "E").DataType!.Value));
        Assert.Contains(Rows("Thông tin").SelectMany(r => r.Elements<Cell>()), c => c.InnerText.StartsWith("DỮ LIỆU GIẢ LẬP", StringComparison.Ordinal));

        // A whole figure takes the integer format (78.508, not 78.508,00); a rate is an Excel percentage.
        var received = indicators.Single(r => r.Elements<Cell>().Any(c => c.InnerText == "DVC.SH.01"));
        Assert.Equal(3u, CellAt(received, "E").StyleIndex!.Value);
        Assert.Equal(5u, CellAt(citizens, "E").StyleIndex!.Value);

        // Every sheet: the header row frozen and filtered, wrapped headers given room, landscape A4 one page wide.
        foreach (var sheet in sheets)
        {
            var worksheet = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet!;
            var pane = worksheet.Descendants<Pane>().Single();
            Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
            Assert.Equal(1d, pane.VerticalSplit!.Value);
            Assert.StartsWith("A1:", worksheet.GetFirstChild<AutoFilter>()!.Reference!.Value, StringComparison.Ordinal);
            Assert.True(worksheet.Descendants<Row>().First().CustomHeight!.Value);
            var setup = worksheet.GetFirstChild<PageSetup>()!;
            Assert.Equal(OrientationValues.Landscape, setup.Orientation!.Value);
            Assert.Equal(1u, setup.FitToWidth!.Value);
            Assert.True(worksheet.GetFirstChild<SheetProperties>()!.PageSetupProperties!.FitToPage!.Value);
        }

        // The SDK's own schema validator finds nothing wrong with the package.
        Assert.Empty(new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(document).Select(e => e.Description));
    }
}
