namespace KhanhHoa.Governance.Tasks;

/// <summary>The five-clears check of one plan: every finding, and a summary.</summary>
/// <param name="PlanId">The plan's id.</param>
/// <param name="TasksChecked">The tasks checked (rows without sub-rows).</param>
/// <param name="Findings">Every finding, in task order.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record FiveClearsReport(string PlanId, int TasksChecked, IReadOnlyList<FiveClearsFinding> Findings)
{
    /// <summary>The number of tasks with no finding.</summary>
    public int TasksFullyClear => TasksChecked - Findings.Select(static f => f.TaskId).Distinct(StringComparer.Ordinal).Count();

    /// <summary>The number of tasks with each issue (issues with no task are left out).</summary>
    public IReadOnlyDictionary<FiveClearsIssue, int> CountByIssue =>
        Findings.GroupBy(static f => f.Issue).OrderBy(static g => g.Key).ToDictionary(static g => g.Key, static g => g.Count());

    /// <summary>One line: <c>3433/KH-UBND: 82 tasks, 0 fully clear; NoLead 0, …</c>.</summary>
    /// <returns>The summary.</returns>
    public override string ToString() =>
        $"{PlanId}: {TasksChecked} tasks, {TasksFullyClear} fully clear; " + string.Join(", ", CountByIssue.Select(static p => $"{p.Key} {p.Value}"));
}
