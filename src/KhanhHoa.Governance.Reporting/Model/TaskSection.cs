namespace KhanhHoa.Governance.Reporting;

/// <summary>The task part of the report: the 2×2 counts overall, per plan and per lead agency, the overdue list and the tasks due soon.</summary>
/// <param name="Total">The counts over every task.</param>
/// <param name="ByPlan">Counts per plan, ordered by plan name.</param>
/// <param name="ByAgency">Counts per lead agency, most overdue first, then by name.</param>
/// <param name="Overdue">Open overdue tasks, latest first.</param>
/// <param name="DueSoon">Open tasks the core finds due soon (<c>PlanTaskStatus.DueSoon</c>), earliest deadline first.</param>
/// <param name="Tasks">Every task counted, with the core's status, in the order they were added (cancelled ones left out).</param>
/// <param name="Provenance">Where the task records come from (synthetic when any of them is).</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record TaskSection(
    TaskCounts Total,
    IReadOnlyList<TaskSummary> ByPlan,
    IReadOnlyList<TaskSummary> ByAgency,
    IReadOnlyList<OverdueTask> Overdue,
    IReadOnlyList<UpcomingTask> DueSoon,
    IReadOnlyList<ReportTask> Tasks,
    Provenance Provenance)
{
    /// <summary>Counts per plan (a read-only copy).</summary>
    public IReadOnlyList<TaskSummary> ByPlan { get; init; } = [.. ByPlan];

    /// <summary>Counts per lead agency (a read-only copy).</summary>
    public IReadOnlyList<TaskSummary> ByAgency { get; init; } = [.. ByAgency];

    /// <summary>Open overdue tasks (a read-only copy).</summary>
    public IReadOnlyList<OverdueTask> Overdue { get; init; } = [.. Overdue];

    /// <summary>Open tasks due soon (a read-only copy).</summary>
    public IReadOnlyList<UpcomingTask> DueSoon { get; init; } = [.. DueSoon];

    /// <summary>Every task counted (a read-only copy).</summary>
    public IReadOnlyList<ReportTask> Tasks { get; init; } = [.. Tasks];
}
