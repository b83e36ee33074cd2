using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KhanhHoa.Governance.Calendar;
using KhanhHoa.Governance.Indicators;
using KhanhHoa.Governance.Tasks;

namespace KhanhHoa.Governance.Reporting.Tests;

public class MonthlyReportBuilderTest
{
    private static readonly MonthlyReport Sample = SampleReport.Build();

    private static MonthlyReportBuilder Empty(BusinessCalendar? calendar = null) => new(
        SampleReport.Period,
        SampleReport.AsOf,
        new ReportHeader("", "BAN CHỈ ĐẠO", null, "BC-BCĐ", "Khánh Hòa", SampleReport.AsOf, "BÁO CÁO", "Thử"),
        new SignatureBlock("", "TRƯỞNG BAN", "", "Nguyễn Văn A"),
        calendar ?? SampleReport.Calendar);

    [Fact]
    public void A_rate_is_the_ratio_of_the_sums_rounded_half_away_from_zero()
    {
        var row = Sample.Indicators.Single(r => r.Code == "CDS.CC.01");
        Assert.Equal(90.31m, row.Value);
        Assert.Equal(2_000_680, row.Numerator);
        Assert.Equal(2_215_460, row.Denominator);
    }

    [Fact]
    public void A_stated_value_is_checked_at_its_own_precision()
    {
        var stated = Sample.Violations.Where(v => v.RuleCode == "RATIO.STATED").ToList();
        // "75%" for 75,17% rounds correctly; "89%" for 89,81% and "98,77%" for 98,775…% do not.
        Assert.Equal(2, stated.Count);
        Assert.Contains(stated, v => v.Description.Contains("bảo trợ xã hội", StringComparison.Ordinal));
        Assert.Contains(stated, v => v.Description.Contains("trợ cấp một lần", StringComparison.Ordinal));
        Assert.DoesNotContain(stated, v => v.Description.Contains("định danh điện tử mức độ 2", StringComparison.Ordinal));
        Assert.All(stated, v => Assert.Matches(@"^Báo cáo này, mục I, chỉ tiêu \S+$", v.Citation));
    }

    [Fact]
    public void Status_gap_and_projection_are_the_core_evaluations_and_the_change_follows_the_trend()
    {
        Assert.All(Sample.Indicators.Where(r => r.Target is not null), row =>
        {
            Assert.Equal(row.Target!.Evaluation.Status, row.Status);
            Assert.Equal(row.Target.Evaluation.Gap, row.Gap);
            Assert.Equal(row.Value, row.Target.Evaluation.Value);
        });
        var online = Sample.Indicators.Single(r => r.Code == "DS.ON.01");
        Assert.Equal(35.98m - 40m, online.Gap);
        Assert.NotNull(online.Target!.Projection);
        Assert.Equal(TargetStatus.Achieved, Sample.Indicators.Single(r => r.Code == "DVC.HS.01").Status);
        Assert.Null(Sample.Indicators.Single(r => r.Code == "CDS.CC.01").Status);
        var row = Sample.Indicators.Single(r => r.Code == "CDS.CC.01");
        Assert.Equal(12, row.Trend.Count);
        Assert.Equal(new YearMonth(2025, 9), row.Trend[^1].Month);
        Assert.Equal(row.Value - row.Trend[^2].Value, row.MonthOnMonthChange);
    }

    [Fact]
    public void A_strict_target_is_not_met_by_its_threshold()
    {
        // "đạt trên 70%" (GreaterThan) is not "từ 70% trở lên" (AtLeast): 70% meets the second only.
        var report = Empty()
            .AddIndicatorGroup("G", "Nhóm")
            .AddIndicator(new IndicatorInput("GT", "G", "gt", "%", 7, 10, SampleReport.Target("GT", TargetComparator.GreaterThan, 70m, "thường xuyên", "> 70%", 70m)))
            .AddIndicator(new IndicatorInput("GE", "G", "ge", "%", 7, 10, SampleReport.Target("GE", TargetComparator.AtLeast, 70m, "thường xuyên", "≥ 70%", 70m)))
            .Build();

        var strict = report.Indicators.Single(r => r.Code == "GT");
        Assert.Equal(TargetComparator.GreaterThan, strict.Target!.Comparator);
        Assert.Equal(">", strict.Target.Symbol);
        Assert.NotEqual(TargetStatus.Achieved, strict.Status);
        Assert.Equal(TargetStatus.Achieved, report.Indicators.Single(r => r.Code == "GE").Status);
        Assert.Contains("\"comparator\": \"greaterThan\"", JsonReportRenderer.ToJson(report), StringComparison.Ordinal);
    }

    [Fact]
    public void A_target_evaluated_on_another_value_or_date_is_refused()
    {
        var builder = Empty()
            .AddIndicatorGroup("G", "Nhóm")
            .AddIndicator(new IndicatorInput("A", "G", "a", "%", 1, 2, SampleReport.Target("A", TargetComparator.AtLeast, 80m, "hết năm 2025", "≥ 80%", 60m)));
        var error = Assert.Throws<InvalidOperationException>(builder.Build);
        Assert.Contains("indicator 'A'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Tasks_are_counted_in_the_two_by_two_from_the_core_statuses()
    {
        var total = Sample.Tasks.Total;
        Assert.Equal(new TaskCounts(5, 1, 4, 4, 1, 1), total);
        Assert.Equal(15, total.Total);
        Assert.Equal(50m, total.OnTimeRate);
        Assert.Equal(total, SampleReport.Sum(Sample.Tasks.ByAgency.Select(s => s.Counts)));
        Assert.Equal(total, SampleReport.Sum(Sample.Tasks.ByPlan.Select(s => s.Counts)));
        // Due soon is the core's: within 5 working days of 15/9 (T03, due 19/9), not "by the end of the next period".
        Assert.Equal(["T03"], Sample.Tasks.DueSoon.Select(t => t.Id));
    }

    [Fact]
    public void Overdue_days_are_working_days_of_the_calendar()
    {
        // 29/8/2025 (Friday) to 15/9/2025: 1 and 2 September are the National Day holiday, so 9 working days.
        var task = Sample.Tasks.Overdue.Single(t => t.Id == "T02");
        Assert.Equal(9, task.WorkingDaysLate);
        Assert.Equal("T08", Sample.Tasks.Overdue[0].Id);
    }

    [Fact]
    public void Overdue_days_follow_the_injected_calendar()
    {
        var options = new BusinessCalendarOptions();
        options.HostDecisions.Add(new CalendarDecision(new LocalDate(2025, 9, 12), false, "Nghỉ theo quyết định của tỉnh", "Quyết định giả định"));
        var calendar = BusinessCalendar.Create(options);
        var task = SampleReport.Task("X", "P", "Việc", "Sở A", new LocalDate(2025, 8, 29), null);

        var civil = Empty().AddTasks([task]).Build().Tasks.Overdue.Single();
        var withHoliday = Empty(calendar).AddTasks([task]).Build().Tasks.Overdue.Single();

        Assert.Equal(9, civil.WorkingDaysLate);
        Assert.Equal(8, withHoliday.WorkingDaysLate);
    }

    [Fact]
    public void A_completion_after_the_as_of_date_still_counts_as_open()
    {
        var report = Empty()
            .AddTasks([SampleReport.Task("X", "P", "Việc", "Sở A", new LocalDate(2025, 9, 10), new LocalDate(2025, 9, 20))])
            .Build();
        Assert.Equal(1, report.Tasks.Total.OpenOverdue);
    }

    [Fact]
    public void A_task_status_of_another_date_is_refused()
    {
        var task = SampleReport.Task("X", "P", "Việc", "Sở A", new LocalDate(2025, 9, 10), null);
        var builder = Empty().AddTasks([task with { Status = task.Status with { AsOf = SampleReport.AsOf.PlusDays(-1) } }]);
        var error = Assert.Throws<InvalidOperationException>(builder.Build);
        Assert.Contains("task 'X'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Priorities_put_manual_items_first_then_tasks_due_next_period_then_targets()
    {
        var sources = Sample.Priorities.Select(p => p.Source).ToList();
        Assert.Equal(sources.OrderBy(s => s).ToList(), sources);
        Assert.Equal(PrioritySource.Manual, sources[0]);
        Assert.Contains(Sample.Priorities, p => p.Source == PrioritySource.TargetNotMet && p.Reference == "DVC.TT.02");

        // Open tasks due after 15/9 and by 15/10, earliest first; T04 is done, T07 falls later, and the overdue ones
        // (T02, T08, T09, T12) are the task section's, never section III's.
        var tasks = Sample.Priorities.Where(p => p.Source == PrioritySource.TaskDueNextPeriod).ToList();
        Assert.Equal(["T03", "T01", "T05"], tasks.Select(p => p.Reference));
        Assert.All(tasks, p => Assert.True(p.DueBy > SampleReport.Period.End && p.DueBy <= SampleReport.Period.Next().End));
        Assert.StartsWith("Khẩn trương hoàn thành nhiệm vụ “Trình điều chỉnh dự toán kinh phí vận hành nền tảng số dùng chung” trước ngày 19/9/2025", tasks[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_period_with_nothing_due_next_says_so_in_section_III_in_every_text_format()
    {
        var report = Empty().Build();
        Assert.Empty(report.Priorities);
        const string Sentence = "Không có nhiệm vụ đến hạn trong kỳ tới";
        var markdown = MarkdownReportRenderer.ToMarkdown(report);
        Assert.Contains(Sentence, markdown[markdown.IndexOf("## III.", StringComparison.Ordinal)..], StringComparison.Ordinal);
        Assert.Contains(Sentence, System.Text.Encoding.UTF8.GetString(HtmlReportRenderer.Instance.RenderToBytes(report)), StringComparison.Ordinal);
        using var docx = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(DocxReportRenderer.Instance.RenderToBytes(report)), false);
        Assert.Contains(Sentence, docx.MainDocumentPart!.Document!.Body!.InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_groups_and_duplicate_codes_are_reported_together()
    {
        var builder = Empty()
            .AddIndicatorGroup("G", "Nhóm")
            .AddIndicator(new IndicatorInput("A", "G", "a", "%", 1, 2))
            .AddIndicator(new IndicatorInput("A", "G", "a", "%", 1, 2))
            .AddIndicator(new IndicatorInput("B", "H", "b", "%", 1, 2));
        var error = Assert.Throws<InvalidOperationException>(builder.Build);
        Assert.Contains("'A' is used 2 times", error.Message, StringComparison.Ordinal);
        Assert.Contains("unknown group 'H'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_zero_denominator_gives_no_data_and_a_numerator_above_the_denominator_a_violation()
    {
        var report = Empty()
            .AddIndicatorGroup("G", "Nhóm")
            .AddIndicator(new IndicatorInput("Z", "G", "z", "%", 0, 0, SampleReport.Target("Z", TargetComparator.AtLeast, 80m, "hết năm 2025", "≥ 80%", null)))
            .AddIndicator(new IndicatorInput("O", "G", "o", "%", 5, 4))
            .Build();
        Assert.Equal(TargetStatus.NoData, report.Indicators.Single(r => r.Code == "Z").Status);
        Assert.Null(report.Indicators.Single(r => r.Code == "Z").Value);
        Assert.Single(report.Violations, v => v.RuleCode == "RATIO.RANGE");
    }

    [Fact]
    public void Over_a_zero_denominator_a_row_with_a_target_shows_the_value_the_core_judged()
    {
        // No pending dossier: an indicator whose zero-denominator rule is "zero" (RPT.LT.02) is 0%, and the target is met.
        var evaluation = SampleReport.Target("LT", TargetComparator.AtMost, 5m, "thường xuyên", "≤ 5%", 0m);
        var row = Empty()
            .AddIndicatorGroup("G", "Nhóm")
            .AddIndicator(new IndicatorInput("LT", "G", "lt", "%", 0, 0, evaluation))
            .Build()
            .Indicators.Single();

        Assert.Equal(0m, row.Value);
        Assert.Equal(TargetStatus.Achieved, row.Status);
    }

    // The cells are checked against a classifier written here from the Government Office's definitions (completed by
    // the as-of day on or before the deadline, after it; open before or after the deadline; no deadline), task by task,
    // not against the counts' own sums.
    [Property(MaxTest = 200)]
    public Property Every_task_lands_in_exactly_one_cell_the_one_an_independent_classifier_gives()
    {
        var dates = Gen.Choose(-60, 60).Select(offset => (LocalDate?)SampleReport.AsOf.PlusDays(offset));
        var optionalDates = Gen.OneOf(Gen.Constant((LocalDate?)null), dates);
        var task = optionalDates.SelectMany(deadline => optionalDates.Select(done => (Deadline: deadline, Done: done)));
        return Prop.ForAll(task.ArrayOf().ToArbitrary(), tasks =>
        {
            var cells = tasks.Select(t => Counts(t.Deadline, t.Done)).ToArray();
            var oneEach = cells.All(c => c.CompletedOnTime + c.CompletedLate + c.OpenWithinDeadline + c.OpenOverdue + c.Continuous == 1);
            var expected = tasks.Select(t => Cell(t.Deadline, t.Done)).ToArray();
            var eachAsClassified = cells.Zip(expected).All(pair => pair.First == pair.Second);
            var all = Empty().AddTasks(tasks.Select((t, i) => SampleReport.Task($"T{i}", "P", "t", "A", t.Deadline, t.Done))).Build().Tasks.Total;
            return (oneEach && eachAsClassified && all == SampleReport.Sum(expected))
                .Classify(expected.Any(c => c.DueSoon == 1), "due soon")
                .Classify(expected.Any(c => c.CompletedLate == 1), "completed late")
                .Classify(expected.Any(c => c.OpenOverdue == 1), "overdue");
        });

        static TaskCounts Counts(LocalDate? deadline, LocalDate? done) =>
            Empty().AddTasks([SampleReport.Task("T", "P", "t", "A", deadline, done)]).Build().Tasks.Total;
    }

    private static TaskCounts Cell(LocalDate? deadline, LocalDate? done)
    {
        var asOf = SampleReport.AsOf;
        if (done is { } completed && completed <= asOf)
        {
            return deadline is { } due && completed > due ? new TaskCounts(0, 1, 0, 0, 0, 0) : new TaskCounts(1, 0, 0, 0, 0, 0);
        }

        if (deadline is not { } d)
        {
            return new TaskCounts(0, 0, 0, 0, 1, 0);
        }

        if (d < asOf)
        {
            return new TaskCounts(0, 0, 0, 1, 0, 0);
        }

        // Due soon: at most five working days left, counted day by day after the as-of day.
        var workingDaysLeft = 0;
        for (var day = asOf.PlusDays(1); day <= d; day = day.PlusDays(1))
        {
            workingDaysLeft += SampleReport.Calendar.IsWorkingDay(day) ? 1 : 0;
        }

        return new TaskCounts(0, 0, 1, 0, 0, workingDaysLeft <= 5 ? 1 : 0);
    }
}
