namespace KhanhHoa.Governance.Reporting.Documents;

/// <summary>
/// A table: its columns, its rows and, when it has one, its total row. The composer has already dropped the columns
/// empty in every row and worded every cell; a writer lays it out.
/// </summary>
/// <param name="Columns">The columns, in order.</param>
/// <param name="Rows">The body rows.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record DocumentTable(IReadOnlyList<TableColumn> Columns, IReadOnlyList<TableRow> Rows) : DocumentBlock
{
    /// <summary>The columns (a read-only copy).</summary>
    public IReadOnlyList<TableColumn> Columns { get; init; } = [.. Columns];

    /// <summary>The body rows (a read-only copy).</summary>
    public IReadOnlyList<TableRow> Rows { get; init; } = [.. Rows];

    /// <summary>
    /// The header rows, top to bottom; by default one, the columns' headers. A cell spanning several columns heads a group
    /// of them; the last row always has one cell per column.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<TableHeaderCell>> HeaderRows { get; init; } =
        [[.. Columns.Select(static column => new TableHeaderCell(column.Header, 1))]];

    /// <summary>The total row below the body ("Toàn tỉnh", "Tổng số"), or <see langword="null"/> when the table has none.</summary>
    public TableRow? Total { get; init; }

    /// <summary>
    /// The column that names a row (a unit, a plan), repeated at the left of every page when the table runs across pages;
    /// <see langword="null"/> when none.
    /// </summary>
    public int? RepeatedColumn { get; init; }
}
