namespace KhanhHoa.Governance.Reporting;

/// <summary>A plan task as the report needs it: who leads it, its deadline and when (if ever) it was completed.</summary>
/// <param name="Id">The task id within its plan.</param>
/// <param name="Plan">The plan's number and symbol, e.g. "3433/KH-UBND".</param>
/// <param name="Title">What the task is.</param>
/// <param name="LeadAgency">The lead agency (đơn vị chủ trì).</param>
/// <param name="Deadline">The deadline; <see langword="null"/> for continuous tasks (thực hiện thường xuyên).</param>
/// <param name="CompletedOn">The completion date, or <see langword="null"/> while open. A date after the as-of date counts as open.</param>
/// <param name="Provenance">Where the record comes from.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record TaskRecord(
    string Id,
    string Plan,
    string Title,
    string LeadAgency,
    LocalDate? Deadline,
    LocalDate? CompletedOn,
    Provenance Provenance = Provenance.Computed);
