using DocumentFormat.OpenXml.Packaging;
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
            "Số: /BC-BCĐ", "Khánh Hòa, ngày      tháng      năm 2025", "DỰ THẢO", "BÁO CÁO", "(Từ ngày 16/8/2025 đến ngày 15/9/2025)",
            "I. KẾT QUẢ CÁC MẶT CÔNG TÁC", "III. NHIỆM VỤ TRỌNG TÂM TRONG THỜI GIAN TỚI", "Nơi nhận:", "- Văn phòng Chính phủ (báo cáo);",
            "- Lưu: VT, ĐT.", "TM. BAN CHỈ ĐẠO", "TRƯỞNG BAN", "Nguyễn Văn A",
        ];
        foreach (var text in required)
        {
            Assert.Contains(text, paragraphs);
        }

        Assert.Contains(paragraphs, p => p.StartsWith("DỮ LIỆU GIẢ LẬP", StringComparison.Ordinal));
        // A synthetic figure is labelled in the row's source column, as the document gives it.
        Assert.Contains(body.Descendants<Word.TableRow>(), row => row.Elements<Word.TableCell>().Select(c => c.InnerText).ToList() is var cells && cells.Contains("90,31%") && cells[^1] == "giả lập");

        // Motto block sits beside the issuing body in the first table, as Decree 30/2020 Appendix I lays it out; "Số" and
        // the place and date in the row below, side by side, so they share a baseline.
        var first = body.Elements<Word.Table>().First().Descendants<Word.TableCell>().ToList();
        Assert.Equal(4, first.Count);
        Assert.Contains("BAN CHỈ ĐẠO", first[0].InnerText, StringComparison.Ordinal);
        Assert.Contains("Độc lập - Tự do - Hạnh phúc", first[1].InnerText, StringComparison.Ordinal);
        Assert.Equal("Số: /BC-BCĐ", first[2].InnerText);
        Assert.StartsWith("Khánh Hòa, ngày", first[3].InnerText, StringComparison.Ordinal);

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

        // The document proper is portrait A4 with its title page; each annex follows in a landscape section of its own,
        // numbered from 1 again (Phụ lục I, then Phụ lục II with the units' measures).
        var sections = body.Descendants<Word.ParagraphProperties>().Select(p => p.GetFirstChild<Word.SectionProperties>()).OfType<Word.SectionProperties>().ToList();
        Assert.Equal(2, sections.Count);
        var section = sections[0];
        Assert.NotNull(section.GetFirstChild<Word.TitlePage>());
        Assert.Null(section.GetFirstChild<Word.PageNumberType>());
        var page = section.GetFirstChild<Word.PageSize>()!;
        Assert.Equal(11906u, page.Width!.Value);
        Assert.Equal(16838u, page.Height!.Value);
        var margin = section.GetFirstChild<Word.PageMargin>()!;
        Assert.Equal(1701u, margin.Left!.Value);
        Assert.Equal(851u, margin.Right!.Value);
        Word.SectionProperties[] annexes = [sections[1], body.Elements<Word.SectionProperties>().Single()];
        Assert.All(annexes, annex =>
        {
            Assert.Equal(Word.PageOrientationValues.Landscape, annex.GetFirstChild<Word.PageSize>()!.Orient!.Value);
            Assert.Equal(16838u, annex.GetFirstChild<Word.PageSize>()!.Width!.Value);
            Assert.Equal(1, annex.GetFirstChild<Word.PageNumberType>()!.Start!.Value);
        });
        string TextOf(Word.SectionProperties annex) =>
            string.Concat((annex.Parent is Word.Body ? annex.ElementsBefore() : annex.Parent!.Parent!.ElementsBefore()).Reverse()
                .TakeWhile(e => e.Descendants<Word.SectionProperties>().FirstOrDefault() is null).Reverse().Select(e => e.InnerText));
        Assert.StartsWith("Phụ lục ICHẤT LƯỢNG SỐ LIỆU VÀ TÌNH HÌNH GỬI BÁO CÁO(Kèm theo Báo cáo số", TextOf(annexes[0]), StringComparison.Ordinal);
        Assert.StartsWith("Phụ lục IISỐ LIỆU HỒ SƠ TỔNG HỢP THEO ĐƠN VỊ(Kèm theo Báo cáo số", TextOf(annexes[1]), StringComparison.Ordinal);
        Assert.Equal(new DateTime(2025, 9, 15, 0, 0, 0, DateTimeKind.Utc), document.PackageProperties.Created!.Value.ToUniversalTime());
    }

    // A plan's number and symbol in a table cell stays on one line ("3433/KH-UBND" once broke after "KH-" in a narrow
    // cell): its hyphen after the slash is the non-breaking one; a hyphen elsewhere ("2022-2025") is left as written.
    [Fact]
    public void A_document_symbol_in_a_table_cell_does_not_break_at_its_hyphen()
    {
        var document = ReportDocumentComposer.Compose(Sample);
        var table = new Reporting.Documents.DocumentTable(
            [new Reporting.Documents.TableColumn("Kế hoạch", Reporting.Documents.ColumnKind.Text), new Reporting.Documents.TableColumn("Ghi chú", Reporting.Documents.ColumnKind.Text)],
            [new Reporting.Documents.TableRow([Reporting.Documents.TableCell.Of("Kế hoạch số 3433/KH-UBND"), Reporting.Documents.TableCell.Of("Giai đoạn 2022-2025")])]);
        using var output = new MemoryStream();
        DocxDocumentWriter.Write(document with { Body = [table], Annexes = [] }, output, new DateTimeOffset(2025, 9, 15, 0, 0, 0, TimeSpan.Zero), static _ => { });
        using var docx = WordprocessingDocument.Open(new MemoryStream(output.ToArray()), false);
        var cells = docx.MainDocumentPart!.Document!.Body!.Descendants<Word.TableCell>().Select(static c => c.InnerText).ToList();

        Assert.Contains("Kế hoạch số 3433/KH\u2011UBND", cells);
        Assert.Contains("Giai đoạn 2022-2025", cells);
    }
}
