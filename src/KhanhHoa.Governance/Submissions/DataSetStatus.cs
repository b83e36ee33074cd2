namespace KhanhHoa.Governance.Submissions;

/// <summary>One data set's reporting rate for a period and the province totals of its submitted figures.</summary>
/// <param name="Rate">Who had to report, who did and when, who is missing, the reminders.</param>
/// <param name="Figures">Each element's value summed up the hierarchy to the province, in the data set's order.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record DataSetStatus(ReportingRate Rate, IReadOnlyList<ElementTotal> Figures);
