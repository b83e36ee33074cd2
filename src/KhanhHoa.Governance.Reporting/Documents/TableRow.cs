namespace KhanhHoa.Governance.Reporting.Documents;

/// <summary>A row of a table: one cell per column.</summary>
/// <param name="Cells">Its cells, in the columns' order.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record TableRow(IReadOnlyList<TableCell> Cells)
{
    /// <summary>Its cells (a read-only copy).</summary>
    public IReadOnlyList<TableCell> Cells { get; init; } = [.. Cells];
}
