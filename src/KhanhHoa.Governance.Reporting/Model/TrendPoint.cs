namespace KhanhHoa.Governance.Reporting;

/// <summary>One month's value of an indicator, for the 12-month trend.</summary>
/// <param name="Month">The reporting month the value belongs to (the period id's month).</param>
/// <param name="Value">The indicator's value in that month, in the indicator's unit.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record TrendPoint(YearMonth Month, decimal Value);
