using System.Globalization;

namespace KhanhHoa.Governance.Reporting.Documents;

/// <summary>
/// A table: its columns, its rows and, when it has one, its total row. The composer has already dropped the columns
/// empty in every row and worded every cell; a writer lays it out.
/// </summary>
/// <param name="Columns">The columns, in order.</param>
/// <param name="Rows">The body rows.</param>
/// <exception cref="ArgumentException">A body row, or the total row, has more or fewer cells than the table has columns.</exception>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record DocumentTable(IReadOnlyList<TableColumn> Columns, IReadOnlyList<TableRow> Rows) : DocumentBlock
{
    // A row of another width than the columns would have a writer read past them or drop cells: refused where it is made.
    private readonly IReadOnlyList<TableRow> rows = Fitted([.. Rows], Columns.Count);
    private readonly TableRow? total;

    /// <summary>The columns (a read-only copy).</summary>
    public IReadOnlyList<TableColumn> Columns { get; init; } = [.. Columns];

    /// <summary>The body rows (a read-only copy), each with one cell per column.</summary>
    /// <exception cref="ArgumentException">A row has more or fewer cells than the table has columns.</exception>
    public IReadOnlyList<TableRow> Rows
    {
        get => rows;
        init => rows = Fitted([.. value], Columns.Count);
    }

    /// <summary>
    /// The header rows, top to bottom; by default one, the columns' headers. A cell spanning several columns heads a group
    /// of them; the last row always has one cell per column.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<TableHeaderCell>> HeaderRows { get; init; } =
        [[.. Columns.Select(static column => new TableHeaderCell(column.Header, 1))]];

    /// <summary>The total row below the body ("Toàn tỉnh", "Tổng số"), or <see langword="null"/> when the table has none.</summary>
    /// <exception cref="ArgumentException">The row has more or fewer cells than the table has columns.</exception>
    public TableRow? Total
    {
        get => total;
        init => total = value is null ? null : Fitted([value], Columns.Count, "total row")[0];
    }

    /// <summary>
    /// The column that names a row (a unit, a plan), repeated at the left of every page when the table runs across pages;
    /// <see langword="null"/> when none.
    /// </summary>
    public int? RepeatedColumn { get; init; }

    private static TableRow[] Fitted(TableRow[] rows, int columns, string? name = null)
    {
        for (var i = 0; i < rows.Length; i++)
        {
            ArgumentNullException.ThrowIfNull(rows[i]);
            if (rows[i].Cells.Count != columns)
            {
                var which = name ?? string.Create(CultureInfo.InvariantCulture, $"row {i}");
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"The table's {which} has {rows[i].Cells.Count} cells for its {columns} columns."),
                    name is null ? nameof(Rows) : nameof(Total));
            }
        }

        return rows;
    }
}
