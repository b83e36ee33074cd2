namespace KhanhHoa.Governance.Reporting;

// One sheet of the report workbook as rows of typed values (text, int, long, decimal, LocalDate, Percentage): the
// Vietnamese header row, the body that a filter or a sort may reorder, and the footer rows set apart below it that they
// must not touch (a total, a closing line, or what an empty body means).
internal sealed record ReportSheet(IReadOnlyList<SheetColumn> Columns, IReadOnlyList<object?[]> Body)
{
    /// <summary>Bold rows after the body and a blank row: totals or a summary line.</summary>
    public IReadOnlyList<object?[]> Footer { get; init; } = [];

    /// <summary>How many columns from the left name a row, printed again at the left of every page a wide sheet takes.</summary>
    public int TitleColumns { get; init; } = 1;
}

// A column: its Vietnamese header, its width in characters, and whether it holds codes, which never wrap: the column is
// widened to its longest code instead.
internal sealed record SheetColumn(string Header, double Width, bool Codes = false);

// A rate in percentage points, written as an Excel percentage: the fraction (90.31 points stored as 0.9031) in a
// percentage format with the decimals the core gave it, so that the sheet can compute with it.
internal readonly record struct Percentage(decimal Points);
