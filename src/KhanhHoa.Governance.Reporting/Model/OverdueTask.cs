namespace KhanhHoa.Governance.Reporting;

/// <summary>An open task whose deadline has passed, with how late it is in working days.</summary>
/// <param name="Id">The task id within its plan.</param>
/// <param name="Plan">The plan the task belongs to.</param>
/// <param name="Title">What the task is.</param>
/// <param name="LeadAgency">The lead agency (đơn vị chủ trì).</param>
/// <param name="Deadline">The deadline.</param>
/// <param name="WorkingDaysLate">Working days from the deadline (exclusive) to the as-of date (inclusive).</param>
/// <param name="Provenance">Where the task data comes from.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record OverdueTask(string Id, string Plan, string Title, string LeadAgency, LocalDate Deadline, int WorkingDaysLate, Provenance Provenance);
