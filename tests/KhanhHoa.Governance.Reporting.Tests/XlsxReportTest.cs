using System.Globalization;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Spreadsheet;
using KhanhHoa.Governance.Indicators;
using KhanhHoa.Governance.Organization;
using static KhanhHoa.Governance.Reporting.Tests.XlsxWorkbook;

namespace KhanhHoa.Governance.Reporting.Tests;

public partial class XlsxReportTest
{
    private const string UnitSheet = "Số liệu đơn vị";
    private static readonly MonthlyReport Sample = SampleReport.Build();

    // The rows each sheet's body holds for the sample: every sheet lays out one row per item of its part of the model.
    private static readonly Dictionary<string, int> BodyRows = new(StringComparer.Ordinal)
    {
        ["Thông tin"] = 9,
        ["Chỉ tiêu"] = Sample.Indicators.Count(),
        ["Xu hướng 12 tháng"] = Sample.Indicators.Count(),
        ["Số liệu đơn vị báo cáo"] = Sample.IndicatorGroups.Sum(g => g.Figures.Count),
        ["Khó khăn, kiến nghị"] = Sample.Difficulties.Count,
        ["Nhiệm vụ theo kế hoạch"] = Sample.Tasks.ByPlan.Count,
        ["Nhiệm vụ theo đơn vị"] = Sample.Tasks.ByAgency.Count,
        ["Nhiệm vụ quá hạn"] = Sample.Tasks.Overdue.Count,
        [UnitSheet] = Sample.Units.Count - 1,
        ["Phụ lục - Chất lượng số liệu"] = Sample.Violations.Count,
        ["Phụ lục - Tình hình báo cáo"] = Sample.Completeness.Units.Count,
    };

    [Fact]
    public void The_reported_figures_sheet_shows_each_figure_under_its_part_of_section_I_with_rates_as_percentages()
    {
        using var workbook = new XlsxWorkbook(Sample);
        var rows = workbook.Rows("Số liệu đơn vị báo cáo");
        Assert.Equal(["Mục", "Nội dung", "Kết quả", "Tử số", "Mẫu số", "Lũy kế", "Đơn vị báo cáo", "Nguồn"], Texts(rows[0], 8));
        Assert.Equal(["2.a", "58455", "", "", "986046"], [Text(rows[1], "A"), .. Texts(rows[1], 6)[2..]]);
        Assert.Equal("#,##0", workbook.Format(rows[1], "C"));
        Assert.Equal(["2.b", "0.817", "1103", "1350", ""], [Text(rows[2], "A"), .. Texts(rows[2], 6)[2..]]);
        Assert.Equal("0.0%", workbook.Format(rows[2], "C"));
        Assert.Equal(["Hạ tầng", "Đường truyền tại bộ phận một cửa chưa ổn định", "Sở Khoa học và Công nghệ", "Xã Cam An, Phường Nha Trang"], Texts(workbook.Rows("Khó khăn, kiến nghị")[1], 4));
    }

    [Fact]
    public void The_workbook_has_the_sheets_it_names()
    {
        using var workbook = new XlsxWorkbook(Sample);
        Assert.Equal(XlsxReportRenderer.SheetNames, workbook.Sheets.Select(s => s.Name!.Value));
        Assert.Equal(BodyRows.Keys.Order(StringComparer.Ordinal), XlsxReportRenderer.SheetNames.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_sheet_freezes_filters_and_prints_its_header_row_and_row_names_on_each_page()
    {
        using var workbook = new XlsxWorkbook(Sample);
        var printTitles = workbook.Part.Workbook!.DefinedNames!.Elements<DefinedName>().Where(n => n.Name == "_xlnm.Print_Titles").ToList();
        for (var i = 0; i < workbook.Sheets.Count; i++)
        {
            var name = workbook.Sheets[i].Name!.Value!;
            const uint headerRows = 1;
            var worksheet = workbook.Worksheet(name);

            var pane = worksheet.Descendants<Pane>().Single();
            Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
            Assert.Equal((double)headerRows, pane.VerticalSplit!.Value);
            Assert.Equal("A" + (headerRows + 1), pane.TopLeftCell!.Value);

            // The filter spans the last header row and the body; whatever follows sits below a blank row.
            var filter = workbook.FilterRows(name);
            Assert.Equal((headerRows, headerRows + (uint)BodyRows[name]), filter);
            Assert.DoesNotContain(workbook.Rows(name), r => r.RowIndex!.Value == filter.Last + 1);

            Assert.Matches($"^'{Regex.Escape(name)}'!\\$A:\\$[A-C],'{Regex.Escape(name)}'!\\$1:\\$1$", Assert.Single(printTitles, n => n.LocalSheetId!.Value == i).Text);
            Assert.True(worksheet.Descendants<Row>().First().CustomHeight!.Value);
            var setup = worksheet.GetFirstChild<PageSetup>()!;
            Assert.Equal(OrientationValues.Landscape, setup.Orientation!.Value);
            Assert.Equal(9u, setup.PaperSize!.Value);
            Assert.Equal(0u, setup.FitToHeight!.Value);
            Assert.True(worksheet.GetFirstChild<SheetProperties>()!.PageSetupProperties!.FitToPage!.Value);
        }

        Assert.Equal(workbook.Sheets.Count, printTitles.Count);
    }

    [Fact]
    public void Headers_are_Vietnamese_and_no_sheet_prints_a_machine_code()
    {
        using var workbook = new XlsxWorkbook(Sample);
        string[] contract = ["code", "name", "kind", "parent", .. DossierMeasures.All.Select(DossierMeasures.NameOf), "provenance"];
        HashSet<string> codes =
        [
            .. contract, .. Sample.Units.Select(u => u.Code), .. Sample.Completeness.Units.Select(u => u.Code), .. Sample.Violations.Select(v => v.RuleCode),
            .. Sample.IndicatorGroups.SelectMany(g => g.Figures).Select(f => f.Code), .. Sample.IndicatorGroups.Select(g => g.Code),
        ];
        Assert.True(codes.Count > 20);
        foreach (var name in XlsxReportRenderer.SheetNames)
        {
            var rows = workbook.Rows(name);
            var header = Texts(rows[0], rows[0].Elements<Cell>().Count());
            Assert.All(header, text => Assert.False(string.IsNullOrWhiteSpace(text)));
            Assert.DoesNotContain(header, text => Identifier().IsMatch(text));
            Assert.DoesNotContain(rows.SelectMany(r => r.Elements<Cell>()).Select(c => c.InnerText), codes.Contains);
        }

        Assert.Equal(["Tên đơn vị", "Loại đơn vị", "Số hồ sơ tiếp nhận"], Texts(workbook.Rows(UnitSheet)[0], 3));
    }

    [Fact]
    public void Every_cell_of_every_sheet_has_a_thin_border_on_each_side()
    {
        using var workbook = new XlsxWorkbook(Sample);
        foreach (var name in XlsxReportRenderer.SheetNames)
        {
            Assert.All(workbook.Rows(name).SelectMany(r => r.Elements<Cell>()), cell => Assert.True(workbook.Bordered(cell), $"{name}!{cell.CellReference}"));
        }
    }

    // A4 landscape holds about 130 columns of a digit's width at 12 pt: a narrower sheet prints on one page across at
    // no less than three quarters of its size, the unit sheet (about 210) runs on across two pages at its own size.
    [Fact]
    public void A_wide_sheet_runs_across_pages_at_its_size_and_a_narrow_one_fits_one_page()
    {
        using var workbook = new XlsxWorkbook(Sample);
        foreach (var name in XlsxReportRenderer.SheetNames)
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
                // At the scale the pages across give (never above full size), the type stays at 12 pt or a little
                // under, never below 9 pt.
                Assert.True(pages > 1, name);
                Assert.True(pages * 1045 / width >= 0.75, name);
            }
        }

        Assert.True(workbook.Worksheet(UnitSheet).GetFirstChild<PageSetup>()!.FitToWidth!.Value >= 2);
    }

    [Fact]
    public void Units_carry_their_names_and_the_province_total_is_one_bold_row_below_the_filter()
    {
        using var workbook = new XlsxWorkbook(Sample);
        var rows = workbook.Rows(UnitSheet);
        var filter = workbook.FilterRows(UnitSheet);
        var body = rows.Where(r => r.RowIndex!.Value > filter.First && r.RowIndex.Value <= filter.Last).ToList();
        var children = Sample.Units.Where(u => u.ParentCode is not null).ToList();
        Assert.Equal(children.Select(u => u.Unit.Name), body.Select(r => Text(r, "A")));

        var root = Sample.Units.Single(u => u.ParentCode is null);
        var total = Assert.Single(rows, r => r.Elements<Cell>().Any(c => c.InnerText == "Toàn tỉnh"));
        Assert.True(total.RowIndex!.Value > filter.Last + 1);
        Assert.Equal("Toàn tỉnh", Text(total, "A"));
        for (var i = 0; i < DossierMeasures.Count; i++)
        {
            var column = Column(3 + i);
            Assert.Equal(root.Measures[DossierMeasures.All[i]], Number(total, column));
            Assert.Equal(Number(total, column), body.Sum(r => Number(r, column)));
            Assert.Equal("#,##0", workbook.Format(total, column));
            Assert.True(workbook.Bold(total, column));
            Assert.All(body, r => Assert.False(workbook.Bold(r, column)));
        }
    }

    [Fact]
    public void A_unit_kind_is_named_in_Vietnamese()
    {
        OrgUnitKind[] kinds = [OrgUnitKind.Province, OrgUnitKind.Department, OrgUnitKind.Commune];
        var report = Sample with { Units = [.. Sample.Units.Select((u, i) => u with { Unit = u.Unit with { Kind = kinds[i] } })] };
        using var workbook = new XlsxWorkbook(report);
        var rows = workbook.Rows(UnitSheet);
        Assert.Equal(["Sở, ban, ngành", "Xã", "Tỉnh"], rows.Skip(1).Where(r => r.Elements<Cell>().Any()).Select(r => Text(r, "B")));
    }

    [Theory]
    [InlineData("Nhiệm vụ theo kế hoạch")]
    [InlineData("Nhiệm vụ theo đơn vị")]
    public void A_task_table_ends_with_the_counts_of_every_task_below_the_filter(string name)
    {
        using var workbook = new XlsxWorkbook(Sample);
        var rows = workbook.Rows(name);
        var filter = workbook.FilterRows(name);
        var body = rows.Where(r => r.RowIndex!.Value > filter.First && r.RowIndex.Value <= filter.Last).ToList();
        var total = Assert.Single(rows, r => Text(r, "A") == "Tổng cộng");
        Assert.True(total.RowIndex!.Value > filter.Last + 1);
        Assert.True(workbook.Bold(total, "A"));

        var counts = Sample.Tasks.Total;
        int[] expected = [counts.CompletedOnTime, counts.CompletedLate, counts.OpenWithinDeadline, counts.OpenOverdue, counts.Continuous, counts.DueSoon];
        string[] countColumns = ["B", "C", "D", "E", "F", "G"];
        for (var i = 0; i < countColumns.Length; i++)
        {
            Assert.Equal(expected[i], Number(total, countColumns[i]));
            Assert.Equal(Number(total, countColumns[i]), body.Sum(r => Number(r, countColumns[i])));
        }

        Assert.Equal(counts.OnTimeRate!.Value / 100m, Number(total, "H"));
        Assert.Equal(FormatOf(counts.OnTimeRate.Value, rate: true), workbook.Format(total, "H"));
        Assert.Equal(counts.Total, Number(total, "I"));
        Assert.Equal(counts.CameDue, Number(total, "J"));
    }

    [Fact]
    public void The_trend_sheet_has_twelve_months_in_order_with_the_model_values()
    {
        using var workbook = new XlsxWorkbook(Sample);
        var rows = workbook.Rows("Xu hướng 12 tháng");
        var months = Enumerable.Range(4, 12).Select(i => Text(rows[0], Column(i))).Select(text => DateTime.ParseExact(text, "M/yyyy", CultureInfo.InvariantCulture)).Select(d => new YearMonth(d.Year, d.Month)).ToList();
        Assert.Equal(Enumerable.Range(0, 12).Select(back => Sample.Period.LastMonth.PlusMonths(back - 11)), months);
        Assert.Equal("10/2024", Text(rows[0], "D"));

        var indicators = Sample.Indicators.ToList();
        Assert.Equal(indicators.Select(i => i.Code), rows.Skip(1).Take(indicators.Count).Select(r => Text(r, "A")));
        foreach (var (indicator, row) in indicators.Zip(rows.Skip(1)))
        {
            for (var m = 0; m < months.Count; m++)
            {
                var column = Column(4 + m);
                var point = indicator.Trend.SingleOrDefault(p => p.Month == months[m]);
                if (point is null)
                {
                    Assert.Null(CellAt(row, column));
                    continue;
                }

                Assert.Equal(indicator.IsRate ? point.Value / 100m : point.Value, Number(row, column));
                Assert.Equal(FormatOf(point.Value, indicator.IsRate), workbook.Format(row, column));
            }
        }

        Assert.Equal(Sample.Indicators.Sum(i => i.Trend.Count), rows.Skip(1).Sum(r => r.Elements<Cell>().Count(c => c.DataType!.Value == CellValues.Number)));
    }

    [Fact]
    public void Figures_take_one_format_per_kind_percentages_as_fractions_and_dates_as_dates()
    {
        using var workbook = new XlsxWorkbook(Sample);
        var indicators = workbook.Rows("Chỉ tiêu");
        var citizens = indicators.Single(r => Text(r, "B") == "CDS.CC.01");
        Assert.Equal(0.9031m, Number(citizens, "E")); // 90.31%, an Excel percentage
        Assert.Equal(2_000_680m, Number(citizens, "F"));
        Assert.Equal("#,##0", workbook.Format(citizens, "F"));

        // Each figure (value, target, gap, last month, change) shows the decimals the core gave it, as the other
        // formats print it: a rate's as a percentage, a whole count's with none.
        Assert.Equal(Sample.Indicators.Count(), indicators.Length - 1);
        foreach (var indicator in Sample.Indicators)
        {
            var row = indicators.Single(r => Text(r, "B") == indicator.Code);
            decimal?[] figures = [indicator.Value, indicator.Target?.Value, indicator.Gap, indicator.PreviousValue, indicator.MonthOnMonthChange];
            foreach (var (figure, column) in figures.Zip(new[] { "E", "H", "J", "L", "M" }))
            {
                Assert.Equal(figure is null, CellAt(row, column) is null);
                if (figure is { } value)
                {
                    Assert.Equal(FormatOf(value, indicator.IsRate), workbook.Format(row, column));
                }
            }
        }

        Assert.Contains(Sample.Indicators, i => !i.IsRate);

        var targeted = Sample.Indicators.First(i => i.IsRate && i.Gap is not null);
        var targetedRow = indicators.Single(r => Text(r, "B") == targeted.Code);
        Assert.Equal(targeted.Gap!.Value / 100m, Number(targetedRow, "J"));
        Assert.Equal(targeted.Target!.Value / 100m, Number(targetedRow, "H"));
        Assert.Equal(58_455m, Number(indicators.Single(r => Text(r, "B") == "DVC.SH.01"), "E"));

        var overdue = workbook.Rows("Nhiệm vụ quá hạn");
        Assert.Equal(45869m, Number(overdue[1], "E")); // 31/07/2025 as an Excel date serial
        Assert.Equal("dd/mm/yyyy", workbook.Format(overdue[1], "E"));
        Assert.Equal(30m, Number(overdue[1], "F"));
        Assert.Equal("#,##0", workbook.Format(overdue[1], "F"));

        var info = workbook.Rows("Thông tin");
        Assert.Equal("dd/mm/yyyy", workbook.Format(info.Single(r => Text(r, "A") == "Từ ngày"), "B"));
        Assert.Contains(info, r => Text(r, "B").StartsWith("DỮ LIỆU GIẢ LẬP", StringComparison.Ordinal));
    }

    [Fact]
    public void A_count_row_of_whole_figures_takes_the_whole_number_format_throughout()
    {
        // The sample's count indicator has a made-up history with decimals; a real count's figures are whole.
        static IndicatorRow Whole(IndicatorRow row) => row.IsRate ? row : row with
        {
            PreviousValue = 58_000,
            MonthOnMonthChange = 455,
            Trend = [.. row.Trend.Select(point => point with { Value = decimal.Round(point.Value) })],
        };
        var report = Sample with { IndicatorGroups = [.. Sample.IndicatorGroups.Select(g => g with { Rows = [.. g.Rows.Select(Whole)] })] };
        using var workbook = new XlsxWorkbook(report);
        var indicator = workbook.Rows("Chỉ tiêu").Single(r => Text(r, "B") == "DVC.SH.01");
        Assert.All(new[] { "E", "F", "L", "M" }, column => Assert.Equal("#,##0", workbook.Format(indicator, column)));
        Assert.Equal(58_000m, Number(indicator, "L"));
        var trend = workbook.Rows("Xu hướng 12 tháng").Single(r => Text(r, "A") == "DVC.SH.01");
        Assert.All(Enumerable.Range(4, 12).Select(Column), column => Assert.Equal("#,##0", workbook.Format(trend, column)));
    }

    [Fact]
    public void The_annexes_list_each_violation_with_its_unit_and_when_each_unit_reported()
    {
        var report = Sample with
        {
            Violations = [.. Sample.Violations, new ConsistencyViolation("SUM.UNIT", "Tổng không khớp.", "KH.XA", [new ViolationFigure("Tổng", 12)], Provenance.Synthetic)],
        };
        using var workbook = new XlsxWorkbook(report);
        var violations = workbook.Rows("Phụ lục - Chất lượng số liệu");
        Assert.Equal(["Nội dung sai lệch", "Căn cứ", "Đơn vị", "Số liệu liên quan", "Nguồn"], Texts(violations[0], 5));
        Assert.Equal(report.Violations.Select(v => v.Description), violations.Skip(1).Select(r => Text(r, "A")));
        Assert.Equal(["Tổng không khớp.", "", "Các xã, phường", "Tổng: 12", "giả lập"], Texts(violations[^1], 5));
        Assert.Equal("Toàn tỉnh", Text(violations[1], "C"));

        var completeness = workbook.Rows("Phụ lục - Tình hình báo cáo");
        var units = Sample.Completeness.Units;
        Assert.Equal(units.Select(u => u.Name), completeness.Skip(1).Take(units.Count).Select(r => Text(r, "A")));
        foreach (var (unit, row) in units.Zip(completeness.Skip(1)))
        {
            if (unit.ReceivedOn is { } day)
            {
                Assert.Equal(Period.DaysBetween(new LocalDate(1899, 12, 30), day), Number(row, "B"));
                Assert.Equal("dd/mm/yyyy", workbook.Format(row, "B"));
            }
            else
            {
                Assert.Equal("Chưa gửi", Text(row, "B"));
            }
        }

        Assert.Contains(units, u => !u.Reported);
        Assert.Equal("5/6 đơn vị đã gửi số liệu; chưa gửi: Đặc khu Trường Sa.", Text(completeness[^1], "A"));
    }

    [Fact]
    public void Empty_lists_say_so_below_their_header()
    {
        var report = Sample with { Violations = [], Tasks = Sample.Tasks with { Overdue = [] } };
        using var workbook = new XlsxWorkbook(report);
        Assert.Equal(["Không phát hiện sai lệch."], workbook.Rows("Phụ lục - Chất lượng số liệu").Skip(1).Select(r => Text(r, "A")));
        Assert.Equal(["Không có nhiệm vụ quá hạn."], workbook.Rows("Nhiệm vụ quá hạn").Skip(1).Select(r => Text(r, "A")));
        Assert.Equal((1u, 1u), workbook.FilterRows("Nhiệm vụ quá hạn"));
    }

    [Fact]
    public void Long_text_wraps_in_a_row_tall_enough_and_codes_stay_on_one_line()
    {
        using var workbook = new XlsxWorkbook(Sample);
        var overdue = workbook.Rows("Nhiệm vụ quá hạn");
        var longTitle = overdue.Single(r => Text(r, "B").Length > 70);
        Assert.True(longTitle.CustomHeight!.Value);
        Assert.True(longTitle.Height!.Value >= 32);
        Assert.True(workbook.Wraps(longTitle, "B"));
        Assert.All(overdue.Skip(1).Where(r => Text(r, "B").Length < 40), r => Assert.Null(r.Height));

        var codeWidth = workbook.Worksheet("Chỉ tiêu").Descendants<Column>().ElementAt(1).Width!.Value;
        Assert.All(workbook.Rows("Chỉ tiêu").Skip(1), r => Assert.True(Text(r, "B").Length <= codeWidth));
        Assert.All(workbook.Rows("Chỉ tiêu").Skip(1), r => Assert.False(workbook.Wraps(r, "B")));
    }

    [Fact]
    public void The_package_passes_the_sdk_validator()
    {
        using var workbook = new XlsxWorkbook(Sample);
        Assert.Empty(new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(workbook.Document).Select(e => e.Description));
    }

    // The format of a figure with the decimals it has, at most two: 75 → 0%, 60,3 → 0.0%, 90,31 → 0.00%; 58.455 → #,##0.
    private static string FormatOf(decimal value, bool rate)
    {
        var decimals = Enumerable.Range(0, 3).First(d => d == 2 || value == decimal.Round(value, d));
        return (rate ? "0" : "#,##0") + (decimals == 0 ? string.Empty : "." + new string('0', decimals)) + (rate ? "%" : string.Empty);
    }

    // A contract-style name: lower-case letters and underscores only, such as "received_online" or "code".
    [GeneratedRegex("^[a-z_]+$")]
    private static partial Regex Identifier();
}
