using KhanhHoa.Governance.Calendar;

namespace KhanhHoa.Governance.Submissions;

/// <summary>One reporting duty of a data set: for periods of a kind, the report is due by a rule; with the words that set it.</summary>
/// <param name="PeriodKind">The kind of period (monthly, six-monthly, yearly …).</param>
/// <param name="DueRule">When the report for such a period is due.</param>
/// <param name="Quote">The source's words, verbatim ("báo cáo hàng tháng (trước ngày 14 của tháng)").</param>
/// <param name="Source">Where the words are (document and section).</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record ReportingDuty(ReportingPeriodKind PeriodKind, ReportDueRule DueRule, string Quote, string Source);
