using KhanhHoa.Governance.Organization;
using KhanhHoa.Governance.Tasks;

namespace KhanhHoa.Governance.Submissions;

/// <summary>
/// Turns the progress units submit into each task's <see cref="ProgressHistory"/>, for <see cref="TaskStatusEvaluator"/>
/// to judge (the one place a task's status is decided).
/// </summary>
/// <remarks>
/// A task's executing units are its lead units (<see cref="TaskAssignments.LeadUnits"/>): the named lead, or every unit a
/// collective lead stands for. Coordinating units' reports are kept but do not move the task. The task's own progress
/// follows from its executing units' latest reports by this rule:
/// <list type="bullet">
/// <item>its percent is the mean of theirs, rounded down (a unit that has not reported counts 0, a completed one 100;
/// cancelled units are left out), so it reads 100 only when every unit has finished;</item>
/// <item>it is completed when every executing unit that is not cancelled has completed, on the latest of their
/// completion dates;</item>
/// <item>an extension a unit reports, with its decision, extends the task (the latest reported wins);</item>
/// <item>it is cancelled only when every executing unit reports it cancelled.</item>
/// </list>
/// </remarks>
/// <threadsafety>Stateless; safe to call from several threads.</threadsafety>
public static class SubmittedProgress
{
    /// <summary>The progress history of every task of <paramref name="plan"/> that its executing units reported on.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="submissions">Accepted submissions in force (of any period; other plans' are ignored).</param>
    /// <param name="assignments">Which units carry which tasks.</param>
    /// <param name="tree">The hierarchy on the day the executing units are taken (the report's period end).</param>
    /// <returns>Task id → history; tasks nobody reported on are absent.</returns>
    public static IReadOnlyDictionary<string, ProgressHistory> Histories(Plan plan, IEnumerable<CheckedSubmission> submissions, TaskAssignments assignments, OrgTree tree)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(submissions);
        ArgumentNullException.ThrowIfNull(assignments);
        ArgumentNullException.ThrowIfNull(tree);
        var reports = submissions
            .SelectMany(static s => s.Submission.Progress.Select(p => (s.Submission.UnitCode, s.Submission.SubmittedAt, Progress: p)))
            .Where(r => r.Progress.PlanId == plan.Id)
            .OrderBy(static r => r.SubmittedAt)
            .ToLookup(static r => r.Progress.TaskId, StringComparer.Ordinal);
        var histories = new Dictionary<string, ProgressHistory>(StringComparer.Ordinal);
        foreach (var task in reports)
        {
            var executing = assignments.LeadUnits(plan.Id, task.Key, tree);
            var updates = Updates(executing, task.Where(r => executing.Contains(r.UnitCode, StringComparer.Ordinal)).Select(static r => (r.UnitCode, r.SubmittedAt.Date, r.Progress)));
            if (updates.Count > 0)
            {
                histories[task.Key] = updates.OrderBy(static u => u.Date).Aggregate(ProgressHistory.Empty, static (h, u) => h.Append(u));
            }
        }

        return histories;
    }

    private static List<ProgressUpdate> Updates(IReadOnlyList<string> executing, IEnumerable<(string Unit, LocalDate SentOn, TaskProgress Progress)> reports)
    {
        var percent = executing.ToDictionary(static u => u, static _ => 0, StringComparer.Ordinal);
        var completedOn = new Dictionary<string, LocalDate>(StringComparer.Ordinal);
        var cancelled = new HashSet<string>(StringComparer.Ordinal);
        var updates = new List<ProgressUpdate>();
        var done = false;
        foreach (var (unit, sentOn, progress) in reports)
        {
            cancelled.Remove(unit);
            switch (progress.Status)
            {
                case ProgressUpdateKind.Completed:
                    completedOn[unit] = progress.CompletedOn!.Value;
                    percent[unit] = 100;
                    break;
                case ProgressUpdateKind.Cancelled:
                    cancelled.Add(unit);
                    break;
                case ProgressUpdateKind.Extended:
                    updates.Add(ProgressUpdate.Extended(sentOn, progress.NewDueDate!.Value, progress.Decision) with { Note = progress.Comment });
                    break;
            }

            if (progress.Percent is { } p && progress.Status != ProgressUpdateKind.Completed)
            {
                percent[unit] = p;
                completedOn.Remove(unit);
            }

            var active = executing.Where(u => !cancelled.Contains(u)).ToList();
            if (active.Count == 0)
            {
                updates.Add(new ProgressUpdate { Date = sentOn, Kind = ProgressUpdateKind.Cancelled, AuthorizingDocument = progress.Decision, Note = progress.Comment });
                continue;
            }

            if (!done && active.All(completedOn.ContainsKey))
            {
                done = true;
                updates.Add(ProgressUpdate.Completed(active.Max(u => completedOn[u])) with { Note = progress.Evidence ?? progress.Comment });
                continue;
            }

            if (progress.Status is ProgressUpdateKind.Started or ProgressUpdateKind.Progress)
            {
                updates.Add(new ProgressUpdate { Date = sentOn, Kind = progress.Status, Percent = (int)active.Average(u => percent[u]), Note = progress.Comment });
            }
        }

        return updates;
    }
}
