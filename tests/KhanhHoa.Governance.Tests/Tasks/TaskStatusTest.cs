using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KhanhHoa.Governance.Calendar;
using KhanhHoa.Governance.Primitives;
using KhanhHoa.Governance.Tasks;
using NodaTime;

namespace KhanhHoa.Governance.Tests.Tasks;

public sealed class TaskStatusTest
{
    private static PlanTask Task(string deadline) => new()
    {
        Id = "1", Text = "t", DeadlineText = deadline, Deadline = Deadline.Parse(deadline, 2025), Source = new TaskSource("s", "s", null),
    };

    private static readonly PlanTask DueApril14 = Task("Trước ngày 15/4/2025");

    [Theory]
    [InlineData("2025-04-01", PlanTaskStatus.InProgressWithinDeadline)]
    [InlineData("2025-04-04", PlanTaskStatus.DueSoon)] // 7/4 is Hung Kings' day: 8, 9, 10, 11, 14 April are the 5 working days left
    [InlineData("2025-04-03", PlanTaskStatus.InProgressWithinDeadline)]
    [InlineData("2025-04-09", PlanTaskStatus.DueSoon)]
    [InlineData("2025-04-14", PlanTaskStatus.DueSoon)]
    [InlineData("2025-04-15", PlanTaskStatus.Overdue)]
    public void Open_task_status_moves_with_the_date(string asOf, PlanTaskStatus expected) =>
        Assert.Equal(expected, TaskStatusEvaluator.Evaluate(DueApril14, ProgressHistory.Empty, LocalDate.FromDateTime(DateTime.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture))).Status);

    [Fact]
    public void Completion_extension_and_cancellation()
    {
        var late = ProgressHistory.Empty.Append(ProgressUpdate.Completed(new LocalDate(2025, 4, 20)));
        var extended = ProgressHistory.Empty
            .Append(ProgressUpdate.Extended(new LocalDate(2025, 4, 10), new LocalDate(2025, 4, 30), KhanhHoa.Governance.Directives.DocumentNumber.Parse("1596/UBND-PVHCC").AsT0))
            .Append(ProgressUpdate.Completed(new LocalDate(2025, 4, 20)));

        Assert.Equal(PlanTaskStatus.CompletedLate, TaskStatusEvaluator.Evaluate(DueApril14, late, new LocalDate(2025, 5, 1)).Status);
        Assert.Equal(PlanTaskStatus.Overdue, TaskStatusEvaluator.Evaluate(DueApril14, late, new LocalDate(2025, 4, 19)).Status);
        var result = TaskStatusEvaluator.Evaluate(DueApril14, extended, new LocalDate(2025, 5, 1));
        Assert.Equal(PlanTaskStatus.CompletedOnTime, result.Status);
        Assert.Equal(new LocalDate(2025, 4, 30), result.DueDate);
        var cancelled = ProgressHistory.Empty.Append(new ProgressUpdate { Date = new LocalDate(2025, 4, 2), Kind = ProgressUpdateKind.Cancelled });
        Assert.Equal(PlanTaskStatus.Cancelled, TaskStatusEvaluator.Evaluate(DueApril14, cancelled, new LocalDate(2025, 5, 1)).Status);
        Assert.Throws<ArgumentException>(() => late.Append(ProgressUpdate.Completed(new LocalDate(2025, 4, 1))));
    }

    [Theory]
    [InlineData("Thực hiện thường xuyên", PlanTaskStatus.Continuous)]
    [InlineData("Hàng tháng", PlanTaskStatus.Continuous)]
    [InlineData("Theo chỉ đạo của Bộ Công an", PlanTaskStatus.AwaitingExternalSchedule)]
    [InlineData("Từ 01/01/2026", PlanTaskStatus.NotYetStarted)]
    [InlineData("Từ 01/9/2025", PlanTaskStatus.Continuous)]
    public void Tasks_without_an_end_date(string deadline, PlanTaskStatus expected) =>
        Assert.Equal(expected, TaskStatusEvaluator.Evaluate(Task(deadline), ProgressHistory.Empty, new LocalDate(2025, 9, 15)).Status);

    [Fact]
    public void Due_soon_horizon_is_configurable() =>
        Assert.Equal(PlanTaskStatus.InProgressWithinDeadline,
            TaskStatusEvaluator.Evaluate(DueApril14, ProgressHistory.Empty, new LocalDate(2025, 4, 9), new TaskStatusOptions { DueSoonWorkingDays = 2 }).Status);

    private static readonly Gen<LocalDate> AnyDate = Gen.Choose(0, 500).Select(d => new LocalDate(2025, 1, 1).PlusDays(d));

    private static readonly Gen<ProgressUpdateKind> AnyKind = Gen.Elements(ProgressUpdateKind.Started, ProgressUpdateKind.Progress, ProgressUpdateKind.Completed, ProgressUpdateKind.Extended, ProgressUpdateKind.Cancelled);

    private static readonly Gen<ProgressHistory> AnyHistory =
        Gen.ListOf(Gen.Zip(Gen.Zip(AnyDate, AnyKind), AnyDate)).Select(items =>
            items.OrderBy(i => i.Item1.Item1).Aggregate(ProgressHistory.Empty, (h, i) => h.Append(new ProgressUpdate
            {
                Date = i.Item1.Item1,
                Kind = i.Item1.Item2,
                NewDueDate = i.Item1.Item2 == ProgressUpdateKind.Extended ? i.Item2 : null,
            })));

    private static readonly Gen<PlanTask> AnyTask = Gen.Elements("Trước ngày 15/4/2025", "Tháng 6/2025", "Quý II/2025", "Năm 2025", "Thực hiện thường xuyên", "Theo chỉ đạo của Bộ Công an", "Từ 01/01/2026").Select(Task);

    [Property(MaxTest = 300)]
    public Property Completed_never_turns_open_without_a_recorded_update() =>
        Prop.ForAll(Gen.Zip(Gen.Zip(AnyTask, AnyHistory), Gen.Zip(AnyDate, AnyDate)).ToArbitrary(), input =>
        {
            var ((task, history), (a, b)) = input;
            var (early, late) = a <= b ? (a, b) : (b, a);
            var before = TaskStatusEvaluator.Evaluate(task, history, early);
            var after = TaskStatusEvaluator.Evaluate(task, history, late);
            var updatesBetween = history.Updates.Any(u => u.Date > early && u.Date <= late);
            return !before.IsCompleted || after.IsCompleted || updatesBetween;
        });

    [Property(MaxTest = 300)]
    public Property The_2x2_counts_sum_to_the_tracked_tasks_and_rates_are_over_due_tasks() =>
        Prop.ForAll(Gen.ListOf(Gen.Elements(Enum.GetValues<PlanTaskStatus>())).ToArbitrary(), statuses =>
        {
            var rates = TaskRates.Count(statuses);
            var inside = statuses.Count(s => s is PlanTaskStatus.CompletedOnTime or PlanTaskStatus.CompletedLate or PlanTaskStatus.InProgressWithinDeadline or PlanTaskStatus.DueSoon or PlanTaskStatus.Overdue);
            var rate = rates.CompletionRate();
            return rates.Tracked == inside
                && rates.Tracked + rates.Continuous + rates.AwaitingExternalSchedule + rates.Cancelled + rates.NoDeadline + rates.NotYetStarted == statuses.Count
                && rates.Due == rates.Completed + rates.OpenOverdue
                && (rates.Due == 0 ? rate is null : rate is >= 0 and <= 100);
        });

    [Fact]
    public void Government_office_2017_figures_and_the_rounding_rule()
    {
        var rates = new TaskRates { CompletedOnTime = 14_068, CompletedLate = 1_983, OpenWithinDeadline = 5_640, OpenOverdue = 223 };

        Assert.Equal(21_914, rates.Tracked);
        Assert.Equal(98.63m, rates.CompletionRate());
        Assert.Equal(98.62m, rates.CompletionRate(RoundingRule.TwoDecimalsTruncated));
        Assert.Null(new TaskRates().CompletionRate());
    }
}
