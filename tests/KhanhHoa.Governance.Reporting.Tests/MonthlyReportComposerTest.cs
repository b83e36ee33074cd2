using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using System.Text.Json;
using System.Text;
using KhanhHoa.Governance.Calendar;
using KhanhHoa.Governance.Data;
using KhanhHoa.Governance.Indicators;
using KhanhHoa.Governance.Organization;
using KhanhHoa.Governance.Rollup;
using KhanhHoa.Governance.Reporting.Documents;
using KhanhHoa.Governance.Submissions;
using KhanhHoa.Governance.Tasks;
using KhanhHoa.Governance.Testing;
using KhanhHoa.Governance.Tests.Shared;

namespace KhanhHoa.Governance.Reporting.Tests;

public sealed class MonthlyReportComposerTest
{
    private const string PlanId = "3433/KH-UBND";

    private static readonly ReportingPeriod September = ReportingPeriod.Month(2025, 9, CutoffRule.OnDay(15));
    private static readonly LocalDate AsOf = new(2025, 9, 15);

    private static readonly OrgUnit[] Units =
    [
        new() { Code = "KH", Name = "Tỉnh Khánh Hòa" },
        new() { Code = "X01", Name = "Phường Nha Trang", ParentCode = "KH" },
        new() { Code = "X02", Name = "Phường Cam Ranh", ParentCode = "KH" },
        new() { Code = "X03", Name = "Xã Khánh Sơn", ParentCode = "KH" },
    ];

    private static readonly Lazy<RollupResult> Rollup = new(() =>
    {
        ReportingPeriod[] months = [ReportingPeriod.Month(2025, 7, CutoffRule.OnDay(15)), ReportingPeriod.Month(2025, 8, CutoffRule.OnDay(15)), September];
        var engine = RollupEngine.Create(Units, months).Value;
        // X03 sends nothing: the completeness section must list it as missing.
        var store = SyntheticDossiers.Generate(["KH", "X01", "X02"], new LocalDate(2025, 6, 16), AsOf, 6000, seed: 11);
        return engine.Run(store, maxDegreeOfParallelism: 1).Value;
    });

    private static IReadOnlyDictionary<string, IReadOnlyDictionary<string, ProgressHistory>> Progress() =>
        new Dictionary<string, IReadOnlyDictionary<string, ProgressHistory>>
        {
            [PlanId] = new Dictionary<string, ProgressHistory>
            {
                ["4"] = ProgressHistory.Empty.Append(ProgressUpdate.Completed(new LocalDate(2025, 3, 28))),
                // Extended to Friday 29/8/2025 and still open: overdue on 15/9 by 9 working days
                // (3–5, 8–12 and 15 September; 1–2 September are the National Day holiday).
                ["8"] = ProgressHistory.Empty.Append(ProgressUpdate.Extended(new LocalDate(2025, 4, 20), new LocalDate(2025, 8, 29))),
                ["11"] = ProgressHistory.Empty.Append(new ProgressUpdate { Date = new LocalDate(2025, 5, 2), Kind = ProgressUpdateKind.Cancelled }),
                ["16"] = ProgressHistory.Empty.Append(ProgressUpdate.Completed(new LocalDate(2025, 9, 10))),
            },
        };

    private static MonthlyReportSources Sources() => new()
    {
        Period = September,
        AsOf = AsOf,
        Header = new ReportHeader("UBND TỈNH KHÁNH HÒA", "BAN CHỈ ĐẠO TỈNH KHÁNH HÒA", null, "BC-BCĐ", "Khánh Hòa", AsOf, "BÁO CÁO", "Kết quả thực hiện Đề án 06 tháng 9/2025"),
        Signature = new SignatureBlock("TM. BAN CHỈ ĐẠO", "TRƯỞNG BAN", "CHỦ TỊCH UBND TỈNH", "Nguyễn Văn A"),
        Rollups = Rollup.Value.Periods,
        RootUnitCode = "KH",
        Catalog = GovernanceData.Default.Indicators,
        Plans = GovernanceData.Default.Plans,
        Progress = Progress(),
        Calendar = SampleReport.Calendar,
        ReportFigures = GovernanceData.Default.ReportFigures,
        MeasureRules =
        [
            new ConsistencyRule
            {
                Id = "TEST.ONLINE.FULL",
                Description = "Every online dossier is a full-online one",
                Left = MeasureExpression.Of("received_online"),
                Operator = RuleOperator.LessThanOrEqualTo,
                Right = MeasureExpression.Of("received_full_online"),
            },
        ],
        DossierProvenance = Provenance.Synthetic,
        Recipients = [new Recipient("Văn phòng Chính phủ", "báo cáo"), new Recipient("Lưu: VT")],
    };

    private static readonly Lazy<MonthlyReport> Report = new(() => MonthlyReportComposer.Compose(Sources()).GetValueOrThrow());

    [Fact]
    public void Each_units_measures_in_the_json_equal_the_rollups()
    {
        using var json = JsonDocument.Parse(JsonReportRenderer.ToJson(Report.Value));
        var root = json.RootElement;
        var period = Rollup.Value.Periods.Single(p => p.Period == September);

        Assert.Equal("2025-09", root.GetProperty("period").GetProperty("id").GetString());
        Assert.Equal("2025-08-16", root.GetProperty("period").GetProperty("start").GetString());
        Assert.Equal("2025-09-15", root.GetProperty("period").GetProperty("end").GetString());
        var units = root.GetProperty("units").EnumerateArray().ToList();
        Assert.Equal(Units.Select(u => u.Code).Order(StringComparer.Ordinal), units.Select(u => u.GetProperty("code").GetString()));
        foreach (var unit in units)
        {
            var rollup = period.Find(unit.GetProperty("code").GetString()!)!;
            Assert.Equal(rollup.ParentCode, unit.GetProperty("parent").GetString());
            var measures = unit.GetProperty("measures");
            Assert.Equal(DossierMeasures.Count, measures.EnumerateObject().Count());
            foreach (var measure in DossierMeasures.All)
            {
                Assert.Equal(rollup.Measures[measure], measures.GetProperty(DossierMeasures.NameOf(measure)).GetInt64());
            }
        }

        Assert.True(period.Find("KH")!.Measures.Received > 0);
    }

    [Fact]
    public void An_indicator_is_the_ratio_of_the_roots_sums_with_its_trend_and_target()
    {
        var report = Report.Value;
        var months = Rollup.Value.Periods.Select(p => p.Find("KH")!.Measures).ToList();
        var row = report.Indicators.Single(r => r.Code == "I766.TT.04");

        Assert.Equal(ReportIndicatorSection.PublicServicesCode, row.Group);
        Assert.Equal(months[2].ReceivedOnline, row.Numerator);
        Assert.Equal(months[2].Received, row.Denominator);
        Assert.Equal(Math.Round(months[2].ReceivedOnline * 100m / months[2].Received, 2, MidpointRounding.AwayFromZero), row.Value);
        var august = Math.Round(months[1].ReceivedOnline * 100m / months[1].Received, 2, MidpointRounding.AwayFromZero);
        Assert.Equal(august, row.PreviousValue);
        Assert.Equal(row.Value - august, row.MonthOnMonthChange);
        Assert.Equal([new YearMonth(2025, 7), new YearMonth(2025, 8), new YearMonth(2025, 9)], row.Trend.Select(p => p.Month));
        Assert.Equal(80m, row.Target!.Value);                        // 3433/KH-UBND task 61: ≥ 80% by December 2025
        Assert.Equal(new LocalDate(2025, 12, 31), row.Target.Deadline);
        Assert.Equal(Provenance.Synthetic, row.Provenance);

        var onTime = report.Indicators.Single(r => r.Code == "I766.TD.01");
        Assert.Equal(months[2].ResolvedOnTime + months[2].PendingEnd - months[2].PendingOverdueEnd, onTime.Numerator);
        Assert.Equal(months[2].Resolved + months[2].PendingEnd, onTime.Denominator);
        Assert.Contains(report.IndicatorGroups, g => g.Code == ReportIndicatorSection.DigitisationCode && g.Rows.Any(r => r.Code == "I766.SH.02"));
        Assert.Equal(months[2].Received, report.Indicators.Single(r => r.Code == "DOS.RCV.01").Value);
    }

    [Fact]
    public void A_target_whose_document_was_issued_after_the_as_of_date_is_not_applied()
    {
        // EMC.ON.01's only target is "> 70 %" of 954/QĐ-UBND, issued on 11/11/2025.
        var september = Report.Value.Indicators.Single(r => r.Code == "EMC.ON.01");
        var issuedDay = MonthlyReportComposer.Compose(Sources() with { AsOf = new LocalDate(2025, 11, 11) }).GetValueOrThrow().Indicators.Single(r => r.Code == "EMC.ON.01");

        Assert.Null(september.Target);
        Assert.Equal(70m, issuedDay.Target!.Value);
        Assert.Equal(TargetComparator.GreaterThan, issuedDay.Target.Comparator);      // strict, as the core reads "đạt trên 70%"
        Assert.StartsWith("> 70%", issuedDay.Target.Text, StringComparison.Ordinal);
        // The target's document as an official cites it, by its type and number.
        Assert.EndsWith("; Quyết định số 954/QĐ-UBND)", issuedDay.Target.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_first_target_already_issued_applies_even_when_a_later_one_is_listed_before_it()
    {
        const string json = """
            {
              "indicators": [ { "code": "ON", "nameVi": "Tỷ lệ hồ sơ nộp trực tuyến", "nameEn": "online", "numerator": "received_online", "denominator": "received" } ],
              "targets": [
                { "id": "later", "indicator": "ON", "comparator": ">=", "value": 90, "deadline": "Tháng 12/2025",
                  "source": { "document": "2/KH-UBND", "issued": "2025-10-01", "location": "l", "quote": "90%" } },
                { "id": "earlier", "indicator": "ON", "comparator": ">=", "value": 80, "deadline": "Tháng 12/2025",
                  "source": { "document": "1/KH-UBND", "issued": "2025-03-26", "location": "l", "quote": "80%" } }
              ]
            }
            """;
        var sources = Sources() with { Catalog = GovernanceDataLoader.LoadIndicatorCatalog(Encoding.UTF8.GetBytes(json)).Value, IndicatorSections = [new ReportIndicatorSection("DVC", "DVC", ["ON"])] };

        Assert.Equal(80m, MonthlyReportComposer.Compose(sources).GetValueOrThrow().Indicators.Single().Target!.Value);
        Assert.Equal(90m, MonthlyReportComposer.Compose(sources with { AsOf = new LocalDate(2025, 10, 1) }).GetValueOrThrow().Indicators.Single().Target!.Value);
    }

    [Fact]
    public void Plans_issued_after_the_as_of_date_are_left_out_and_named()
    {
        var report = Report.Value;

        Assert.Equal(["954/QĐ-UBND"], MonthlyReportComposer.PlansIssuedAfterAsOf(Sources()).Select(p => p.Id));
        Assert.DoesNotContain(report.Tasks.ByPlan, s => s.Name == "954/QĐ-UBND");
        Assert.Contains(MonthlyReportComposer.Compose(Sources() with { AsOf = new LocalDate(2025, 11, 11) }).GetValueOrThrow().Tasks.ByPlan, s => s.Name == "954/QĐ-UBND");
        Assert.Empty(MonthlyReportComposer.PlansIssuedAfterAsOf(Sources() with { AsOf = new LocalDate(2025, 11, 11) }));
    }

    [Fact]
    public void The_two_by_two_counts_sum_to_the_tasks_that_have_a_due_date()
    {
        var report = Report.Value;
        var issued = GovernanceData.Default.Plans.Where(plan => plan.Directive.IssuedOn is not { } day || day <= AsOf).ToList();
        var expected = issued
            .SelectMany(plan => TaskStatusEvaluator.EvaluatePlan(plan, Progress().GetValueOrDefault(plan.Id) ?? new Dictionary<string, ProgressHistory>(), AsOf))
            .Where(s => s.Status != PlanTaskStatus.Cancelled)
            .ToList();
        var total = report.Tasks.Total;

        Assert.Equal(expected.Count(s => s.DueDate is not null || s.IsCompleted), total.CompletedOnTime + total.CompletedLate + total.OpenWithinDeadline + total.OpenOverdue);
        Assert.Equal(expected.Count(s => s.Status == PlanTaskStatus.Overdue), total.OpenOverdue);
        Assert.Equal(expected.Count, total.Total);
        Assert.Equal(total, SampleReport.Sum(report.Tasks.ByPlan.Select(s => s.Counts)));
        Assert.Equal(total, SampleReport.Sum(report.Tasks.ByAgency.Select(s => s.Counts)));
        Assert.Equal(issued.Select(p => p.Id).Order(StringComparer.Ordinal), report.Tasks.ByPlan.Select(s => s.Name));
        Assert.True(report.Tasks.ByPlan.Single(s => s.Name == PlanId).Counts.CompletedOnTime >= 2);
    }

    [Fact]
    public void A_task_overdue_in_its_history_is_listed_with_its_working_days_late()
    {
        var tasks = Report.Value.Tasks;

        var eight = tasks.Overdue.Single(t => t.Plan == PlanId && t.Id == "8");
        Assert.Equal(new LocalDate(2025, 8, 29), eight.Deadline);
        Assert.Equal(9, eight.WorkingDaysLate);
        Assert.Equal("Sở Khoa học và Công nghệ", eight.LeadAgency);
        Assert.DoesNotContain(tasks.Overdue, t => t.Plan == PlanId && t.Id is "4" or "11" or "16");
        Assert.All(tasks.DueSoon, t => Assert.InRange(SampleReport.Calendar.WorkingDaysBetween(AsOf, t.Deadline), 0, TaskStatusOptions.Default.DueSoonWorkingDays));
    }

    [Fact]
    public void Violations_come_from_report_87_and_from_the_measure_rules()
    {
        var violations = Report.Value.Violations;

        var levels = violations.Single(v => v.RuleCode == "R87.FULL.LEVELS");
        Assert.Equal(Provenance.Reported, levels.Provenance);
        Assert.Contains(levels.Figures, f => f.Value == 1224m);
        Assert.Equal(GovernanceData.Default.ReportFigures.Check().Violations.Count, violations.Count(v => v.RuleCode.StartsWith("R87.", StringComparison.Ordinal)));
        var own = violations.Where(v => v.RuleCode == "TEST.ONLINE.FULL").ToList();
        Assert.Contains(own, v => v.UnitCode == "KH" && v.Provenance == Provenance.Synthetic);
    }

    [Fact]
    public void A_report_87_finding_reads_in_Vietnamese_cites_its_section_and_keeps_the_English_text()
    {
        var violations = Report.Value.Violations;

        var levels = violations.Single(v => v.RuleCode == "R87.FULL.LEVELS");
        Assert.Equal(
            "Số TTHC cung cấp DVC trực tuyến toàn trình cấp tỉnh cộng cấp xã bằng tổng số TTHC cung cấp DVC trực tuyến toàn trình: "
            + "Số TTHC cung cấp DVC trực tuyến toàn trình, cấp tỉnh (1.074) + số TTHC cung cấp DVC trực tuyến toàn trình, cấp xã (392) = 1.466, "
            + "khác số TTHC cung cấp DVC trực tuyến toàn trình (1.224)",
            levels.Description);
        Assert.Equal("Full-online TTHC: provincial + commune = total: full_online_province + full_online_commune = 1.466 fails == 1.224", levels.DescriptionEn);
        Assert.Equal("87/BC-BCĐ, mục I.4.a", levels.Citation);
        Assert.Contains(new ViolationFigure("Số TTHC cung cấp DVC trực tuyến toàn trình", 1_224m), levels.Figures);
        Assert.Equal("87/BC-BCĐ, chú thích 6", violations.Single(v => v.RuleCode == "R87.SURVEY.UNITS").Citation);
        using var json = JsonDocument.Parse(JsonReportRenderer.ToJson(Report.Value));
        var written = json.RootElement.GetProperty("violations").EnumerateArray().Single(v => v.GetProperty("ruleCode").GetString() == "R87.FULL.LEVELS");
        Assert.Equal((levels.Description, levels.DescriptionEn, levels.Citation), (written.GetProperty("description").GetString(), written.GetProperty("descriptionEn").GetString(), written.GetProperty("citation").GetString()));
    }

    [Fact]
    public void A_measure_finding_cites_the_appendix_columns_and_names_its_unit()
    {
        var own = Report.Value.Violations.First(v => v.RuleCode == "TEST.ONLINE.FULL" && v.UnitCode == "KH");

        Assert.Equal("Phụ lục II, cột Số hồ sơ tiếp nhận trực tuyến; Số hồ sơ tiếp nhận trực tuyến toàn trình", own.Citation);
        Assert.Equal(Rollup.Value.Periods[^1].Find("KH")!.Unit.Name, own.UnitName);
        // The rule has no Vietnamese description, so its English one stands in; the sentence is Vietnamese all the same.
        Assert.StartsWith("Every online dossier is a full-online one: Số hồ sơ tiếp nhận trực tuyến (", own.Description, StringComparison.Ordinal);
        Assert.Contains(") lớn hơn số hồ sơ tiếp nhận trực tuyến toàn trình (", own.Description, StringComparison.Ordinal);
        Assert.Equal(["Số hồ sơ tiếp nhận trực tuyến", "Số hồ sơ tiếp nhận trực tuyến toàn trình"], own.Figures.Select(f => f.Name));
    }

    [Fact]
    public void A_citation_groups_sections_and_footnotes_each_once()
    {
        Assert.Equal("87/BC-BCĐ, mục I.1.a, I.5.b; chú thích 6, 12", ViolationCitation.Of("87/BC-BCĐ", ["I.1.a", "footnote 6", "I.5.b", "I.1.a", "footnote 12"]));
        Assert.Equal("P06.MONTHLY", ViolationCitation.Of("P06.MONTHLY", []));
    }

    // Whatever part of report 87's form a unit sends, each figure it sent is printed once: as a row under the subsection
    // of its section, as the numerator or denominator beside its stated rate, or as the running total beside its period
    // figure (or as a row of its own when its partner was not sent) — and nothing it did not send is printed.
    [Property(MaxTest = 40)]
    public Property Every_submitted_figure_is_printed_once_under_its_section_whatever_part_of_the_form_was_sent()
    {
        var data = GovernanceData.Default;
        var p06 = data.DataSets.Find("P06.MONTHLY")!;
        // A ratio of many owners' parts is not sent but computed from its parts, and printed when both were sent.
        var figures = data.ReportFigures!.Figures.Where(f => p06.FindElement(f.Id)!.Aggregation != ElementAggregation.Ratio).Select(FigureValue.FromPrinted).ToArray();
        var ratios = p06.Elements.Where(static e => e.Aggregation == ElementAggregation.Ratio).ToList();
        var desk = new SubmissionDesk(data.DataSets, data.OrgUnits, data.Plans);
        var layout = ReportIndicatorSection.Project06Layout(data.Indicators);
        return Prop.ForAll(Gen.Elements(true, false).ArrayOf(figures.Length).ToArbitrary(), mask =>
        {
            var sent = figures.Where((_, i) => mask[i]).ToArray();
            var period = p06.ParsePeriod("2025-09").AsT0;
            var tree = data.OrgUnits.AsOf(period.End);
            // Each figure from one of its owners (a commune's part from one commune).
            var accepted = sent.GroupBy(f => desk.ExpectedReporters(p06, period).First(u => p06.OwnersOf(p06.FindElement(f.Element)!).Covers(u, tree.Units.Single(t => t.Code == u).Kind)))
                .Select(g => desk.Check(new Submission
                {
                    UnitCode = g.Key,
                    DataSetCode = p06.Code,
                    Period = period,
                    SubmittedAt = new LocalDateTime(2025, 9, 11, 16, 0),
                    Figures = [.. g],
                }).Value).ToList();
            var report = MonthlyReportComposer.Compose(Sources() with
            {
                Submissions = [.. accepted.Select(static a => new SubmittedReport(a, Provenance.Reported))],
                SubmittedFigures = SubmissionAggregation.Aggregate(p06, accepted, tree, "KHANH_HOA"),
            }).GetValueOrThrow();
            var rows = report.IndicatorGroups.SelectMany(g => g.Figures.Select(f => (g.Code, Figure: f))).ToList();
            int Printed(string code) =>
                rows.Count(r => r.Figure.Code == code)
                + rows.Sum(r => r.Figure.Parts.Count(p => p.Code == code))
                + (p06.FindElement(code)!.CumulativeOf is { } period && rows.Any(r => r.Figure.Code == period && r.Figure.Cumulative is not null) ? 1 : 0);
            var codes = sent.Select(f => f.Element).ToHashSet(StringComparer.Ordinal);
            codes.UnionWith(ratios.Where(r => codes.Contains(r.Numerator!) && codes.Contains(r.Denominator!)).Select(static r => r.Code));
            return sent.All(f => Printed(f.Element) == 1)
                && rows.All(r => codes.Contains(r.Figure.Code) && layout.Single(g => g.Takes(p06.FindElement(r.Figure.Code)!.Section)).Code == r.Code);
        });
    }

    // A difficulty carried over prints the text its unit gave it last and says it persists; an earlier period's own
    // difficulties are not the period's; with no earlier text received the report says so instead of an empty line.
    [Fact]
    public void A_carried_over_difficulty_prints_its_earlier_text_and_that_it_persists()
    {
        var data = GovernanceData.Default;
        var p06 = data.DataSets.Find("P06.MONTHLY")!;
        var desk = new SubmissionDesk(data.DataSets, data.OrgUnits, data.Plans);
        SubmittedReport Sent(string period, params Difficulty[] difficulties) => new(desk.Check(new Submission
        {
            UnitCode = "VP_UBND", DataSetCode = p06.Code, Period = p06.ParsePeriod(period).AsT0, SubmittedAt = new LocalDateTime(2025, 9, 11, 16, 0),
            Figures = [new FigureValue("tthc_total", "2156")], Difficulties = difficulties,
        }).GetValueOrThrow(), Provenance.Reported);
        var report = MonthlyReportComposer.Compose(Sources() with
        {
            Submissions =
            [
                Sent("2025-08", new Difficulty("Kinh phí", "Chưa bố trí kinh phí số hoá hồ sơ"), new Difficulty("Nhân lực", "Thiếu công chức CNTT")),
                Sent("2025-09", new Difficulty("Kinh phí", string.Empty) { CarriedOver = true }, new Difficulty("Hạ tầng", string.Empty) { CarriedOver = true }),
            ],
        }).GetValueOrThrow();
        var markdown = MarkdownReportRenderer.ToMarkdown(report);

        Assert.Equal(["Kinh phí", "Hạ tầng"], report.Difficulties.Select(static d => d.Topic));
        Assert.Contains("- Chưa bố trí kinh phí số hoá hồ sơ. Nội dung này vẫn tồn tại, không thay đổi so với kỳ báo cáo trước. (Đơn vị nêu: ", markdown, StringComparison.Ordinal);
        Assert.Contains("- Không thay đổi so với các kỳ báo cáo trước (chưa nhận được nội dung đơn vị nêu ở kỳ trước). (Đơn vị nêu: ", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("Thiếu công chức CNTT", markdown, StringComparison.Ordinal);
        Assert.Contains("\"carriedOver\": true", JsonReportRenderer.ToJson(report), StringComparison.Ordinal);
        Assert.Empty(PublishedSchemas.Errors(PublishedSchemas.Load("monthly-report.schema.json"), JsonReportRenderer.ToJson(report)));
    }

    // Issue 25, item 2: a unit's own text prints under its section after the figures, attributed as report 87 writes it;
    // a section with no figure but a text prints the text instead of "Chưa có số liệu"; a synthetic submission's text is
    // labelled in a review and absent from a signable copy; the office's own text still replaces the whole section.
    [Fact]
    public void A_units_own_text_prints_under_its_section_and_a_synthetic_one_only_in_a_review()
    {
        var data = GovernanceData.Default;
        var p06 = data.DataSets.Find("P06.MONTHLY")!;
        var desk = new SubmissionDesk(data.DataSets, data.OrgUnits, data.Plans);
        SubmittedReport Sent(string unit, FigureValue figure, Provenance provenance, params SectionText[] texts) => new(desk.Check(new Submission
        {
            UnitCode = unit, DataSetCode = p06.Code, Period = p06.ParsePeriod("2025-09").AsT0, SubmittedAt = new LocalDateTime(2025, 9, 11, 16, 0),
            Figures = [figure], Texts = texts,
        }).GetValueOrThrow(), provenance);
        var sources = Sources() with
        {
            ReportFigures = null,
            Submissions =
            [
                Sent("VP_UBND", new FigureValue("tthc_total", "2156"), Provenance.Reported,
                    new SectionText("I.2", "Đăng tải 12 tin, bài tuyên truyền trên Cổng thông tin điện tử tỉnh."), new SectionText("II", "Thiếu kinh phí số hóa.")),
                Sent("SO_KHCN", new FigureValue("villages_fibre_rate", "95"), Provenance.Synthetic,
                    new SectionText("I.2", "Tổ chức 03 hội nghị tập huấn.")),
            ],
        };
        var review = MonthlyReportComposer.Compose(sources).GetValueOrThrow();
        var signable = SignableReport.Of(review);

        const string Propaganda = "Tuyên truyền thực hiện Đề án";
        Assert.Equal(
            ["- VP_UBND: Đăng tải 12 tin, bài tuyên truyền trên Cổng thông tin điện tử tỉnh.", $"- SO_KHCN: Tổ chức 03 hội nghị tập huấn. (Nguồn: {ReportText.SyntheticLabel})"],
            Under(ReportDocumentComposer.Compose(review), Propaganda));
        Assert.Equal(["- VP_UBND: Đăng tải 12 tin, bài tuyên truyền trên Cổng thông tin điện tử tỉnh."], Under(ReportDocumentComposer.Compose(signable), Propaganda));
        Assert.Contains("- VP_UBND: Thiếu kinh phí số hóa.", Under(ReportDocumentComposer.Compose(signable), ReportText.SectionDifficultiesTitle));
        var markdown = MarkdownReportRenderer.ToMarkdown(signable);
        // The rollup here knows no department, so the unit is named by its code (Markdown escapes its underscore).
        Assert.Contains("- VP\\_UBND: Đăng tải 12 tin, bài tuyên truyền trên Cổng thông tin điện tử tỉnh.", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("Tổ chức 03 hội nghị tập huấn", markdown, StringComparison.Ordinal);
        Assert.True(review.ContainsSyntheticData);
        Assert.Empty(PublishedSchemas.Errors(PublishedSchemas.Load("monthly-report.schema.json"), JsonReportRenderer.ToJson(review)));

        var own = MonthlyReportComposer.Compose(sources with { SectionTexts = new Dictionary<string, IReadOnlyList<string>> { ["II"] = ["Không có khó khăn."] } }).GetValueOrThrow();
        Assert.Equal(["Không có khó khăn."], Under(ReportDocumentComposer.Compose(own), ReportText.SectionDifficultiesTitle));
    }

    private static List<string> Under(Reporting.Documents.ReportDocument document, string heading) =>
        [.. document.Body.SkipWhile(b => b is not Reporting.Documents.DocumentHeading { Text: var text } || text != heading).Skip(1)
            .TakeWhile(static b => b is not Reporting.Documents.DocumentHeading).Select(static b => b is Reporting.Documents.DocumentParagraph p ? string.Concat(p.Inlines.Select(static i => i.Text)) : b.GetType().Name)];

    // The 766 index is computed from its counters (the dossiers' and those Văn phòng UBND tỉnh sends) once every one is
    // there; with some missing the report says "chưa có số liệu" and which, never a total counting them as zero.
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void The_766_index_is_scored_from_its_counters_or_says_chua_co_so_lieu(bool all)
    {
        var data = GovernanceData.Default;
        var targets = data.DataSets.Find("CHITIEU.MONTHLY")!;
        var index = data.Indicators.Indexes.Single();
        var counters = index.Counters.Where(c => !DossierMeasures.TryParse(c, out _)).ToList();
        var sent = all ? counters : counters.Take(3).ToList();
        var period = targets.ParsePeriod("2025-12").AsT0;
        var submission = new SubmissionDesk(data.DataSets, data.OrgUnits, data.Plans).Check(new Submission
        {
            UnitCode = "VP_UBND", DataSetCode = targets.Code, Period = period, SubmittedAt = new LocalDateTime(2025, 12, 10, 9, 0),
            Figures = [.. sent.Select(c => new FigureValue(targets.Elements.Single(e => e.Measure == c).Code, "10"))],
        }).GetValueOrThrow();
        var report = MonthlyReportComposer.Compose(Sources() with
        {
            Submissions = [new SubmittedReport(submission, Provenance.Reported)],
            SubmittedFigures = SubmissionAggregation.Aggregate(targets, [submission], data.OrgUnits.AsOf(period.End), "KHANH_HOA"),
        }).GetValueOrThrow();

        var shown = Assert.Single(report.Indexes);
        var line = ReportText.IndexLine(shown);
        Assert.Contains(line, MarkdownReportRenderer.ToMarkdown(report), StringComparison.Ordinal);
        if (all)
        {
            Assert.Equal(index.Score(RollupIndicators.ToDictionary(Report.Value.Units.Single(u => u.Code == "KH").Measures).Concat(counters.Select(c => KeyValuePair.Create(c, 10L))).ToDictionary()).Total, shown.Score!.Total);
            Assert.StartsWith($"{index.NameVi}: ", line, StringComparison.Ordinal);
            Assert.Contains("/100 điểm (nhóm CKMB ", line, StringComparison.Ordinal);
        }
        else
        {
            Assert.Null(shown.Score);
            Assert.Equal(counters.Skip(3), shown.Missing);
            Assert.Contains($": chưa có số liệu (còn thiếu {counters.Count - 3}/{index.Counters.Count} số liệu đầu vào). (giả lập)", line, StringComparison.Ordinal);
        }

        Assert.Empty(Report.Value.Indexes);
        Assert.Empty(PublishedSchemas.Errors(PublishedSchemas.Load("monthly-report.schema.json"), JsonReportRenderer.ToJson(report)));
    }

    [Fact]
    public void With_submissions_the_annex_states_the_cores_completeness_per_data_set_and_the_units_that_sent_all()
    {
        var plan3433 = GovernanceData.Default.DataSets.Find("3433.PROGRESS")!;
        UnitTimeliness Sent(string unit) => new(unit, new LocalDateTime(2025, 9, 10, 9, 0), true, 0);
        var rate = new ReportingRate(plan3433, September, AsOf, AsOf, ["X01", "X02", "X03"], [Sent("X01"), Sent("X02")], ["X03"], [new Reminder("X03", 0)]);
        var report = MonthlyReportComposer.Compose(Sources() with { ReportingRates = [rate] }).GetValueOrThrow();

        Assert.Equal([rate], report.Completeness.Reports!.DataSets);
        var markdown = MarkdownReportRenderer.ToMarkdown(report);
        // A row per data set by its name, the total below; no source column: the desk's receipts are its own records.
        Assert.Contains($"| {plan3433.Name} | 3 | 2 | 2 | 66,67% | 1 |\n| **Tổng số** | **3** | **2** | **2** | **66,67%** | **1** |", markdown, StringComparison.Ordinal);
        Assert.Contains("2/3 đơn vị đã gửi đủ báo cáo; chưa gửi đủ: Xã Khánh Sơn.", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("3433.PROGRESS", markdown, StringComparison.Ordinal);

        // The desk's receipts are a fact: a signable copy states them as they are.
        var signable = MarkdownReportRenderer.ToMarkdown(MonthlyReportComposer.Compose(Sources() with { ReportingRates = [rate], Purpose = ReportPurpose.Signable }).GetValueOrThrow());
        Assert.Contains($"| {plan3433.Name} | 3 | 2 | 2 | 66,67% | 1 |", signable, StringComparison.Ordinal);
    }

    [Fact]
    public void Completeness_lists_the_units_without_dossiers()
    {
        var completeness = Report.Value.Completeness;

        Assert.Equal(["X01", "X02", "X03"], completeness.Units.Select(u => u.Code));
        Assert.Equal("X03", completeness.Missing.Single().Code);
        Assert.Equal(Provenance.Synthetic, completeness.Provenance);
    }

    [Fact]
    public void The_synthetic_flag_reaches_every_format()
    {
        var report = Report.Value;

        Assert.True(report.ContainsSyntheticData);
        Assert.Contains("\"containsSyntheticData\": true", JsonReportRenderer.ToJson(report), StringComparison.Ordinal);
        Assert.Contains(ReportText.SyntheticBanner, MarkdownReportRenderer.ToMarkdown(report), StringComparison.Ordinal);
        foreach (var renderer in MonthlyReportRenderers.All)
        {
            var bytes = renderer.RenderToBytes(report);
            Assert.Equal(bytes, renderer.RenderToBytes(MonthlyReportComposer.Compose(Sources()).GetValueOrThrow()));
        }

        var html = Encoding.UTF8.GetString(HtmlReportRenderer.Instance.RenderToBytes(report));
        Assert.Contains("GIẢ LẬP", html, StringComparison.Ordinal);

        // Inside the packages, as Word and Excel show it: the banner in the document's body and on the first sheet.
        Assert.Contains(ReportText.SyntheticBanner, PartText(DocxReportRenderer.Instance.RenderToBytes(report), "word/document.xml"), StringComparison.Ordinal);
        Assert.Contains(ReportText.SyntheticBanner, PartText(XlsxReportRenderer.Instance.RenderToBytes(report), "xl/worksheets/sheet1.xml"), StringComparison.Ordinal);
    }

    // The text of a package part's elements, in document order.
    private static string PartText(byte[] package, string part)
    {
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(package));
        using var stream = zip.GetEntry(part)!.Open();
        return string.Join('\n', System.Xml.Linq.XDocument.Load(stream).Descendants().Where(e => !e.HasElements).Select(e => e.Value));
    }

    [Fact]
    public void The_as_of_date_comes_from_a_clock_in_the_zone()
    {
        var clock = new FixedClock(Instant.FromUtc(2025, 9, 14, 18, 30));   // 01:30 on 15/9 in UTC+7
        var zone = DateTimeZoneProviders.Tzdb["Asia/Ho_Chi_Minh"];

        Assert.Equal(AsOf, MonthlyReportComposer.Today(clock, zone));
    }

    [Fact]
    public void Sources_that_cannot_make_a_report_give_every_error_naming_its_field_not_an_exception()
    {
        var read = MonthlyReportComposer.Compose(Sources() with
        {
            Period = ReportingPeriod.Month(2025, 10, CutoffRule.OnDay(15)),
            IndicatorSections = [new ReportIndicatorSection("X", "X", ["DS.ON.01", "NOPE.01"])],
        });

        Assert.False(read.Success);
        Assert.Equal(["Rollups", "IndicatorSections"], read.Errors.Select(e => e.Field));
        Assert.Contains("DS.ON.01, NOPE.01", read.Errors[1].Message, StringComparison.Ordinal);
        Assert.Equal("RootUnitCode", Assert.Single(MonthlyReportComposer.Compose(Sources() with { RootUnitCode = "NOPE" }).Errors).Field);
        Assert.Equal("ExpectedReporters", Assert.Single(MonthlyReportComposer.Compose(Sources() with { ExpectedReporters = ["KHANH_HOA", "NOWHERE"] }).Errors).Field);
    }

    private sealed class FixedClock(Instant now) : IClock
    {
        public Instant GetCurrentInstant() => now;
    }

    // Whatever the units sent and however real it is, the signable report states only what a unit reported: no
    // synthetic or computed figure, no judgement, no internal check, in the model and in every word of every format.
    [Property(MaxTest = 25)]
    public Property A_signable_report_never_contains_a_synthetic_item_or_a_judgement()
    {
        var data = GovernanceData.Default;
        var p06 = data.DataSets.Find("P06.MONTHLY")!;
        var figures = data.ReportFigures!.Figures.Where(f => p06.FindElement(f.Id)!.Aggregation != ElementAggregation.Ratio).Select(FigureValue.FromPrinted).ToArray();
        var desk = new SubmissionDesk(data.DataSets, data.OrgUnits, data.Plans);
        var provenance = Gen.Elements(Provenance.Computed, Provenance.Reported, Provenance.Synthetic);
        var inputs = Gen.Elements(true, false).ArrayOf(figures.Length)
            .SelectMany(mask => Gen.Elements(Provenance.Reported, Provenance.Synthetic).ArrayOf(figures.Length).Select(kinds => (mask, kinds)))
            .SelectMany(sent => provenance.Two().Select(p => (sent.mask, sent.kinds, Dossiers: p.Item1, Tasks: p.Item2)));
        var period = p06.ParsePeriod("2025-09").AsT0;
        var tree = data.OrgUnits.AsOf(period.End);
        string Owner(FigureValue figure) =>
            desk.ExpectedReporters(p06, period).First(u => p06.OwnersOf(p06.FindElement(figure.Element)!).Covers(u, tree.Units.Single(t => t.Code == u).Kind));
        return Prop.ForAll(inputs.ToArbitrary(), input =>
        {
            var accepted = figures.Select((f, i) => (Figure: f, i)).Where(x => input.mask[x.i])
                .GroupBy(x => Owner(x.Figure))
                .Select(g => new SubmittedReport(desk.Check(new Submission
                {
                    UnitCode = g.Key,
                    DataSetCode = p06.Code,
                    Period = period,
                    SubmittedAt = new LocalDateTime(2025, 9, 11, 16, 0),
                    Figures = [.. g.Select(static x => x.Figure)],
                    Difficulties = [new Difficulty("Kinh phí", "Chưa bố trí kinh phí.")],
                }).Value, input.kinds[g.First().i])).ToList();
            var sources = Sources() with
            {
                Submissions = accepted,
                SubmittedFigures = SubmissionAggregation.Aggregate(p06, [.. accepted.Select(static a => a.Submission)], tree, "KHANH_HOA"),
                DossierProvenance = input.Dossiers,
                TaskProvenance = input.Tasks,
                Purpose = ReportPurpose.Signable,
            };
            // The desk's receipts too: their annex row is stated only when no synthetic submission is among them.
            var register = SubmissionRegister.Empty.Add(accepted.Select(static a => a.Submission));
            sources = sources with { ReportingRates = [ReportingRate.Take(p06, period, register, desk, SampleReport.Calendar, AsOf)] };
            var report = MonthlyReportComposer.Compose(sources).GetValueOrThrow();
            using var json = JsonDocument.Parse(JsonReportRenderer.ToJson(report));
            var strings = Strings(json.RootElement).ToList();
            var words = MonthlyReportRenderers.All.Where(static r => r.Format is "md" or "html").Select(r => Encoding.UTF8.GetString(r.RenderToBytes(report))).ToList();
            Assert.Equal(ReportPurpose.Signable, report.Purpose);
            Assert.False(report.ContainsSyntheticData);
            Assert.Equal("signable", json.RootElement.GetProperty("purpose").GetString());
            Assert.False(json.RootElement.GetProperty("containsSyntheticData").GetBoolean());
            Assert.All(strings.Where(static s => s.Name == "provenance"), static s => Assert.Equal("reported", s.Value));
            Assert.All(strings.Where(static s => s.Name == "status"), static s => Assert.Equal("noTarget", s.Value));
            Assert.All(strings.Where(static s => s.Name == "source"), static s => Assert.Contains(s.Value, new[] { "manual", "taskDueNextPeriod" }));
            Assert.All(report.Indicators, static row => Assert.True(row.Target is null && row.NoTargetReason is null));
            Assert.Empty(report.Violations);
            Assert.False(report.HasDataQualityAnnex);
            Assert.All(words, static text =>
            {
                Assert.DoesNotContain(ReportText.SyntheticLabel + ")", text, StringComparison.Ordinal);
                Assert.DoesNotContain("R87.", text, StringComparison.Ordinal);
            });
        });

        static IEnumerable<(string Name, string? Value)> Strings(JsonElement element, string name = "")
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    foreach (var property in element.EnumerateObject())
                    {
                        foreach (var found in Strings(property.Value, property.Name))
                        {
                            yield return found;
                        }
                    }

                    break;
                case JsonValueKind.Array:
                    foreach (var found in element.EnumerateArray().SelectMany(item => Strings(item, name)))
                    {
                        yield return found;
                    }

                    break;
                case JsonValueKind.String:
                    yield return (name, element.GetString());
                    break;
            }
        }
    }

    // The body and Phụ lục I tell one story: whichever units send which figures, every unit the body credits with a figure
    // is one the annex counts as having sent the data set, no unit the annex lists as missing is credited in the body, and
    // the body credits nobody exactly when the annex says nobody sent anything — in both purposes.
    [Property(MaxTest = 20)]
    public Property The_body_and_the_annex_agree_on_who_sent_what()
    {
        var data = GovernanceData.Default;
        var p06 = data.DataSets.Find("P06.MONTHLY")!;
        var figures = data.ReportFigures!.Figures.Where(f => p06.FindElement(f.Id)!.Aggregation != ElementAggregation.Ratio).Select(FigureValue.FromPrinted).ToArray();
        var desk = new SubmissionDesk(data.DataSets, data.OrgUnits, data.Plans);
        var period = p06.ParsePeriod("2025-09").AsT0;
        var tree = data.OrgUnits.AsOf(period.End);
        var expected = desk.ExpectedReporters(p06, period);
        string Owner(FigureValue figure) =>
            expected.First(u => p06.OwnersOf(p06.FindElement(figure.Element)!).Covers(u, tree.Units.Single(t => t.Code == u).Kind));
        var sends = Gen.Elements(true, false, false).ArrayOf(figures.Length).SelectMany(mask => Gen.Elements(ReportPurpose.Review, ReportPurpose.Signable).Select(purpose => (mask, purpose)));
        return Prop.ForAll(sends.ToArbitrary(), input =>
        {
            var accepted = figures.Where((_, i) => input.mask[i]).GroupBy(Owner)
                .Select(g => new SubmittedReport(desk.Check(new Submission
                {
                    UnitCode = g.Key, DataSetCode = p06.Code, Period = period, SubmittedAt = new LocalDateTime(2025, 9, 11, 16, 0), Figures = [.. g],
                }).Value, Provenance.Reported)).ToList();
            var register = SubmissionRegister.Empty.Add(accepted.Select(static a => a.Submission));
            var report = MonthlyReportComposer.Compose(Sources() with
            {
                Submissions = accepted,
                SubmittedFigures = SubmissionAggregation.Aggregate(p06, [.. accepted.Select(static a => a.Submission)], tree, "KHANH_HOA"),
                ReportingRates = [ReportingRate.Take(p06, period, register, desk, SampleReport.Calendar, AsOf)],
                Purpose = input.purpose,
            }).GetValueOrThrow();

            var receipts = Assert.Single(report.Completeness.DataSets);
            var rate = receipts.Rate!; // the desk's receipts of real submissions are stated in both purposes
            var sent = rate.Submitted.Select(static s => s.Unit).ToHashSet();
            var credited = report.IndicatorGroups.SelectMany(static g => g.Figures).SelectMany(static f => f.ReportedBy).ToHashSet();
            Assert.Subset(sent, credited);
            Assert.Empty(credited.Intersect(rate.Missing));
            Assert.Equal(rate.Submitted.Count == 0, credited.Count == 0);
            Assert.Contains($"| {p06.Name} | {rate.Expected.Count} | {rate.Submitted.Count} |", MarkdownReportRenderer.ToMarkdown(report), StringComparison.Ordinal);
        });
    }

    // The signable report loses none of what the units reported: every reported figure of the review is in it, in its
    // group, with its value; the review keeps everything and labels it.
    [Fact]
    public void The_signable_report_keeps_every_reported_figure_of_the_review_and_leaves_the_rest_to_fill()
    {
        var data = GovernanceData.Default;
        var p06 = data.DataSets.Find("P06.MONTHLY")!;
        var period = p06.ParsePeriod("2025-09").AsT0;
        var tree = data.OrgUnits.AsOf(period.End);
        var desk = new SubmissionDesk(data.DataSets, data.OrgUnits, data.Plans);
        SubmittedReport Sent(string unit, Provenance provenance, params FigureValue[] figures) => new(desk.Check(new Submission
        {
            UnitCode = unit, DataSetCode = p06.Code, Period = period, SubmittedAt = new LocalDateTime(2025, 9, 11, 16, 0), Figures = figures,
        }).GetValueOrThrow(), provenance);
        SubmittedReport[] sent = [Sent("VP_UBND", Provenance.Reported, new FigureValue("tthc_total", "2156")), Sent("SO_YT", Provenance.Synthetic, new FigureValue("kiosk_patients", "33964"))];
        var sources = Sources() with { Submissions = sent, SubmittedFigures = SubmissionAggregation.Aggregate(p06, [.. sent.Select(static s => s.Submission)], tree, "KHANH_HOA") };
        var review = MonthlyReportComposer.Compose(sources).GetValueOrThrow();
        var signable = MonthlyReportComposer.Compose(sources with { Purpose = ReportPurpose.Signable }).GetValueOrThrow();

        var figures = signable.IndicatorGroups.SelectMany(g => g.Figures).ToList();
        Assert.Contains(figures, f => f.Code == "tthc_total" && f.Value == 2156m && f.ReportedBy.Count == 1);
        Assert.Contains(figures, f => f.Code == "kiosk_patients" && f.Value is null && f.ReportedBy.Count == 0);
        Assert.Equal(ReportPurpose.Review, review.Purpose);
        Assert.True(review.ContainsSyntheticData);
        Assert.Contains(review.IndicatorGroups.SelectMany(g => g.Figures), f => f.Code == "kiosk_patients" && f.Provenance == Provenance.Synthetic);
        Assert.NotEmpty(review.Violations);
        var markdown = Encoding.UTF8.GetString(MonthlyReportRenderers.Markdown.RenderToBytes(signable));
        // A figure nobody sent in its own sentence (the sentence that would print it is of a figure not sent either).
        Assert.Contains("- Số bệnh nhân được tiếp đón qua kiosk: " + ReportText.ToFill + ".", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain(ReportText.DataQuality, markdown, StringComparison.Ordinal);
    }

    // Section III looks ahead only: whatever progress the units report, no task due on or before the period's end is
    // listed there (it is overdue, or done, and the task section says so), and none of the overdue tasks is.
    [Property(MaxTest = 30)]
    public Property Section_III_never_lists_a_task_due_on_or_before_the_period_s_end()
    {
        var plan = GovernanceData.Default.Plans.Single(p => p.Id == PlanId);
        var days = Gen.Choose(-120, 90).Select(d => AsOf.PlusDays(d));
        var update = Gen.OneOf(
            Gen.Constant<ProgressUpdate?>(null),
            days.Select(d => (ProgressUpdate?)ProgressUpdate.Completed(d < AsOf ? d : AsOf)),
            days.Select(d => (ProgressUpdate?)ProgressUpdate.Extended(AsOf.PlusDays(-150), d)));
        return Prop.ForAll(update.ArrayOf(plan.Tasks.Count).ToArbitrary(), updates =>
        {
            var histories = plan.Tasks.Select((task, i) => (task.Id, Update: updates[i])).Where(static x => x.Update is not null)
                .ToDictionary(static x => x.Id, static x => ProgressHistory.Empty.Append(x.Update!), StringComparer.Ordinal);
            var report = MonthlyReportComposer.Compose(Sources() with
            {
                Progress = new Dictionary<string, IReadOnlyDictionary<string, ProgressHistory>> { [PlanId] = histories },
            }).GetValueOrThrow();
            var overdue = report.Tasks.Overdue.Select(static t => (t.Id, t.LeadAgency, (LocalDate?)t.Deadline)).ToHashSet();
            var ahead = report.Priorities.Where(static p => p.Source == PrioritySource.TaskDueNextPeriod).ToList();
            return ahead.All(p => p.DueBy > report.Period.End && !overdue.Contains((p.Reference!, p.Responsible, p.DueBy)));
        });
    }

    // Section III cites a plan as an official does, by its document ("Kế hoạch số 3433/KH-UBND"; a number not yet given
    // left to fill), never by the library's id of it.
    [Fact]
    public void Section_III_cites_each_plan_by_its_document_not_its_id()
    {
        var plans = GovernanceData.Default.Plans;
        var report = MonthlyReportComposer.Compose(Sources() with
        {
            Progress = plans.ToDictionary(p => p.Id, p => (IReadOnlyDictionary<string, ProgressHistory>)p.Tasks.ToDictionary(
                t => t.Id, _ => ProgressHistory.Empty.Append(ProgressUpdate.Extended(AsOf.PlusDays(-30), AsOf.PlusDays(10))), StringComparer.Ordinal), StringComparer.Ordinal),
        }).GetValueOrThrow();
        var ahead = report.Priorities.Where(static p => p.Source == PrioritySource.TaskDueNextPeriod).Select(static p => p.Text).ToList();

        Assert.Contains(ahead, static text => text.Contains("(Kế hoạch số 3433/KH-UBND, nhiệm vụ", StringComparison.Ordinal));
        Assert.All(ahead, text => Assert.DoesNotContain(plans, plan => text.Contains($"({plan.Id},", StringComparison.Ordinal)));
    }

    // The task tables cite a plan as section III does: "BCĐ-2025" and "UBND-KGVX-2025-08" are the library's ids, which
    // the JSON keeps in its contract fields (byPlan[].name, overdue[].plan) but no table an official reads prints.
    [Fact]
    public void The_task_tables_cite_each_plan_by_its_document_not_its_id()
    {
        var plans = GovernanceData.Default.Plans;
        var report = MonthlyReportComposer.Compose(Sources() with
        {
            Progress = plans.ToDictionary(p => p.Id, p => (IReadOnlyDictionary<string, ProgressHistory>)p.Tasks.ToDictionary(
                t => t.Id, _ => ProgressHistory.Empty.Append(ProgressUpdate.Extended(AsOf.PlusDays(-30), AsOf.PlusDays(-5))), StringComparer.Ordinal), StringComparer.Ordinal),
        }).GetValueOrThrow();
        var ids = plans.Where(p => p.Directive.Number.ToString() != p.Id).Select(static p => p.Id).ToHashSet(StringComparer.Ordinal);
        Assert.NotEmpty(ids);
        Assert.Contains(report.Tasks.Overdue, task => ids.Contains(task.Plan));

        var cells = ReportDocumentComposer.Compose(report).Body.OfType<DocumentTable>().SelectMany(t => t.Rows.Concat(t.Total is { } total ? [total] : []))
            .SelectMany(static row => row.Cells).Select(static cell => cell.Text).ToList();
        Assert.DoesNotContain(cells, ids.Contains);
        Assert.Contains(report.PlanReferences.Values.First(v => v.StartsWith("Kế hoạch số 3433", StringComparison.Ordinal)), cells);
        Assert.Contains(cells, static text => text.StartsWith("Công văn số …/", StringComparison.Ordinal));
    }
}
