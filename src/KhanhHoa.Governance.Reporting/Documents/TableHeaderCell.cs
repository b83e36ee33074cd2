namespace KhanhHoa.Governance.Reporting.Documents;

/// <summary>A cell of a table's header row, spanning one or more columns.</summary>
/// <param name="Text">Its text.</param>
/// <param name="Span">How many columns it spans, from 1.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record TableHeaderCell(string Text, int Span);
