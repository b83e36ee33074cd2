using KhanhHoa.Governance.Calendar;
using KhanhHoa.Governance.Data;
using KhanhHoa.Governance.Indicators;
using NodaTime;

namespace KhanhHoa.Governance.Tests.Indicators;

// The evaluator's documented rules at their edges (the due day itself, a milestone's last day, the six-month window,
// which series points count, the sign of the gap per comparator), where Stryker found mutants no test noticed.
public sealed class TargetProjectionTest
{
    private static readonly IndicatorDefinition Online = GovernanceData.Default.Indicators.Find("I766.TT.04")!;

    private static Target Make(TargetComparator comparator, decimal value, string deadline, decimal? upper = null, params TargetMilestone[] milestones) => new()
    {
        Id = "T",
        IndicatorCode = Online.Code,
        Comparator = comparator,
        Value = value,
        UpperValue = upper,
        Deadline = Deadline.Parse(deadline, 2025),
        Milestones = milestones,
        Source = new TargetSource("1/KH", "I", "-"),
    };

    private static SeriesPoint Point(int year, int month, decimal value) => new(new YearMonth(year, month), value);

    [Fact]
    public void On_its_due_day_an_unmet_target_is_still_projected_and_the_day_after_it_is_missed()
    {
        var target = Make(TargetComparator.AtLeast, 80m, "Tháng 12/2025");
        var series = new[] { Point(2025, 10, 50m), Point(2025, 11, 60m) };

        var onDueDay = TargetEvaluator.Evaluate(target, Online, 70m, new LocalDate(2025, 12, 31), series);
        var dayAfter = TargetEvaluator.Evaluate(target, Online, 70m, new LocalDate(2026, 1, 1), series);

        Assert.Equal(new LocalDate(2025, 12, 31), target.DueDate);
        Assert.Equal((TargetStatus.AtRisk, 70m), (onDueDay.Status, onDueDay.Projection));
        Assert.Equal((TargetStatus.Missed, (decimal?)null), (dayAfter.Status, dayAfter.Projection));
    }

    [Fact]
    public void A_milestone_applies_through_its_last_day_and_steps_are_in_date_order_with_undated_ones_last_and_never_current()
    {
        var undated = new TargetMilestone(10m, "theo chỉ đạo", null);
        var june = new TargetMilestone(30m, "Tháng 6/2025", new LocalDate(2025, 6, 30));
        var march = new TargetMilestone(20m, "Tháng 3/2025", new LocalDate(2025, 3, 31));
        var target = Make(TargetComparator.AtLeast, 80m, "Tháng 12/2025", null, undated, june, march);

        Assert.Equal([20m, 30m, 10m, 80m], target.Steps.Select(s => s.Value));
        Assert.Equal(30m, TargetEvaluator.Evaluate(target, Online, 0m, new LocalDate(2025, 6, 30)).Threshold);
        Assert.Equal(80m, TargetEvaluator.Evaluate(target, Online, 0m, new LocalDate(2025, 7, 1)).Threshold);
    }

    [Theory]
    [InlineData(TargetComparator.AtLeast, 70, -10)]
    [InlineData(TargetComparator.GreaterThan, 90, 10)]
    [InlineData(TargetComparator.AtMost, 90, -10)]
    [InlineData(TargetComparator.LessThan, 70, 10)]
    [InlineData(TargetComparator.EqualTo, 90, -10)]
    [InlineData(TargetComparator.EqualTo, 70, -10)]
    [InlineData(TargetComparator.Between, 70, -10)]
    [InlineData(TargetComparator.Between, 96, -1)]
    [InlineData(TargetComparator.Between, 82, 2)]
    public void The_gap_is_positive_when_the_value_beats_the_threshold_and_negative_when_it_falls_short(TargetComparator comparator, int value, int gap)
    {
        var target = Make(comparator, 80m, "thường xuyên", comparator == TargetComparator.Between ? 95m : null);

        Assert.Equal(gap, TargetEvaluator.Evaluate(target, Online, value, new LocalDate(2025, 9, 15)).Gap);
    }

    [Fact]
    public void The_projection_draws_its_line_through_the_last_six_months_only()
    {
        // Months 1–2 far off the line; months 3–8 on y = 10·(m − 2): only the window's line reaches month 12 at 100.
        SeriesPoint[] series = [Point(2025, 1, 500m), Point(2025, 2, 500m), .. Enumerable.Range(3, 5).Select(m => Point(2025, m, 10m * (m - 2)))];

        Assert.Equal(100m, TargetEvaluator.Project(series, Point(2025, 8, 60m), new YearMonth(2025, 12)));
    }

    [Fact]
    public void The_current_value_replaces_its_month_and_drops_later_points_and_a_later_point_replaces_an_earlier_one_of_its_month()
    {
        SeriesPoint[] series = [Point(2025, 6, 0m), Point(2025, 6, 20m), Point(2025, 7, 999m), Point(2025, 8, -999m)];

        // Points of June (the later one) and July (replaced by the current value): y = 20 + 10·(m − 6).
        Assert.Equal(80m, TargetEvaluator.Project(series, Point(2025, 7, 30m), new YearMonth(2025, 12)));
        Assert.Null(TargetEvaluator.Project([Point(2025, 9, 50m)], Point(2025, 8, 30m), new YearMonth(2025, 12)));
    }

    [Fact]
    public void The_projection_counts_months_across_a_year_end()
    {
        SeriesPoint[] series = [Point(2025, 11, 50m), Point(2025, 12, 55m)];

        Assert.Equal(90m, TargetEvaluator.Project(series, Point(2026, 1, 60m), new YearMonth(2026, 7)));
    }

    [Fact]
    public void A_missing_target_indicator_or_series_is_refused_by_name()
    {
        var target = Make(TargetComparator.AtLeast, 80m, "Tháng 12/2025");
        var day = new LocalDate(2025, 9, 15);

        Assert.Equal("target", Assert.Throws<ArgumentNullException>(() => TargetEvaluator.Evaluate(null!, Online, 1m, day)).ParamName);
        Assert.Equal("indicator", Assert.Throws<ArgumentNullException>(() => TargetEvaluator.Evaluate(target, null!, 1m, day)).ParamName);
        Assert.Equal("indicator", Assert.Throws<ArgumentNullException>(() => TargetEvaluator.Evaluate(target, null!, new Dictionary<string, long>(), day)).ParamName);
        Assert.Equal("series", Assert.Throws<ArgumentNullException>(() => TargetEvaluator.Project(null!, Point(2025, 9, 1m), new YearMonth(2025, 12))).ParamName);
    }
}
