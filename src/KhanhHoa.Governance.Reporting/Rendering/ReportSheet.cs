namespace KhanhHoa.Governance.Reporting;

// One sheet of the report workbook as rows of typed values (text, int, long, decimal, LocalDate, Percentage): the
// columns, the body that a filter or a sort may reorder, and the footer rows set apart below it that they must not
// touch (a total, a closing line, or what an empty body means).
internal sealed record ReportSheet(IReadOnlyList<SheetColumn> Columns, IReadOnlyList<object?[]> Body)
{
    /// <summary>Bold rows after the body and a blank row: totals or a summary line.</summary>
    public IReadOnlyList<object?[]> Footer { get; init; } = [];

    /// <summary>A second header row of the columns' contract names, when any column has one.</summary>
    public bool HasContractRow => Columns.Any(column => column.ContractName is not null);

    /// <summary>The header rows: the Vietnamese headers, then the contract names when there are any.</summary>
    public int HeaderRows => HasContractRow ? 2 : 1;
}

// A column: its Vietnamese header, its width in characters, the name a machine contract gives it (e.g. the rollup
// JSON's "received"), written in the second header row, and whether it holds codes, which never wrap: the column is
// widened to its longest code instead.
internal sealed record SheetColumn(string Header, double Width, string? ContractName = null, bool Codes = false);

// A rate in percentage points, written as an Excel percentage: the fraction (90.31 points stored as 0.9031) in the
// format 0.00%, so that the sheet can compute with it.
internal readonly record struct Percentage(decimal Points);
