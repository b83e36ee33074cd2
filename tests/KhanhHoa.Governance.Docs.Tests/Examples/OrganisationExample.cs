#region usings
using KhanhHoa.Governance.Data;
using KhanhHoa.Governance.Tasks;
using NodaTime;
#endregion

namespace KhanhHoa.Governance.Docs.Tests.Examples;

/// <summary>docs/organisation.md: a plan's tasks, who leads them, their status on a date, the 2x2 rates, the five clears.</summary>
public sealed class OrganisationExample
{
    [Fact]
    public void Prints_the_plan_the_matrix_and_the_statuses_the_guide_shows()
    {
        #region example
        var data = GovernanceData.Default;
        var plan = data.Plans.Single(p => p.Id == "3433/KH-UBND");
        Console.WriteLine($"{plan.Id}: {plan.Tasks.Count} rows");
        foreach (var task in plan.Tasks.Take(3))
        {
            Console.WriteLine($"  {task.Id} | {string.Join(", ", task.LeadAgencies.Select(a => a.Agency.Code))} | {task.DeadlineText} → {task.Deadline?.Kind} {task.Deadline?.DueDate:uuuu-MM-dd}");
        }

        var matrix = new ResponsibilityMatrix(data.Plans);
        var khcn = data.Agencies.Resolve("Sở Khoa học và Công nghệ")!;
        Console.WriteLine($"{khcn.Name} leads {matrix.LeadOf(khcn.Code).Count()} tasks, supports {matrix.SupportOf(khcn.Code).Count()}; in 3433: "
            + string.Join(" ", matrix.LeadOf(khcn.Code).Where(a => a.Plan == plan).Select(a => a.Task.Id)));

        var history = new Dictionary<string, ProgressHistory>
        {
            ["4"] = ProgressHistory.Empty.Append(ProgressUpdate.Completed(new LocalDate(2025, 3, 28))),
            ["8"] = ProgressHistory.Empty.Append(ProgressUpdate.Completed(new LocalDate(2025, 5, 6))),
        };
        var statuses = TaskStatusEvaluator.EvaluatePlan(plan, history, new LocalDate(2025, 6, 25));
        foreach (var id in new[] { "4", "8", "11", "12", "33" })
        {
            var s = statuses.Single(x => x.TaskId == id);
            Console.WriteLine($"  {id}: {s.Status} (due {s.DueDate:uuuu-MM-dd})");
        }

        var rates = TaskRates.Count(statuses.Select(s => s.Status));
        Console.WriteLine($"2x2 on 2025-06-25: on time {rates.CompletedOnTime}, late {rates.CompletedLate}, within deadline {rates.OpenWithinDeadline}, overdue {rates.OpenOverdue}; completion {rates.CompletionRate()}%");

        foreach (var p in data.Plans)
        {
            Console.WriteLine(FiveClearsCheck.Run(p));
        }
        #endregion

        Assert.Equal(84, plan.Tasks.Count);
        Assert.Equal((39, 42), (matrix.LeadOf(khcn.Code).Count(), matrix.SupportOf(khcn.Code).Count()));
        Assert.Equal(
            [PlanTaskStatus.CompletedOnTime, PlanTaskStatus.CompletedLate, PlanTaskStatus.DueSoon, PlanTaskStatus.Continuous, PlanTaskStatus.AwaitingExternalSchedule],
            new[] { "4", "8", "11", "12", "33" }.Select(id => statuses.Single(x => x.TaskId == id).Status));
        Assert.Equal((1, 1, 21, 8), (rates.CompletedOnTime, rates.CompletedLate, rates.OpenWithinDeadline, rates.OpenOverdue));
    }
}
