using KhanhHoa.Governance.Submissions;
using KhanhHoa.Governance.Tasks;
using KhanhHoa.Governance.Web.Hosting;
using KhanhHoa.Governance.Web.Receiving;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KhanhHoa.Governance.Web.Pages.Office;

/// <summary>
/// Overdue tasks per executing unit: each plan's task status as the library judges it from the progress the units sent
/// (every accepted version in force), listed under each unit that leads the task (a collective task under each of its units).
/// </summary>
internal sealed class TasksModel(SubmissionLedger ledger, Province province, Today today) : PageModel
{
    /// <summary>The day the statuses are judged on.</summary>
    public LocalDate AsOf { get; private set; }

    /// <summary>Unit code → its overdue tasks (plan, task, status), in unit order.</summary>
    public IReadOnlyList<(string Unit, IReadOnlyList<(Plan Plan, PlanTask Task, TaskStatusResult Status)> Tasks)> Overdue { get; private set; } = [];

    /// <summary>The province.</summary>
    public Province Province => province;

    /// <summary>Shows the list.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        AsOf = today.Date;
        var submissions = (await ledger.CurrentAsync(null, cancellationToken)).Select(static c => c.Submission).ToList();
        var tree = province.Data.OrgUnits.AsOf(AsOf);
        var assignments = province.Desk.Assignments;
        var overdue = new List<(string Unit, Plan Plan, PlanTask Task, TaskStatusResult Status)>();
        foreach (var plan in province.Data.Plans)
        {
            var histories = SubmittedProgress.Histories(plan, submissions, assignments, tree);
            foreach (var status in TaskStatusEvaluator.EvaluatePlan(plan, histories, AsOf).Where(static s => s.Status == PlanTaskStatus.Overdue))
            {
                var task = plan.Find(status.TaskId)!;
                overdue.AddRange(assignments.LeadUnits(plan.Id, task.Id, tree).Select(unit => (unit, plan, task, status)));
            }
        }

        Overdue = [.. overdue.GroupBy(static o => o.Unit).OrderBy(static g => g.Key, StringComparer.Ordinal)
            .Select(static g => (g.Key, (IReadOnlyList<(Plan, PlanTask, TaskStatusResult)>)[.. g.Select(static o => (o.Plan, o.Task, o.Status))]))];
    }
}
