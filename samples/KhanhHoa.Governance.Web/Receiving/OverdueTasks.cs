using KhanhHoa.Governance.Submissions;
using KhanhHoa.Governance.Tasks;
using KhanhHoa.Governance.Web.Hosting;

namespace KhanhHoa.Governance.Web.Receiving;

/// <summary>
/// The overdue tasks of the plans: each task's status as the library judges it from the progress the units sent (every
/// accepted version in force), listed under each unit that leads the task (a collective task under each of its units).
/// </summary>
internal sealed class OverdueTasks(SubmissionLedger ledger, Province province)
{
    /// <summary>Every overdue task on <paramref name="asOf"/>, by executing unit in code order.</summary>
    public async Task<IReadOnlyList<OverdueTask>> OnAsync(LocalDate asOf, CancellationToken cancellationToken)
    {
        var submissions = (await ledger.CurrentAsync(null, cancellationToken)).Select(static c => c.Submission).ToList();
        var tree = province.Data.OrgUnits.AsOf(asOf);
        var assignments = province.Desk.Assignments;
        var overdue = new List<OverdueTask>();
        foreach (var plan in province.Data.Plans)
        {
            var histories = SubmittedProgress.Histories(plan, submissions, assignments, tree);
            foreach (var status in TaskStatusEvaluator.EvaluatePlan(plan, histories, asOf).Where(static s => s.Status == PlanTaskStatus.Overdue))
            {
                var task = plan.Find(status.TaskId)!;
                overdue.AddRange(assignments.LeadUnits(plan.Id, task.Id, tree).Select(unit => new OverdueTask(unit, plan, task, status)));
            }
        }

        return [.. overdue.OrderBy(static o => o.Unit, StringComparer.Ordinal)];
    }
}
