using System.Globalization;
using System.Text;
using KhanhHoa.Governance.Data;
using KhanhHoa.Governance.Indicators;
using NodaTime.Text;
using NodaTime;

namespace KhanhHoa.Governance.Tests.Indicators;

public sealed class CatalogTest
{
    // Every quantitative target of the five seeds (plus Resolution 66's national steps), as read by hand:
    // id, indicator, comparator, value, deadline as written, due date.
    public static readonly TheoryData<string, string, TargetComparator, decimal, string, string?> SeedTargets = new()
    {
        { "000.1.1.time", "NQ66.T.01", TargetComparator.AtLeast, 30m, "trong năm 2025", "2025-12-31" },
        { "000.1.1.cost", "NQ66.C.01", TargetComparator.AtLeast, 30m, "trong năm 2025", "2025-12-31" },
        { "000.1.1.conditions", "NQ66.K.01", TargetComparator.AtLeast, 30m, "trong năm 2025", "2025-12-31" },
        { "000.1.1.location", "NQ66.D.01", TargetComparator.AtLeast, 100m, "Hoàn thành trong tháng 12/2025", "2025-12-31" },
        { "000.1.2.restructure", "TTHC.RESTRUCT.01", TargetComparator.AtLeast, 100m, "Hoàn thành trước ngày 22/9/2025", "2025-09-21" },
        { "000.3.1.level", "ATTT.LEVEL.01", TargetComparator.AtLeast, 100m, "Thường xuyên; báo cáo định kỳ hàng tháng", null },
        { "000.3.1.drills", "ATTT.DRILL.01", TargetComparator.AtLeast, 2m, "Thường xuyên; báo cáo định kỳ hàng tháng", null },
        { "3433.61.id", "DOS.ID.01", TargetComparator.AtLeast, 100m, "Tháng 6/2025", "2025-06-30" },
        { "3433.61.full", "TTHC.FULL.01", TargetComparator.AtLeast, 100m, "Tháng 12/2025", "2025-12-31" },
        { "3433.61.online", "I766.TT.04", TargetComparator.AtLeast, 80m, "Tháng 12/2025", "2025-12-31" },
        { "3433.61.adults", "DS.ON.01", TargetComparator.AtLeast, 40m, "Tháng 12/2025", "2025-12-31" },
        { "3433.1.3.sign", "GOV.SIGN.01", TargetComparator.AtLeast, 100m, "Đến ngày 30/6/2025", "2025-06-30" },
        { "3433.2.2.rd", "RD.REV.01", TargetComparator.Between, 1m, "Theo hướng dẫn, chỉ đạo của Bộ Tài chính và các Bộ, ngành khác có liên quan", null },
        { "3433.3.3.foreign", "TTHC.FOREIGN.01", TargetComparator.AtLeast, 100m, "Theo chỉ đạo, hướng dẫn của Bộ, ngành Trung ương", null },
        { "3433.3.4.org", "TTHC.ORG.01", TargetComparator.AtLeast, 100m, "Theo chỉ đạo của Bộ Công an", "2025-07-01" },
        { "3433.19.enterprise", "NQ66.O.01", TargetComparator.AtLeast, 100m, "Tháng 12/2025", "2025-12-31" },
        { "3433.27.1.facilities", "CASH.FAC.01", TargetComparator.AtLeast, 100m, "Thực hiện thường xuyên", null },
        { "3433.27.1.fees", "CASH.FEE.01", TargetComparator.GreaterThan, 50m, "Thực hiện thường xuyên", null },
        { "3433.27.2.urban", "CASH.SOC.01", TargetComparator.AtLeast, 95m, "Thực hiện thường xuyên", null },
        { "3433.27.2.rural", "CASH.SOC.01", TargetComparator.AtLeast, 80m, "Thực hiện thường xuyên", null },
        { "3433.27.3.pension", "CASH.PEN.01", TargetComparator.AtLeast, 80m, "Thực hiện thường xuyên (năm 2025)", "2025-12-31" },
        { "3433.27.4.schools", "CASH.SCH.01", TargetComparator.AtLeast, 100m, "Thực hiện thường xuyên", null },
        { "3433.27.4.value", "CASH.SCHVAL.01", TargetComparator.AtLeast, 80m, "Thực hiện thường xuyên", null },
        { "3433.60.fuel", "FUEL.EINV.01", TargetComparator.AtLeast, 100m, "Trước ngày 10/4/2025", "2025-04-09" },
        { "3433.53.emr", "HOSP.EMR.01", TargetComparator.AtLeast, 100m, "Tháng 9/2025", "2025-09-30" },
        { "3433.50.5g", "SITE.5G.01", TargetComparator.AtLeast, 100m, "Tháng 12/2025", "2025-12-31" },
        { "3433.54.biometric", "PORT.BIO.01", TargetComparator.AtLeast, 100m, "Tháng 9/2025", "2025-09-30" },
        { "87.III.1.time", "NQ66.T.01", TargetComparator.AtLeast, 30m, "năm 2025 (phương án trong tháng 9/2025)", "2025-12-31" },
        { "87.III.1.cost", "NQ66.C.01", TargetComparator.AtLeast, 30m, "năm 2025 (phương án trong tháng 9/2025)", "2025-12-31" },
        { "87.III.1.conditions", "NQ66.K.01", TargetComparator.AtLeast, 30m, "năm 2025 (phương án trong tháng 9/2025)", "2025-12-31" },
        { "87.III.1.location", "NQ66.D.01", TargetComparator.AtLeast, 100m, "hoàn thành trong tháng 12/2025", "2025-12-31" },
        { "87.III.1.restructure", "TTHC.RESTRUCT.01", TargetComparator.AtLeast, 100m, "không nêu thời hạn", null },
        { "87.III.1.sign", "GOV.SIGN.01", TargetComparator.AtLeast, 100m, "duy trì (thường xuyên)", null },
        { "87.III.2.dvcqg", "TTHC.DVCQG.01", TargetComparator.AtLeast, 100m, "Thường xuyên", null },
        { "87.III.3.land", "LAND.DIGI.01", TargetComparator.AtLeast, 100m, "không nêu thời hạn", null },
        { "87.fn28.id", "DOS.ID.01", TargetComparator.AtLeast, 100m, "không nêu thời hạn", "2025-06-30" },
        { "87.fn28.full", "TTHC.FULL.01", TargetComparator.AtLeast, 100m, "hết năm 2025", "2025-12-31" },
        { "87.fn28.online", "I766.TT.04", TargetComparator.AtLeast, 80m, "hết năm 2025", "2025-12-31" },
        { "87.fn28.adults", "DS.ON.01", TargetComparator.AtLeast, 40m, "hết năm 2025", "2025-12-31" },
        { "87.III.6.level", "ATTT.LEVEL.01", TargetComparator.AtLeast, 100m, "Thường xuyên", null },
        { "954.a.restructure", "TTHC.RESTRUCT.01", TargetComparator.AtLeast, 100m, "Năm 2025 (hoàn thành từ nay đến hết năm 2025)", "2025-12-31" },
        { "954.a.full", "TTHC.FULL.01", TargetComparator.AtLeast, 100m, "Năm 2025 (hoàn thành từ nay đến hết năm 2025)", "2025-12-31" },
        { "954.a.fullrate", "EMC.ON.01", TargetComparator.GreaterThan, 70m, "Năm 2025 (hoàn thành từ nay đến hết năm 2025)", "2025-12-31" },
        { "954.a.info", "GOV.INFO.01", TargetComparator.AtLeast, 100m, "Năm 2025 (hoàn thành từ nay đến hết năm 2025)", "2025-12-31" },
        { "954.a.interact", "GOV.INTERACT.01", TargetComparator.AtLeast, 100m, "Năm 2025 (hoàn thành từ nay đến hết năm 2025)", "2025-12-31" },
        { "954.a.ecommerce", "ECOM.PROD.01", TargetComparator.AtLeast, 100m, "Năm 2025 (hoàn thành từ nay đến hết năm 2025)", "2025-12-31" },
        { "954.b.ebook", "HEALTH.EBOOK.01", TargetComparator.AtLeast, 100m, "Năm 2025 (hoàn thành từ nay đến hết năm 2025)", "2025-12-31" },
        { "954.b.food", "FOOD.DIGI.01", TargetComparator.AtLeast, 50m, "Năm 2025 (hoàn thành từ nay đến hết năm 2025)", "2025-12-31" },
        { "954.b.sms", "EDU.SMS.01", TargetComparator.AtLeast, 100m, "Năm 2025 (hoàn thành từ nay đến hết năm 2025)", "2025-12-31" },
        { "954.b.enrol", "EDU.ENROL.01", TargetComparator.AtLeast, 100m, "Năm 2025 (hoàn thành từ nay đến hết năm 2025)", "2025-12-31" },
        { "954.b.ai", "EDU.AI.01", TargetComparator.AtLeast, 100m, "Năm 2025 (hoàn thành từ nay đến hết năm 2025)", "2025-12-31" },
        { "954.b.colleges", "EDU.VOC.01", TargetComparator.AtLeast, 70m, "Năm 2025 (hoàn thành từ nay đến hết năm 2025)", "2025-12-31" },
        { "954.b.vocreports", "EDU.VOCREP.01", TargetComparator.AtLeast, 100m, "Năm 2025 (hoàn thành từ nay đến hết năm 2025)", "2025-12-31" },
        { "954.c.lead", "GOV.LEAD.01", TargetComparator.AtLeast, 100m, "Năm 2025 (hoàn thành từ nay đến hết năm 2025)", "2025-12-31" },
        { "954.c.platforms", "PLAT.UPGRADE.01", TargetComparator.AtLeast, 100m, "Năm 2025 (hoàn thành từ nay đến hết năm 2025)", "2025-12-31" },
        { "954.c.basicdata", "DATA.BASIC.01", TargetComparator.AtLeast, 100m, "Năm 2025 (hoàn thành từ nay đến hết năm 2025)", "2025-12-31" },
        { "954.c.security", "PLAT.SEC.01", TargetComparator.AtLeast, 100m, "Năm 2025 (hoàn thành từ nay đến hết năm 2025)", "2025-12-31" },
        { "BCD.II.reuse", "DATA.REUSE.01", TargetComparator.AtLeast, 100m, "Tháng 9/2025", "2025-09-30" },
        { "BCD.III.reuse", "DATA.REUSE.01", TargetComparator.AtLeast, 100m, "30/10/2025", "2025-10-30" },
        { "BCD.IV.full", "TTHC.FULL.01", TargetComparator.AtLeast, 100m, "2025", "2025-12-31" },
        { "BCD.IV.online", "I766.TT.04", TargetComparator.AtLeast, 80m, "2025", "2025-12-31" },
        { "BCD.IV.adults", "DS.ON.01", TargetComparator.AtLeast, 40m, "2025", "2025-12-31" },
        { "NQ66.time", "NQ66.T.01", TargetComparator.AtLeast, 50m, "năm 2026", "2026-12-31" },
        { "NQ66.cost", "NQ66.C.01", TargetComparator.AtLeast, 50m, "năm 2026", "2026-12-31" },
        { "NQ66.conditions", "NQ66.K.01", TargetComparator.AtLeast, 30m, "năm 2025", "2025-12-31" },
    };

    [Theory]
    [MemberData(nameof(SeedTargets))]
    public void Every_seed_target_is_in_the_catalog_with_its_comparator_value_and_deadline(string id, string indicator, TargetComparator comparator, decimal value, string deadline, string? due)
    {
        var target = GovernanceData.Default.Indicators.Targets.Single(t => t.Id == id);

        Assert.Equal((indicator, comparator, value, deadline), (target.IndicatorCode, target.Comparator, target.Value, target.DeadlineText));
        Assert.Equal(due is null ? null : LocalDate.FromDateTime(DateTime.Parse(due, CultureInfo.InvariantCulture)), target.DueDate);
        Assert.NotNull(GovernanceData.Default.Indicators.Find(target.IndicatorCode));
    }

    [Fact]
    public void The_catalog_holds_exactly_the_seed_targets_and_each_quote_states_its_value()
    {
        var catalog = GovernanceData.Default.Indicators;

        Assert.Equal(SeedTargets.Count(), catalog.Targets.Count);
        Assert.All(catalog.Targets, t =>
        {
            var printed = VietnameseNumber.Format(t.Value, 0);
            Assert.True(t.Source.Quote.Contains(printed + "%", StringComparison.Ordinal) || t.Source.Quote.Contains(printed + " %", StringComparison.Ordinal)
                || t.Source.Quote.Contains("0" + printed + " lần", StringComparison.Ordinal) || t.Source.Quote.Contains("tất cả", StringComparison.Ordinal), t.Id);
            Assert.True(t.Source.Quote.IsNormalized(System.Text.NormalizationForm.FormC), t.Id);
        });
    }

    // The issue dates the seeds print: 3433/KH-UBND in its appendix heading, 87/BC-BCĐ and 954/QĐ-UBND in their
    // headers; Resolution 66/NQ-CP's from domain/indicators.md §2 (verified). The August 2025 letter ("ngày … tháng 8")
    // and the steering committee's plan (a blank decision date) print none.
    [Theory]
    [InlineData("3433/KH-UBND", "2025-03-26")]
    [InlineData("87/BC-BCĐ", "2025-09-19")]
    [InlineData("954/QĐ-UBND", "2025-11-11")]
    [InlineData("66/NQ-CP", "2025-03-26")]
    [InlineData("…/UBND-KGVX (8/2025)", null)]
    [InlineData("Kế hoạch hoạt động năm 2025 của BCĐ tỉnh (…/QĐ-BCĐ)", null)]
    public void Every_target_carries_its_documents_issue_date_when_the_seed_prints_one(string document, string? issued)
    {
        var targets = GovernanceData.Default.Indicators.Targets.Where(t => t.Source.Document == document).ToList();

        Assert.NotEmpty(targets);
        Assert.All(targets, t => Assert.Equal(issued is null ? null : LocalDatePattern.Iso.Parse(issued).Value, t.Source.Issued));
    }

    [Fact]
    public void Every_catalog_document_is_one_whose_issue_date_is_settled()
    {
        string[] documents = ["3433/KH-UBND", "87/BC-BCĐ", "954/QĐ-UBND", "66/NQ-CP", "…/UBND-KGVX (8/2025)", "Kế hoạch hoạt động năm 2025 của BCĐ tỉnh (…/QĐ-BCĐ)"];

        Assert.Equal(documents.Order(StringComparer.Ordinal), GovernanceData.Default.Indicators.Targets.Select(t => t.Source.Document).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_target_is_known_on_its_issue_date_and_a_target_without_one_always()
    {
        var target = GovernanceData.Default.Indicators.Targets.Single(t => t.Id == "954.a.fullrate");
        var undated = GovernanceData.Default.Indicators.Targets.Single(t => t.Id == "BCD.IV.online");

        Assert.False(target.IsIssuedBy(new LocalDate(2025, 11, 10)));
        Assert.True(target.IsIssuedBy(new LocalDate(2025, 11, 11)));
        Assert.True(undated.IsIssuedBy(new LocalDate(2020, 1, 1)));
    }

    [Fact]
    public void Standard_dossier_indicators_read_only_rollup_measures()
    {
        string[] dossier = ["RPT.ON.01", "I766.TT.04", "EMC.ON.01", "I766.TT.01", "RPT.OT.01", "I766.TD.01", "RPT.LT.01", "RPT.LT.02", "I766.SH.02", "I766.SH.04", "DOS.ID.01", "I766.TTT.02", "I766.SH.01"];

        Assert.All(dossier, code => Assert.All(GovernanceData.Default.Indicators.Find(code)!.Measures, m => Assert.True(DossierMeasures.TryParse(m, out _), m)));
    }

    [Fact]
    public void A_bad_file_reports_every_error_with_path_and_line_and_loads_nothing()
    {
        const string json = """
            {
              "indicators": [
                { "code": "A", "nameVi": "a", "nameEn": "a", "numerator": "x +" },
                { "code": "A", "nameVi": "b", "nameEn": "b", "numerator": "x", "direction": "up" }
              ],
              "targets": [
                { "id": "t", "indicator": "B", "comparator": "≥", "value": 80, "deadline": "2025", "due": "31/12/2025",
                  "source": { "document": "d", "location": "l", "issued": "26/3/2025" } }
              ]
            }
            """;

        var errors = GovernanceDataLoader.LoadIndicatorCatalog(Encoding.UTF8.GetBytes(json)).Errors;

        Assert.Equal(
            [
                ("$.indicators[0].numerator", 3), ("$.indicators[1].direction", 4), ("$.indicators[1].code", 4),
                ("$.targets[0].comparator", 7), ("$.targets[0].due", 7), ("$.targets[0].source.quote", 8), ("$.targets[0].source.issued", 8),
                ("$.targets[0].indicator", 7),
            ],
            errors.Select(e => (e.JsonPath, e.Line)));
    }

    // Found by the hostile-input property: a baseline year beyond Int32 threw OverflowException.
    [Theory]
    [InlineData("2147483648", "'baselineYear' must be an integer")]
    [InlineData("2024.5", "'baselineYear' must be an integer")]
    [InlineData("0", "expected a year between 1 and 9999, got 0")]
    public void A_baseline_year_that_is_not_a_year_is_an_error(string baseline, string message)
    {
        var json = $$"""
            { "indicators": [ { "code": "A", "nameVi": "a", "nameEn": "a", "numerator": "x" } ],
              "targets": [ { "id": "t", "indicator": "A", "comparator": ">=", "value": 30, "deadline": "2025", "baselineYear": {{baseline}},
                "source": { "document": "d", "location": "l", "quote": "q" } } ] }
            """;

        var error = Assert.Single(GovernanceDataLoader.LoadIndicatorCatalog(Encoding.UTF8.GetBytes(json)).Errors);

        Assert.Equal(("$.targets[0].baselineYear", 2, message), (error.JsonPath, error.Line, error.Message));
    }

    [Fact]
    public void Broken_json_is_an_error_with_its_line_and_column()
    {
        var errors = GovernanceDataLoader.LoadIndicatorCatalog(Encoding.UTF8.GetBytes("{\n  \"indicators\": [\n    { \"code\": }\n  ]\n}")).Errors;

        Assert.Equal((3, 15), (errors.Single().Line, errors.Single().Column));
        Assert.False(GovernanceDataLoader.LoadReportFigures(Encoding.UTF8.GetBytes("[]")).Success);
        Assert.False(GovernanceDataLoader.LoadReportFigures(Encoding.UTF8.GetBytes(string.Empty)).Success);
    }

    [Fact]
    public void A_figure_set_with_unreadable_numbers_and_unknown_figures_is_refused_whole()
    {
        const string json = """
            { "document": "1/BC", "title": "t", "period": "p",
              "figures": [ { "id": "a", "text": "1,2,3.4.5", "label": "l", "section": "s", "quote": "q" } ],
              "rules": [ { "id": "r", "description": "d", "left": "a", "operator": "=<", "right": "b" } ] }
            """;

        var errors = GovernanceDataLoader.LoadReportFigures(Encoding.UTF8.GetBytes(json)).Errors;

        Assert.Equal(["$.figures[0].text", "$.rules[0].operator", "$.rules[0].left", "$.rules[0].right"], errors.Select(e => e.JsonPath));
    }
}
