using KhanhHoa.Governance.Calendar;
using KhanhHoa.Governance.Submissions;
using KhanhHoa.Governance.Tasks;
using NodaTime;
using static KhanhHoa.Governance.Tests.Submissions.SubmissionFixture;

namespace KhanhHoa.Governance.Tests.Submissions;

// Task 1 of 3433 falls to "Các sở, ngành, địa phương": every department and commune-level unit executes it.
public sealed class SubmittedProgressTest
{
    private static readonly Plan Plan = Embedded.Plans.Single(static p => p.Id == "3433/KH-UBND");

    private static readonly ReportingPeriod September = Period(Plan3433);

    private static readonly KhanhHoa.Governance.Organization.OrgTree Tree = Embedded.OrgUnits.AsOf(September.End);

    private static CheckedSubmission Report(string unit, int day, ProgressUpdateKind status, int? percent = null) =>
        Desk.Check(new Submission
        {
            UnitCode = unit,
            DataSetCode = Plan3433.Code,
            Period = September,
            SubmittedAt = new LocalDateTime(2025, 9, day, 10, 0),
            Progress = [new TaskProgress
            {
                PlanId = Plan.Id, TaskId = "1", Status = status, Percent = percent,
                CompletedOn = status == ProgressUpdateKind.Completed ? new LocalDate(2025, 9, day) : null,
            }],
        }).Value;

    [Fact]
    public void A_collective_task_moves_by_the_mean_of_its_units_and_completes_only_when_all_have()
    {
        var executing = Desk.Assignments.LeadUnits(Plan.Id, "1", Tree);
        Assert.Equal(79, executing.Count);
        var reports = executing.Take(78).Select(u => Report(u, 10, ProgressUpdateKind.Completed)).Append(Report(executing[78], 11, ProgressUpdateKind.Progress, 50)).ToList();
        var history = SubmittedProgress.Histories(Plan, reports, Desk.Assignments, Tree)["1"];
        var status = TaskStatusEvaluator.Evaluate(Plan.Tasks.Single(static t => t.Id == "1"), history, September.End);
        Assert.Null(status.CompletedOn);
        Assert.Equal((78 * 100 + 50) / 79, status.Percent);

        var last = Report(executing[78], 12, ProgressUpdateKind.Completed);
        var done = SubmittedProgress.Histories(Plan, [.. reports, last], Desk.Assignments, Tree)["1"];
        var finished = TaskStatusEvaluator.Evaluate(Plan.Tasks.Single(static t => t.Id == "1"), done, September.End);
        Assert.Equal(new LocalDate(2025, 9, 12), finished.CompletedOn);
    }

    [Fact]
    public void A_coordinating_unit_does_not_move_the_task()
    {
        // Task 4: Sở KH&CN leads, Sở Tài chính coordinates.
        var report = Desk.Check(new Submission
        {
            UnitCode = "SO_TC", DataSetCode = Plan3433.Code, Period = September, SubmittedAt = new LocalDateTime(2025, 9, 10, 9, 0),
            Progress = [new TaskProgress { PlanId = Plan.Id, TaskId = "4", Status = ProgressUpdateKind.Completed, CompletedOn = new LocalDate(2025, 9, 9) }],
        }).Value;
        Assert.DoesNotContain("4", SubmittedProgress.Histories(Plan, [report], Desk.Assignments, Tree).Keys);
    }
}
