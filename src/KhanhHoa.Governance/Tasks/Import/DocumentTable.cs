namespace KhanhHoa.Governance.Tasks.Import;

/// <summary>A table: its rows in order, the header row(s) included, as the reader found them.</summary>
/// <param name="Rows">The rows, header first.</param>
/// <param name="Location">Where the table starts.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
internal sealed record DocumentTable(IReadOnlyList<DocumentRow> Rows, DocumentLocation Location) : DocumentBlock(Location);
