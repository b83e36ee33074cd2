using System.Globalization;

namespace KhanhHoa.Governance.Tasks.Import;

/// <summary>Where a block, row or cell stands in its file: the line of a text file, or the table and row of a Word file.</summary>
/// <param name="Line">The one-based line in a text file (for a Word paragraph, its number in the body); 0 for a Word table or the whole document.</param>
/// <param name="Table">The one-based table in a Word file; 0 for a text file or outside tables.</param>
/// <param name="Row">The one-based row in that table; 0 for a text file or outside tables.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
internal sealed record DocumentLocation(int Line, int Table = 0, int Row = 0)
{
    /// <summary>A line of a text file.</summary>
    /// <param name="line">The one-based line.</param>
    /// <returns>The location.</returns>
    public static DocumentLocation AtLine(int line) => new(line);

    /// <summary>A row of a Word table.</summary>
    /// <param name="table">The one-based table.</param>
    /// <param name="row">The one-based row.</param>
    /// <returns>The location.</returns>
    public static DocumentLocation InTable(int table, int row) => new(0, table, row);

    /// <summary>The document as a whole (a finding about no one row).</summary>
    public static DocumentLocation Document { get; } = new(0);

    /// <inheritdoc/>
    public override string ToString() => Table > 0
        ? string.Create(CultureInfo.InvariantCulture, $"table {Table}, row {Row}")
        : Line > 0 ? string.Create(CultureInfo.InvariantCulture, $"line {Line}") : "document";
}
