namespace KhanhHoa.Governance.Tasks;

/// <summary>One thing a task leaves unclear.</summary>
/// <param name="TaskId">The task's id.</param>
/// <param name="Issue">What is unclear.</param>
/// <param name="Detail">The printed text behind the finding (the lead cell, the deadline), when there is one.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record FiveClearsFinding(string TaskId, FiveClearsIssue Issue, string? Detail);
