namespace KhanhHoa.Governance.Reporting;

/// <summary>One figure involved in a consistency-rule violation, as the report states it.</summary>
/// <param name="Name">What the figure is, e.g. "TTHC cung cấp DVCTT toàn trình".</param>
/// <param name="Value">The figure.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record ViolationFigure(string Name, decimal Value);
