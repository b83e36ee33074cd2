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
        Assert.Equal(["Mục", "Mã", "Nội dung", "Kết quả", "Tử số", "Mẫu số", "Lũy kế", "Đơn vị báo cáo", "Nguồn"], Texts(rows[0], 9));
        Assert.Equal(["2.a", "digitized_month"], Texts(rows[1], 2));
        Assert.Equal(["58455", "", "", "986046"], Texts(rows[1], 7)[3..]);
        Assert.Equal(["2.b", "flights_vneid_rate"], Texts(rows[2], 2));
        Assert.Equal(["0.817", "1103", "1350", ""], Texts(rows[2], 7)[3..]);
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
    public void Every_sheet_freezes_filters_and_prints_its_header_rows_on_each_page()
    {
        using var workbook = new XlsxWorkbook(Sample);
        var printTitles = workbook.Part.Workbook!.DefinedNames!.Elements<DefinedName>().Where(n => n.Name == "_xlnm.Print_Titles").ToList();
        for (var i = 0; i < workbook.Sheets.Count; i++)
        {
            var name = workbook.Sheets[i].Name!.Value!;
            var headerRows = name == UnitSheet ? 2u : 1u;
            var worksheet = workbook.Worksheet(name);

            var pane = worksheet.Descendants<Pane>().Single();
            Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
            Assert.Equal((double)headerRows, pane.VerticalSplit!.Value);
            Assert.Equal("A" + (headerRows + 1), pane.TopLeftCell!.Value);

            // The filter spans the last header row and the body; whatever follows sits below a blank row.
            var filter = workbook.FilterRows(name);
            Assert.Equal((headerRows, headerRows + (uint)BodyRows[name]), filter);
            Assert.DoesNotContain(workbook.Rows(name), r => r.RowIndex!.Value == filter.Last + 1);

            Assert.Equal($"'{name}'!$1:${headerRows}", Assert.Single(printTitles, n => n.LocalSheetId!.Value == i).Text);
            Assert.True(worksheet.Descendants<Row>().First().CustomHeight!.Value);
            var setup = worksheet.GetFirstChild<PageSetup>()!;
            Assert.Equal(OrientationValues.Landscape, setup.Orientation!.Value);
            Assert.Equal(9u, setup.PaperSize!.Value);
            Assert.Equal(1u, setup.FitToWidth!.Value);
            Assert.Equal(0u, setup.FitToHeight!.Value);
            Assert.True(worksheet.GetFirstChild<SheetProperties>()!.PageSetupProperties!.FitToPage!.Value);
        }

        Assert.Equal(workbook.Sheets.Count, printTitles.Count);
    }

    [Fact]
    public void Headers_are_Vietnamese_and_the_unit_sheet_names_the_contract_in_its_second_row()
    {
        using var workbook = new XlsxWorkbook(Sample);
        string[] contract = ["code", "name", "kind", "parent", .. DossierMeasures.All.Select(DossierMeasures.NameOf), "provenance"];
        foreach (var name in XlsxReportRenderer.SheetNames)
        {
            var header = workbook.Rows(name)[0];
            var texts = Texts(header, header.Elements<Cell>().Count());
            Assert.All(texts, text => Assert.False(string.IsNullOrWhiteSpace(text)));
            Assert.DoesNotContain(texts, text => Identifier().IsMatch(text) || contract.Contains(text));
        }

        var units = workbook.Rows(UnitSheet);
        Assert.Equal(["Mã đơn vị", "Tên đơn vị", "Loại đơn vị", "Mã đơn vị cấp trên", "Số hồ sơ tiếp nhận"], Texts(units[0], 5));
        Assert.Equal(contract, Texts(units[1], contract.Length));
    }

    [Fact]
    public void Units_carry_their_names_and_the_province_total_is_one_bold_row_below_the_filter()
    {
        using var workbook = new XlsxWorkbook(Sample);
        var rows = workbook.Rows(UnitSheet);
        var filter = workbook.FilterRows(UnitSheet);
        var body = rows.Where(r => r.RowIndex!.Value > filter.First && r.RowIndex.Value <= filter.Last).ToList();
        var children = Sample.Units.Where(u => u.ParentCode is not null).ToList();
        Assert.Equal(children.Select(u => (u.Code, u.Unit.Name, u.ParentCode)), body.Select(r => (Text(r, "A"), Text(r, "B"), (string?)Text(r, "D"))));

        var root = Sample.Units.Single(u => u.ParentCode is null);
        var total = Assert.Single(rows, r => r.Elements<Cell>().Any(c => c.InnerText == "Toàn tỉnh"));
        Assert.True(total.RowIndex!.Value > filter.Last + 1);
        Assert.Equal(root.Code, Text(total, "A"));
        Assert.Equal("Toàn tỉnh", Text(total, "B"));
        for (var i = 0; i < DossierMeasures.Count; i++)
        {
            var column = Column(5 + i);
            Assert.Equal(root.Measures[DossierMeasures.All[i]], Number(total, column));
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
        Assert.Equal(["Sở, ban, ngành", "Xã", "Tỉnh"], rows.Skip(2).Where(r => r.Elements<Cell>().Any()).Select(r => Text(r, "C")));
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
        Assert.Equal("0.00%", workbook.Format(total, "H"));
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
                Assert.Equal(indicator.IsRate ? "0.00%" : CountFormat(indicator.Trend.Select(p => p.Value)), workbook.Format(row, column));
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

        // A rate row's figures (value, target, gap, last month, change) are all percentages; a count row's all take
        // the whole-number format, or all two decimals when one of them has decimals (the sample's made-up history).
        foreach (var (indicator, row) in Sample.Indicators.Zip(indicators.Skip(1)))
        {
            var count = CountFormat(new[] { indicator.Value, indicator.Target?.Value, indicator.Gap, indicator.PreviousValue, indicator.MonthOnMonthChange }.OfType<decimal>());
            foreach (var column in new[] { "E", "H", "J", "L", "M" }.Where(c => CellAt(row, c) is not null))
            {
                Assert.Equal(indicator.IsRate ? "0.00%" : count, workbook.Format(row, column));
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
        Assert.Equal(["Mã quy tắc", "Nội dung sai lệch", "Căn cứ", "Mã đơn vị", "Tên đơn vị", "Số liệu liên quan", "Nguồn"], Texts(violations[0], 7));
        Assert.Equal(report.Violations.Select(v => v.RuleCode), violations.Skip(1).Select(r => Text(r, "A")));
        Assert.Equal(["SUM.UNIT", "Tổng không khớp.", "", "KH.XA", "Các xã, phường", "Tổng: 12", "giả lập"], Texts(violations[^1], 7));
        Assert.Equal(["", "Toàn tỉnh"], Texts(violations[1], 5)[3..]);

        var completeness = workbook.Rows("Phụ lục - Tình hình báo cáo");
        var units = Sample.Completeness.Units;
        Assert.Equal(units.Select(u => (u.Code, u.Name)), completeness.Skip(1).Take(units.Count).Select(r => (Text(r, "A"), Text(r, "B"))));
        foreach (var (unit, row) in units.Zip(completeness.Skip(1)))
        {
            if (unit.ReceivedOn is { } day)
            {
                Assert.Equal(Period.DaysBetween(new LocalDate(1899, 12, 30), day), Number(row, "C"));
                Assert.Equal("dd/mm/yyyy", workbook.Format(row, "C"));
            }
            else
            {
                Assert.Equal("Chưa gửi", Text(row, "C"));
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

        var units = workbook.Worksheet(UnitSheet);
        var codeWidth = units.Descendants<Column>().First().Width!.Value;
        Assert.All(workbook.Rows(UnitSheet).Skip(2), r => Assert.True(Text(r, "A").Length <= codeWidth));
        Assert.All(workbook.Rows(UnitSheet).Skip(2), r => Assert.False(workbook.Wraps(r, "A")));
    }

    [Fact]
    public void The_package_passes_the_sdk_validator()
    {
        using var workbook = new XlsxWorkbook(Sample);
        Assert.Empty(new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(workbook.Document).Select(e => e.Description));
    }

    private static string CountFormat(IEnumerable<decimal> figures) => figures.All(f => f == decimal.Truncate(f)) ? "#,##0" : "#,##0.00";

    // A contract-style name: lower-case letters and underscores only, such as "received_online" or "code".
    [GeneratedRegex("^[a-z_]+$")]
    private static partial Regex Identifier();
}
