using System.Globalization;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Spreadsheet;
using KhanhHoa.Governance.Indicators;
using KhanhHoa.Governance.Reporting.Documents;
using static KhanhHoa.Governance.Reporting.Tests.XlsxWorkbook;
using TableColumn = KhanhHoa.Governance.Reporting.Documents.TableColumn;

namespace KhanhHoa.Governance.Reporting.Tests;

public partial class XlsxReportTest
{
    private static readonly MonthlyReport Sample = SampleReport.Build();

    private static readonly ReportDocument Document = ReportDocumentComposer.Compose(Sample);

    // The document's tables in order, the body's then the annexes'.
    private static readonly DocumentTable[] Tables =
        [.. Document.Body.Concat(Document.Annexes.SelectMany(a => a.Blocks)).OfType<DocumentTable>()];

    [Fact]
    public void The_workbook_has_the_text_sheet_then_a_sheet_per_table_named_after_its_heading()
    {
        using var workbook = new XlsxWorkbook(Sample);
        var names = workbook.Sheets.Select(s => s.Name!.Value!).ToList();
        Assert.Equal(1 + Tables.Length, names.Count);
        Assert.Equal("Báo cáo", names[0]);
        Assert.Contains("I.1 Về Dịch vụ công (DVC)", names);
        Assert.Contains("I.7 Nhiệm vụ quá hạn", names);
        Assert.All(names, name => Assert.InRange(name.Length, 1, 31));
        Assert.Equal(Tables.Select(t => t.Columns[0].Header), names.Skip(1).Select(name => Text(workbook.Rows(name)[0], "A")));

        // The signable copy has no data-quality annex, so no sheet of it.
        using var signable = new XlsxWorkbook(SignableReport.Of(SampleReport.Build()));
        Assert.Contains(names, name => name.StartsWith("PL I.1", StringComparison.Ordinal));
        Assert.DoesNotContain(signable.Sheets, sheet => sheet.Name!.Value!.StartsWith("PL I.", StringComparison.Ordinal));
    }

    [Fact]
    public void The_text_sheet_holds_the_report_text_in_order_with_the_banner_at_the_top_and_the_end()
    {
        using var workbook = new XlsxWorkbook(Sample);
        var lines = workbook.Rows("Báo cáo").Skip(1).Select(r => Text(r, "A")).ToList();
        Assert.StartsWith("DỮ LIỆU GIẢ LẬP", lines[0], StringComparison.Ordinal);
        Assert.Equal(2, lines.Count(l => l == Document.Header.SyntheticBanner));
        string[] ordered = ["BAN CHỈ ĐẠO TỈNH KHÁNH HÒA", "I. KẾT QUẢ CÁC MẶT CÔNG TÁC", "II. KHÓ KHĂN, VƯỚNG MẮC VÀ KIẾN NGHỊ, ĐỀ XUẤT", "Nơi nhận:", "Nguyễn Văn A", "Phụ lục I: CHẤT LƯỢNG SỐ LIỆU VÀ TÌNH HÌNH GỬI BÁO CÁO"];
        var at = ordered.Select(text => lines.IndexOf(text)).ToList();
        Assert.All(at, index => Assert.True(index >= 0));
        Assert.Equal(at.Order(), at);
    }

    [Fact]
    public void Every_sheet_freezes_filters_and_prints_its_header_row_and_row_names_on_each_page()
    {
        using var workbook = new XlsxWorkbook(Sample);
        var printTitles = workbook.Part.Workbook!.DefinedNames!.Elements<DefinedName>().Where(n => n.Name == "_xlnm.Print_Titles").ToList();
        for (var i = 0; i < workbook.Sheets.Count; i++)
        {
            var name = workbook.Sheets[i].Name!.Value!;
            var worksheet = workbook.Worksheet(name);
            var pane = worksheet.Descendants<Pane>().Single();
            Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
            Assert.Equal(1d, pane.VerticalSplit!.Value);
            Assert.Equal("A2", pane.TopLeftCell!.Value);

            // The filter spans the header row and the body; whatever follows sits below a blank row.
            var filter = workbook.FilterRows(name);
            Assert.Equal(1u, filter.First);
            if (i > 0)
            {
                Assert.Equal(1u + (uint)Tables[i - 1].Rows.Count, filter.Last);
            }

            Assert.DoesNotContain(workbook.Rows(name), r => r.RowIndex!.Value == filter.Last + 1);
            var repeated = i == 0 ? 1 : (Tables[i - 1].RepeatedColumn ?? Tables[i - 1].Columns.ToList().FindIndex(c => c.Kind == ColumnKind.Text)) + 1;
            Assert.Equal($"'{name}'!$A:${Column(repeated)},'{name}'!$1:$1", Assert.Single(printTitles, n => n.LocalSheetId!.Value == i).Text);
            var setup = worksheet.GetFirstChild<PageSetup>()!;
            Assert.Equal(OrientationValues.Landscape, setup.Orientation!.Value);
            Assert.Equal(9u, setup.PaperSize!.Value);
            Assert.Equal(0u, setup.FitToHeight!.Value);
        }

        Assert.Equal(workbook.Sheets.Count, printTitles.Count);
    }

    [Fact]
    public void Headers_are_the_documents_Vietnamese_headers_and_every_cell_is_bordered()
    {
        using var workbook = new XlsxWorkbook(Sample);
        foreach (var (table, name) in Tables.Zip(workbook.Sheets.Skip(1).Select(s => s.Name!.Value!)))
        {
            var rows = workbook.Rows(name);
            Assert.Equal(table.Columns.Select(c => c.Header), Texts(rows[0], table.Columns.Count));
            Assert.DoesNotContain(Texts(rows[0], table.Columns.Count), text => Identifier().IsMatch(text));
            Assert.All(rows.SelectMany(r => r.Elements<Cell>()), cell => Assert.True(workbook.Bordered(cell), $"{name}!{cell.CellReference}"));
        }
    }

    // A4 landscape holds about 130 columns of a digit's width at 12 pt: a narrower sheet prints on one page across at
    // no less than three quarters of its size, a wider one runs on across pages at its own size.
    [Fact]
    public void A_wide_sheet_runs_across_pages_at_its_size_and_a_narrow_one_fits_one_page()
    {
        using var workbook = new XlsxWorkbook(Sample);
        foreach (var name in workbook.Sheets.Select(s => s.Name!.Value!))
        {
            var worksheet = workbook.Worksheet(name);
            var width = worksheet.Descendants<Column>().Sum(c => (8 * c.Width!.Value) + 5);
            var pages = worksheet.GetFirstChild<PageSetup>()!.FitToWidth!.Value;
            Assert.True(worksheet.GetFirstChild<SheetProperties>()!.PageSetupProperties!.FitToPage!.Value);
            if (width * 0.75 <= 1045)
            {
                Assert.Equal(1u, pages);
            }
            else
            {
                Assert.True(pages > 1, name);
                Assert.True(pages * 1045 / width >= 0.75, name);
            }
        }

    }

    [Fact]
    public void Counts_are_whole_numbers_rates_percentages_and_dates_dates()
    {
        using var workbook = new XlsxWorkbook(Sample);
        var indicators = workbook.Rows("I.4 Nhóm phục vụ phát triển cô…");
        var citizens = indicators.Single(r => Text(r, "A") == "Công dân thường trú được cấp căn cước");
        Assert.Equal(0.9031m, Number(citizens, "B")); // 90,31%, an Excel percentage
        Assert.Equal("0.00%", workbook.Format(citizens, "B"));
        Assert.Equal("2.000.680/2.215.460", Text(citizens, "C"));

        var units = workbook.Rows(UnitSheet(workbook));
        Assert.Equal(641m, Number(units[1], "C"));
        Assert.Equal("#,##0", workbook.Format(units[1], "C"));

        var byPlan = workbook.Rows("I.7 Theo kế hoạch");
        Assert.Equal(2m, Number(byPlan[1], "B"));
        Assert.Equal("#,##0", workbook.Format(byPlan[1], "B"));
        Assert.Equal(0.5m, Number(byPlan[1], "H"));
        Assert.Equal("0%", workbook.Format(byPlan[1], "H"));

        var overdue = workbook.Rows("I.7 Nhiệm vụ quá hạn");
        Assert.Equal(45869m, Number(overdue[1], "E")); // 31/07/2025 as an Excel date serial
        Assert.Equal("dd/mm/yyyy", workbook.Format(overdue[1], "E"));
        Assert.Equal(30m, Number(overdue[1], "F"));
        Assert.Equal("#,##0", workbook.Format(overdue[1], "F"));
    }

    // The province (the rollup's root) is the units annex's total row: bold, below the filter, the sum of its units.
    [Fact]
    public void The_province_is_one_bold_total_row_below_the_units()
    {
        using var workbook = new XlsxWorkbook(Sample);
        var name = UnitSheet(workbook);
        var rows = workbook.Rows(name);
        var filter = workbook.FilterRows(name);
        var body = rows.Where(r => r.RowIndex!.Value > filter.First && r.RowIndex.Value <= filter.Last).ToList();
        Assert.Equal(Sample.Units.Where(u => u.ParentCode is not null).Select(u => u.Unit.Name), body.Select(r => Text(r, "A")));

        var root = Sample.Units.Single(u => u.ParentCode is null);
        var total = Assert.Single(rows, r => r.RowIndex!.Value > filter.Last);
        Assert.Equal(filter.Last + 2, total.RowIndex!.Value);
        Assert.Equal(root.Unit.Name, Text(total, "A"));
        for (var i = 0; i < DossierMeasures.Count; i++)
        {
            var column = Column(3 + i);
            Assert.Equal(root.Measures[DossierMeasures.All[i]], Number(total, column));
            Assert.Equal(Number(total, column), body.Sum(r => Number(r, column)));
            Assert.True(workbook.Bold(total, column));
            Assert.All(body, r => Assert.False(workbook.Bold(r, column)));
        }
    }

    [Fact]
    public void A_total_row_is_the_sheets_footer()
    {
        var table = new DocumentTable([new TableColumn("Đơn vị", ColumnKind.Text), new TableColumn("Số hồ sơ", ColumnKind.Figure)], [new TableRow([TableCell.Of("Xã A"), TableCell.Of("1.200")])])
        {
            Total = new TableRow([TableCell.Of("Toàn tỉnh"), TableCell.Of("1.200")]),
        };
        var sheet = Assert.Single(XlsxDocumentWriter.Sheets(Document with { Body = [table], Annexes = [] }).Skip(1)).Sheet;
        Assert.Equal(["Xã A", 1200m], Assert.Single(sheet.Body));
        Assert.Equal(["Toàn tỉnh", 1200m], Assert.Single(sheet.Footer));
    }

    [Fact]
    public void Long_text_wraps_in_a_row_tall_enough_and_codes_stay_on_one_line()
    {
        using var workbook = new XlsxWorkbook(Sample);
        var overdue = workbook.Rows("I.7 Nhiệm vụ quá hạn");
        var longTitle = overdue.Single(r => Text(r, "B").Length > 70);
        Assert.True(longTitle.CustomHeight!.Value);
        Assert.True(longTitle.Height!.Value >= 32);
        Assert.True(workbook.Wraps(longTitle, "B"));

        var codeWidth = workbook.Worksheet("I.7 Nhiệm vụ quá hạn").Descendants<Column>().First().Width!.Value;
        Assert.All(overdue.Skip(1), r => Assert.True(Text(r, "A").Length <= codeWidth));
        Assert.All(overdue.Skip(1), r => Assert.False(workbook.Wraps(r, "A")));
    }

    // The indicator tables name each indicator; its internal code ("CDS.CC.01", "I766.TT.02") is the JSON's, never in a
    // column an official reads, in either purpose.
    [Fact]
    public void No_indicator_sheet_carries_an_internal_code()
    {
        var codes = Sample.IndicatorGroups.SelectMany(g => g.Rows).Select(r => r.Code).ToHashSet(StringComparer.Ordinal);
        Assert.NotEmpty(codes);
        foreach (var report in new[] { Sample, SignableReport.Of(SampleReport.Build()) })
        {
            using var workbook = new XlsxWorkbook(report);
            foreach (var name in workbook.Sheets.Skip(1).Select(s => s.Name!.Value!))
            {
                Assert.DoesNotContain(workbook.Rows(name).SelectMany(r => r.Elements<Cell>()), cell => codes.Contains(cell.InnerText));
            }
        }
    }

    // Rows as tall as their lines and no taller: LibreOffice prints this task in a column 30 digits wide on 6 lines of
    // 13,3 pt (Excel's lines are 13,5 pt), and the one-word cells of the row on one. At 16 pt a line and 1,1 letters a
    // digit it was given 116 pt, a third of it blank.
    [Fact]
    public void A_row_is_given_the_height_of_its_lines_and_no_more()
    {
        const string Task = "Rà soát tổng thể các hạng mục công nghệ thông tin cần đầu tư để xác định vốn từ kinh phí thường xuyên để sử dụng ngay tại địa phương đảm bảo đầu tư hiệu quả, tiết kiệm, tránh trùng lặp, lãng phí.";
        var sheet = new ReportSheet([new SheetColumn("Nhiệm vụ", 30), new SheetColumn("Thời hạn", 12)], [[Task, "31/03/2025"], ["Số hóa hộ tịch", null]]);
        var rows = ReportSheetWriter.Write(sheet).Descendants<Row>().ToList();

        Assert.InRange(rows[1].Height!.Value, (6 * 13.5) + 2, (6 * 14) + 2);

        // A row of one line is given one line too: left to LibreOffice, a row of one line once took two.
        Assert.All([rows[0], rows[2]], row => Assert.Equal(16, row.Height!.Value));
        Assert.All(rows, row => Assert.True(row.CustomHeight!.Value));
    }

    [Fact]
    public void The_package_passes_the_sdk_validator()
    {
        using var workbook = new XlsxWorkbook(Sample);
        Assert.Empty(new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(workbook.Document).Select(e => e.Description));
    }

    private static string UnitSheet(XlsxWorkbook workbook) => workbook.Sheets.Select(s => s.Name!.Value!).Single(n => n.StartsWith("PL II", StringComparison.Ordinal));

    // A contract-style name: lower-case letters and underscores only, such as "received_online" or "code".
    [GeneratedRegex("^[a-z_]+$")]
    private static partial Regex Identifier();
}
