namespace KhanhHoa.Governance.Reporting;

/// <summary>An open task the core finds due soon: its deadline is within the due-soon horizon (<c>TaskStatusOptions.DueSoonWorkingDays</c> working days).</summary>
/// <param name="Id">The task id within its plan.</param>
/// <param name="Plan">The plan the task belongs to.</param>
/// <param name="Title">What the task is.</param>
/// <param name="LeadAgency">The lead agency (đơn vị chủ trì).</param>
/// <param name="Deadline">The deadline.</param>
/// <param name="Provenance">Where the task data comes from.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record UpcomingTask(string Id, string Plan, string Title, string LeadAgency, LocalDate Deadline, Provenance Provenance);
