namespace KhanhHoa.Governance.Reporting;

/// <summary>One next-period priority of section III ("Nhiệm vụ trọng tâm trong thời gian tới").</summary>
/// <param name="Responsible">Who carries it out, e.g. "Sở Y tế"; section III groups priorities by it.</param>
/// <param name="Text">What to do.</param>
/// <param name="DueBy">The date it must be done by, when there is one.</param>
/// <param name="Source">Why it is listed.</param>
/// <param name="Reference">The task id or indicator code it comes from, when derived.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record PriorityItem(string Responsible, string Text, LocalDate? DueBy, PrioritySource Source, string? Reference = null);
