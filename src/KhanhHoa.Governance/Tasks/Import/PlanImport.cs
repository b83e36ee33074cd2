namespace KhanhHoa.Governance.Tasks.Import;

/// <summary>An imported plan and the report of its import.</summary>
/// <param name="Plan">The plan, its tasks in document order.</param>
/// <param name="Report">What was read and decided.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record PlanImport(Plan Plan, PlanImportReport Report);
