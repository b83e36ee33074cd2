using System.Text;
using KhanhHoa.Governance.Calendar;
using KhanhHoa.Governance.Tasks;

namespace KhanhHoa.Governance.Sample.Demo;

/// <summary>
/// SYNTHETIC progress histories for the seed plans' tasks, for demonstration only: the seeds print the tasks and
/// their deadlines but not who finished what, so the default run invents a plausible, deterministic history (the
/// same on every machine) instead of showing every task as open. Every output that uses it says so.
/// </summary>
/// <remarks>
/// Each task draws from a hash of its plan and id. A task due on or before the as-of date is completed on time
/// (55 %), completed late (20 %) or still open, hence overdue (25 %); a task due later is completed early (15 %),
/// reported part-done (45 %) or not started yet. Continuous and recurring tasks get a progress report now and then.
/// </remarks>
internal static class IllustrativeProgress
{
    /// <summary>
    /// The histories of every task of <paramref name="plan"/> known on <paramref name="asOf"/>, by task id; none for a
    /// plan issued after that day. A plan without an issue date is taken to have started six months before.
    /// </summary>
    public static IReadOnlyDictionary<string, ProgressHistory> For(Plan plan, LocalDate asOf)
    {
        var histories = new Dictionary<string, ProgressHistory>(StringComparer.Ordinal);
        if (plan.Directive.IssuedOn > asOf)
        {
            return histories;
        }

        var started = plan.Directive.IssuedOn ?? asOf.PlusMonths(-6);
        foreach (var task in plan.Tasks.Where(task => !plan.HasChildren(task)))
        {
            var history = History(task, Draw(plan.Id, task.Id), started, asOf);
            if (history.Updates.Count > 0)
            {
                histories[task.Id] = history;
            }
        }

        return histories;
    }

    private static ProgressHistory History(PlanTask task, ulong draw, LocalDate started, LocalDate asOf)
    {
        var roll = (int)(draw % 100);
        var days = (int)(draw / 100 % 21);
        var history = ProgressHistory.Empty.Append(new ProgressUpdate { Date = started, Kind = ProgressUpdateKind.Started, Percent = 0 });
        if (task.Deadline?.DueDate is not { } due)
        {
            return task.Deadline?.Kind is DeadlineKind.Continuous or DeadlineKind.Recurring && roll < 70
                ? history.Append(new ProgressUpdate { Date = Later(started, asOf.PlusDays(-days)), Kind = ProgressUpdateKind.Progress, Note = "báo cáo định kỳ (minh họa)" })
                : history;
        }

        if (due <= asOf)
        {
            return roll switch
            {
                < 55 => history.Append(ProgressUpdate.Completed(Later(started, due.PlusDays(-days)))),
                < 75 when due.PlusDays(1 + days) <= asOf => history.Append(ProgressUpdate.Completed(Later(started, due.PlusDays(1 + days)))),
                _ => history.Append(new ProgressUpdate { Date = Later(started, due.PlusDays(-days)), Kind = ProgressUpdateKind.Progress, Percent = 40 + (days * 2) }),
            };
        }

        return roll switch
        {
            < 15 => history.Append(ProgressUpdate.Completed(Later(started, asOf.PlusDays(-days)))),
            < 60 => history.Append(new ProgressUpdate { Date = Later(started, asOf.PlusDays(-days)), Kind = ProgressUpdateKind.Progress, Percent = 20 + (days * 3) }),
            _ => history,
        };
    }

    // Every update after the first is dated no earlier than the start, as the history is append-only: a plan without an
    // issue date starts six months before the as-of date, after many of its deadlines.
    private static LocalDate Later(LocalDate a, LocalDate b) => a > b ? a : b;

    // FNV-1a over the UTF-8 of "plan/task": stable across runs and machines, unlike string.GetHashCode.
    private static ulong Draw(string planId, string taskId)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes(planId + "/" + taskId))
        {
            hash = unchecked((hash ^ b) * 1099511628211UL);
        }

        return hash;
    }
}
