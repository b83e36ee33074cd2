namespace KhanhHoa.Governance.Reporting;

/// <summary>An open task whose deadline falls in the next reporting period.</summary>
/// <param name="Id">The task id within its plan.</param>
/// <param name="Plan">The plan the task belongs to.</param>
/// <param name="Title">What the task is.</param>
/// <param name="LeadAgency">The lead agency (đơn vị chủ trì).</param>
/// <param name="Deadline">The deadline.</param>
/// <param name="Provenance">Where the task data comes from.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record UpcomingTask(string Id, string Plan, string Title, string LeadAgency, LocalDate Deadline, Provenance Provenance);
