namespace KhanhHoa.Governance.Indicators;

/// <summary>An indicator's value in one month, for projections.</summary>
/// <param name="Month">The month.</param>
/// <param name="Value">The value (cumulative or monthly, as the indicator is reported).</param>
/// <threadsafety>Immutable value type; safe to share between threads.</threadsafety>
public readonly record struct SeriesPoint(YearMonth Month, decimal Value);
