using KhanhHoa.Governance.Data;
using KhanhHoa.Governance.Tasks;
using NodaTime;

namespace KhanhHoa.Governance.Tests.Tasks;

// Issue 22: the steering committee's monthly meeting (seed 004, Phụ lục I, task I.1 "Hàng tháng") is judged per month.
public sealed class RecurringTaskStatusTest
{
    private static readonly PlanTask Meeting = GovernanceData.Default.FindPlan("BCĐ-2025")!.Tasks.Single(static t => t.Id == "I.1");

    private static readonly ProgressHistory DoneInSeptember = ProgressHistory.Empty.Append(ProgressUpdate.Completed(new LocalDate(2025, 9, 25)));

    [Fact]
    public void A_monthly_meeting_done_in_September_and_not_in_October_is_late_for_October()
    {
        var status = TaskStatusEvaluator.Evaluate(Meeting, DoneInSeptember, new LocalDate(2025, 11, 3));

        Assert.Equal(KhanhHoa.Governance.Calendar.DeadlineRecurrence.Monthly, Meeting.Deadline!.Recurrence);
        Assert.Equal((PlanTaskStatus.Overdue, (LocalDate?)new LocalDate(2025, 10, 31), (LocalDate?)null), (status.Status, status.DueDate, status.CompletedOn));
    }

    [Fact]
    public void In_October_the_September_meeting_does_not_close_it_it_is_due_at_the_end_of_October()
    {
        var status = TaskStatusEvaluator.Evaluate(Meeting, DoneInSeptember, new LocalDate(2025, 10, 6));

        Assert.Equal((PlanTaskStatus.InProgressWithinDeadline, (LocalDate?)new LocalDate(2025, 10, 31)), (status.Status, status.DueDate));
    }

    [Fact]
    public void Done_again_in_October_it_is_on_time_for_October()
    {
        var history = DoneInSeptember.Append(ProgressUpdate.Completed(new LocalDate(2025, 10, 28)));
        var status = TaskStatusEvaluator.Evaluate(Meeting, history, new LocalDate(2025, 10, 30));

        Assert.Equal((PlanTaskStatus.CompletedOnTime, (LocalDate?)new LocalDate(2025, 10, 28)), (status.Status, status.CompletedOn));
        Assert.Equal(PlanTaskStatus.Overdue, TaskStatusEvaluator.Evaluate(Meeting, history, new LocalDate(2025, 12, 2)).Status);
    }

    [Fact]
    public void Never_reported_done_nothing_is_known_per_month_and_it_stays_continuous()
    {
        Assert.Equal(PlanTaskStatus.Continuous, TaskStatusEvaluator.Evaluate(Meeting, ProgressHistory.Empty, new LocalDate(2025, 11, 3)).Status);
    }
}
