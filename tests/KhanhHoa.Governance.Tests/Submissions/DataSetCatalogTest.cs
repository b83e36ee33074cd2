using System.Text;
using KhanhHoa.Governance.Calendar;
using KhanhHoa.Governance.Data;
using KhanhHoa.Governance.Submissions;
using NodaTime;
using NodaTime.Text;

namespace KhanhHoa.Governance.Tests.Submissions;

public class DataSetCatalogTest
{
    private static readonly GovernanceData Data = GovernanceData.Default;

    [Fact]
    public void The_project_06_data_set_has_every_figure_of_report_87_and_its_47_rules()
    {
        var p06 = Data.DataSets.Find("P06.MONTHLY")!;
        Assert.Equal(Data.ReportFigures.Figures.Select(static f => f.Id), p06.Elements.Select(static e => e.Code));
        Assert.Equal(Data.ReportFigures.Rules, p06.Rules.Select(static r => r.Rule));
        Assert.Equal(47, p06.Rules.Count);
        Assert.All(p06.Elements, static e => Assert.False(string.IsNullOrWhiteSpace(e.Name)));
    }

    [Fact]
    public void Progress_data_sets_name_the_seed_plans()
    {
        Assert.Equal("3433.PROGRESS", Data.DataSets.ForPlan("3433/KH-UBND")!.Code);
        Assert.Equal("BCD.PROGRESS", Data.DataSets.ForPlan("BCĐ-2025")!.Code);
        Assert.Equal("954.PROGRESS", Data.DataSets.ForPlan("954/QĐ-UBND")!.Code);
    }

    // Seed 001 IV.1 "hàng tháng (trước ngày 14 của tháng), 6 tháng (trước ngày 14/6), 01 năm (trước ngày 14/12)";
    // seed 003 V.4.đ "định kỳ trước ngày 28 hàng quý báo cáo UBND tỉnh";
    // seed 004 III.3 "Trước ngày 12 hàng tháng"; seed 003 V.3.đ "trước ngày 20 hàng tháng".
    [Theory]
    [InlineData("3433.PROGRESS", "2025-09", "2025-09-15")] // 13/9/2025 is a Saturday: the next working day
    [InlineData("3433.PROGRESS", "2025-10", "2025-10-13")]
    [InlineData("3433.PROGRESS", "2025-H1", "2025-06-13")]
    [InlineData("3433.PROGRESS", "2025", "2025-12-15")]    // 13/12/2025 is a Saturday
    [InlineData("P06.MONTHLY", "2025-09", "2025-09-11")]
    [InlineData("BCD.PROGRESS", "2025-09", "2025-09-11")]
    [InlineData("BCD.PROGRESS", "2025-08", "2025-08-11")]
    [InlineData("954.PROGRESS", "2025-12", "2025-12-19")]
    [InlineData("954.QUARTERLY", "2025-Q4", "2025-12-29")] // seed 003 V.4.đ "trước ngày 28 hàng quý"; 27/12/2025 is a Saturday
    public void Due_dates_follow_the_seed_rules_even_before_the_cut_off(string code, string periodId, string due)
    {
        var dataSet = Data.DataSets.Find(code)!;
        var period = dataSet.ParsePeriod(periodId).AsT0;
        Assert.Equal(LocalDatePattern.Iso.Parse(due).Value, dataSet.DueDate(period, BusinessCalendar.CivilService));
    }

    [Fact]
    public void A_period_kind_the_data_set_is_not_reported_for_is_refused()
    {
        var error = Data.DataSets.Find("BCD.PROGRESS")!.ParsePeriod("2025-Q3").AsT1;
        Assert.Contains("not reported for Quarter periods", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_file_gives_every_error_and_loads_nothing()
    {
        var json = """
            {
              "dataSets": [
                { "code": "X", "name": "x", "recipient": "CA_TINH", "plan": "NO_SUCH_PLAN", "reporters": { "kinds": ["Village"] },
                  "duties": [{ "period": "month", "due": { "dayOfLastMonth": 31 }, "quote": "q", "source": "s" }],
                  "ruleSets": ["report-figures"], "sections": ["I.1", "II", "I.1"],
                  "elements": [
                    { "code": "a", "name": "A", "unit": "text", "aggregation": "sum" },
                    { "code": "r", "name": "R", "unit": "percent", "aggregation": "ratio", "numerator": "x" },
                    { "code": "o", "name": "O", "unit": "count", "aggregation": "sum", "ownerAssumed": true }] }
              ]
            }
            """;
        var result = Data.LoadDataSets(Encoding.UTF8.GetBytes(json));
        Assert.False(result.Success);
        var messages = string.Join("\n", result.Errors.Select(static e => e.ToString()));
        Assert.Contains("unknown plan \"NO_SUCH_PLAN\"", messages, StringComparison.Ordinal);
        Assert.Contains("unknown org-unit kind \"Village\"", messages, StringComparison.Ordinal);
        Assert.Contains("'due' needs exactly one of", messages, StringComparison.Ordinal);
        Assert.Contains("a text element cannot be summed", messages, StringComparison.Ordinal);
        Assert.Contains("which is not an element of the data set", messages, StringComparison.Ordinal);
        Assert.Contains("a \"ratio\" element needs 'numerator' and 'denominator'", messages, StringComparison.Ordinal);
        Assert.Contains("element \"r\" is a ratio of \"x\", which is not a summed element", messages, StringComparison.Ordinal);
        Assert.Contains("section \"I.1\" is listed twice", messages, StringComparison.Ordinal);
        Assert.Contains("'ownerAssumed' marks the element's 'reporters' as an assumption; the element names none", messages, StringComparison.Ordinal);
        Assert.All(result.Errors, static e => Assert.NotNull(e.JsonPath));
    }

    // Issue 22: each figure of report 87 comes from the units that own it; seed 002 names most of them.
    [Theory]
    [InlineData("cash_register_using", "THUE_KV13", false)]   // "(5) ... (Thuế tỉnh chủ trì)"
    [InlineData("bhxh_cashless", "BHXH_KV24", false)]         // "(4) ... (Bảo hiểm xã hội tỉnh chủ trì)"
    [InlineData("health_book_vneid", "SO_YT", false)]         // "(1) ... (Sở Y tế)"
    [InlineData("mooc_trained", "SO_KHCN", false)]            // "(6) ... (Sở Khoa học và Công nghệ chủ trì)"
    [InlineData("civil_status_tthc_tax", "THUE_KV13", false)] // footnote 13: "Thuế tỉnh (02 thủ tục)"
    [InlineData("id_cards_issued", "CA_TINH", true)]
    [InlineData("tthc_total", "VP_UBND", true)]
    public void A_figure_of_report_87_names_its_owner_and_whether_the_report_says_so(string element, string owner, bool assumed)
    {
        var p06 = Data.DataSets.Find("P06.MONTHLY")!;
        var figure = p06.FindElement(element)!;
        Assert.Equal([owner], p06.OwnersOf(figure).Codes);
        Assert.Empty(p06.OwnersOf(figure).Kinds);
        Assert.Equal(assumed, figure.OwnerAssumed);
    }

    [Fact]
    public void Every_figure_of_report_87_names_its_owners_and_the_communes_own_their_parts()
    {
        var p06 = Data.DataSets.Find("P06.MONTHLY")!;
        Assert.All(p06.Elements, static e => Assert.NotNull(e.Reporters));
        var rate = p06.FindElement("social_assistance_cashless_rate")!;
        Assert.Equal((ElementAggregation.Ratio, "social_assistance_cashless", "social_assistance_total"), (rate.Aggregation, rate.Numerator, rate.Denominator));
        Assert.Equal([KhanhHoa.Governance.Organization.OrgUnitKind.Commune, KhanhHoa.Governance.Organization.OrgUnitKind.Ward, KhanhHoa.Governance.Organization.OrgUnitKind.SpecialZone], p06.OwnersOf(rate).Kinds);
    }
}
