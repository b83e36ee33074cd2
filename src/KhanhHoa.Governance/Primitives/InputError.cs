using System.Globalization;

namespace KhanhHoa.Governance.Primitives;

/// <summary>
/// One located problem or finding in input a host supplied: a JSON data file, a CSV or JSON-lines file of dossiers or
/// org units, a workbook, a plan's Word file or text, an in-memory batch, or the hierarchy and periods given to the
/// rollup engine. Every reader, loader and validator of the library reports its errors as a list of these inside an
/// <see cref="InputResult{T}"/>, and its warnings (<see cref="Severity"/>) as these too; <see cref="Location"/> gives the
/// place as one value whatever the format.
/// </summary>
/// <param name="Line">
/// The one-based line: of the value in a JSON file (for a missing property, the line of its object); of the row in a
/// CSV file (the header is line 1); of the record in a JSON-lines file or an in-memory batch. 0 when the problem is
/// not tied to a line.
/// </param>
/// <param name="Column">
/// The one-based column: in characters in a JSON file, the field's position in a CSV row (or in the contract's column
/// order), or the byte position in a JSON line. 0 when the problem concerns a whole line.
/// </param>
/// <param name="Message">What is wrong, e.g. "expected a date yyyy-MM-dd".</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record InputError(int Line, int Column, string Message)
{
    /// <summary>The file or label the input came from (<c>plans</c>, a file path), or <see langword="null"/> when the reader was given only a stream or bytes.</summary>
    public string? Source { get; init; }

    /// <summary>
    /// For JSON input, the path of the value concerned, e.g. <c>$.plans[0].tasks[12].lead.agencies[1]</c> (for a
    /// missing property, the path it should have); <see langword="null"/> for rows and fields.
    /// </summary>
    public string? JsonPath { get; init; }

    /// <summary>
    /// For spreadsheet input, the cell in A1 form (<c>C12</c>); <see cref="Source"/> then names the sheet. <see cref="Line"/>
    /// is the cell's row and <see cref="Column"/> its column number. <see langword="null"/> for other input.
    /// </summary>
    public string? Cell { get; init; }

    /// <summary>For rows and engine input, the contract name of the field or cell (<c>received_at</c>, <c>parent_code</c>), or an empty string.</summary>
    public string Field { get; init; } = string.Empty;

    /// <summary>For a Word document, the one-based table; 0 for other input or outside tables.</summary>
    public int Table { get; init; }

    /// <summary>For a Word document, the one-based row of <see cref="Table"/>; 0 for other input.</summary>
    public int Row { get; init; }

    /// <summary>An error (the default: the input is rejected) or a warning (the input is read; this is for its checker).</summary>
    public InputSeverity Severity { get; init; }

    /// <summary>Where it stands, as one value: a spreadsheet error's <see cref="Source"/> is the sheet, any other's the file.</summary>
    public InputLocation Location => new()
    {
        File = Cell is null ? Source : null,
        Sheet = Cell is null ? null : Source,
        Line = Line,
        Column = Column,
        Cell = Cell,
        JsonPath = JsonPath,
        Table = Table,
        Row = Row,
        Field = Field,
    };

    /// <summary>
    /// The error in one line. A JSON error: <c>plans:$.plans[0].tasks[3].id (line 42, column 13): duplicate task id '27.1'</c>
    /// (the source, when known, before the path). A row or field error: <c>line 12, column 7 (due_date): expected a date yyyy-MM-dd</c>.
    /// A cell error: <c>Danh sách!G12 (due_date): expected a date yyyy-MM-dd</c>. A warning, or a place in a Word table,
    /// gives its whole <see cref="Location"/>: <c>plan.docx, table 2, row 5 (task 27.1): "Ban X" names no known agency</c>.
    /// </summary>
    /// <returns>The formatted error, independent of the current culture.</returns>
    public override string ToString()
    {
        if (Severity == InputSeverity.Warning || Table > 0)
        {
            return Location.ToString() is { Length: > 0 } at ? $"{at}: {Message}" : Message;
        }

        if (JsonPath is { } path)
        {
            var where = Source is null ? path : $"{Source}:{path}";
            return string.Create(CultureInfo.InvariantCulture, $"{where} (line {Line}, column {Column}): {Message}");
        }

        if (Cell is { } cell)
        {
            var at = Source is null ? cell : $"{Source}!{cell}";
            return Field.Length == 0 ? $"{at}: {Message}" : $"{at} ({Field}): {Message}";
        }

        return Line == 0
            ? (Field.Length == 0 ? Message : $"{Field}: {Message}")
            : Column == 0
                ? string.Create(CultureInfo.InvariantCulture, $"line {Line}: {Message}")
                : string.Create(CultureInfo.InvariantCulture, $"line {Line}, column {Column} ({Field}): {Message}");
    }
}
