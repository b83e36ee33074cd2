namespace KhanhHoa.Governance.Reporting;

/// <summary>The task counts of one plan or one lead agency.</summary>
/// <param name="Name">The plan (e.g. "3433/KH-UBND") or the lead agency (e.g. "Sở Y tế").</param>
/// <param name="Counts">The counts.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record TaskSummary(string Name, TaskCounts Counts);
