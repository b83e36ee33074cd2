using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KhanhHoa.Governance.Calendar;

namespace KhanhHoa.Governance.Reporting.Tests;

public class MonthlyReportBuilderTest
{
    private static readonly MonthlyReport Sample = SampleReport.Build();

    private static MonthlyReportBuilder Empty() => new(
        SampleReport.Period,
        SampleReport.AsOf,
        new ReportHeader("", "BAN CHỈ ĐẠO", null, "BC-BCĐ", "Khánh Hòa", SampleReport.AsOf, "BÁO CÁO", "Thử"),
        new SignatureBlock("", "TRƯỞNG BAN", "", "Nguyễn Văn A"));

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
    }

    [Fact]
    public void Status_gap_and_month_on_month_change_follow_the_target()
    {
        var atRisk = Sample.Indicators.Single(r => r.Code == "DS.ON.01");
        Assert.Equal(IndicatorStatus.AtRisk, atRisk.Status);
        Assert.Equal(35.98m - 40m, atRisk.Gap);
        Assert.Equal(IndicatorStatus.NotMet, Sample.Indicators.Single(r => r.Code == "DVC.TT.02").Status);
        Assert.Equal(IndicatorStatus.Met, Sample.Indicators.Single(r => r.Code == "DVC.HS.01").Status);
        Assert.Equal(IndicatorStatus.NoTarget, Sample.Indicators.Single(r => r.Code == "CDS.CC.01").Status);
        var row = Sample.Indicators.Single(r => r.Code == "CDS.CC.01");
        Assert.Equal(12, row.Trend.Count);
        Assert.Equal(new YearMonth(2025, 9), row.Trend[^1].Month);
        Assert.Equal(row.Value - row.Trend[^2].Value, row.MonthOnMonthChange);
    }

    [Fact]
    public void Tasks_are_counted_in_the_two_by_two_as_of_the_date()
    {
        var total = Sample.Tasks.Total;
        Assert.Equal(new TaskCounts(5, 1, 4, 4, 1, 3), total);
        Assert.Equal(15, total.Total);
        Assert.Equal(50m, total.OnTimeRate);
        Assert.Equal(total, Sample.Tasks.ByAgency.Select(s => s.Counts).Aggregate(TaskCounts.Empty, (a, b) => a.Plus(b)));
        Assert.Equal(total, Sample.Tasks.ByPlan.Select(s => s.Counts).Aggregate(TaskCounts.Empty, (a, b) => a.Plus(b)));
    }

    [Fact]
    public void Overdue_days_are_working_days_from_the_given_counter()
    {
        // 29/8/2025 (Friday) to 15/9/2025: 1 and 2 September are the National Day holiday, so 9 working days.
        var task = Sample.Tasks.Overdue.Single(t => t.Id == "T02");
        Assert.Equal(9, task.WorkingDaysLate);
        Assert.Equal("T08", Sample.Tasks.Overdue[0].Id);
    }

    [Fact]
    public void The_default_counter_counts_weekdays_only()
    {
        var report = Empty()
            .AddTasks([new TaskRecord("X", "P", "Việc", "Sở A", new LocalDate(2025, 8, 29), null)])
            .Build();
        Assert.Equal(11, report.Tasks.Overdue.Single().WorkingDaysLate);
    }

    [Fact]
    public void A_completion_after_the_as_of_date_still_counts_as_open()
    {
        var report = Empty()
            .AddTasks([new TaskRecord("X", "P", "Việc", "Sở A", new LocalDate(2025, 9, 10), new LocalDate(2025, 9, 20))])
            .Build();
        Assert.Equal(1, report.Tasks.Total.OpenOverdue);
    }

    [Fact]
    public void Priorities_put_manual_items_first_then_overdue_then_due_then_targets()
    {
        var sources = Sample.Priorities.Select(p => p.Source).ToList();
        Assert.Equal(sources.OrderBy(s => s).ToList(), sources);
        Assert.Equal(PrioritySource.Manual, sources[0]);
        Assert.Contains(Sample.Priorities, p => p.Source == PrioritySource.TargetNotMet && p.Reference == "DVC.TT.02");
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
            .AddIndicator(new IndicatorInput("Z", "G", "z", "%", 0, 0, new IndicatorTarget(TargetComparator.AtLeast, 80m, "≥ 80%")))
            .AddIndicator(new IndicatorInput("O", "G", "o", "%", 5, 4))
            .Build();
        Assert.Equal(IndicatorStatus.NoData, report.Indicators.Single(r => r.Code == "Z").Status);
        Assert.Null(report.Indicators.Single(r => r.Code == "Z").Value);
        Assert.Single(report.Violations, v => v.RuleCode == "RATIO.RANGE");
    }

    [Fact]
    public void The_model_is_a_snapshot_of_the_builder_inputs()
    {
        var measures = new Dictionary<string, long> { ["b"] = 2, ["a"] = 1 };
        var unit = new RollupUnit("KH", null, measures, Provenance.Computed);
        measures["c"] = 3;
        Assert.Equal(["a", "b"], unit.Measures.Keys);
    }

    [Property]
    public Property Every_task_lands_in_exactly_one_cell_and_came_due_never_exceeds_the_total()
    {
        var dates = Gen.Choose(-60, 60).Select(offset => (LocalDate?)SampleReport.AsOf.PlusDays(offset));
        var optionalDates = Gen.OneOf(Gen.Constant((LocalDate?)null), dates);
        var task = optionalDates.SelectMany(deadline => optionalDates.Select(done => new TaskRecord("T", "P", "t", "A", deadline, done)));
        return Prop.ForAll(task.ArrayOf().ToArbitrary(), tasks =>
        {
            var counts = Empty().AddTasks(tasks).Build().Tasks.Total;
            return counts.Total == tasks.Length && counts.CameDue <= counts.Total && counts.DueSoon <= counts.OpenWithinDeadline
                && (counts.OnTimeRate is null || counts.OnTimeRate is >= 0m and <= 100m);
        });
    }
}
