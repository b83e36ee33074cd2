namespace KhanhHoa.Governance.Tasks.Import;

/// <summary>One row of a table.</summary>
/// <param name="Cells">The cells in order.</param>
/// <param name="Location">Where the row stands.</param>
/// <param name="Positioned">
/// Whether every cell stands in its own column, empty cells included (a Word table, after merged cells are expanded).
/// <see langword="false"/> for text extraction that drops empty cells and prints each paragraph of a cell on its own
/// line, so the importer has to work out which column each line belongs to.
/// </param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
internal sealed record DocumentRow(IReadOnlyList<DocumentCell> Cells, DocumentLocation Location, bool Positioned);
