using System.Globalization;

namespace KhanhHoa.Governance.Primitives;

/// <summary>
/// Where an <see cref="InputError"/> stands in what a host supplied, in whichever terms its format has: the file, the
/// line and column of text, the sheet and cell of a workbook, the path of a JSON value, the table and row of a Word
/// document, and the field. Parts a format does not have are <see langword="null"/>, empty or 0.
/// </summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record InputLocation
{
    /// <summary>The file or label the input came from, or <see langword="null"/> for a stream or bytes without a name.</summary>
    public string? File { get; init; }

    /// <summary>The one-based line of text (a CSV row, a JSON line, a line of a plan's text); 0 when none.</summary>
    public int Line { get; init; }

    /// <summary>The one-based column in that line; 0 when the whole line is meant.</summary>
    public int Column { get; init; }

    /// <summary>The sheet of a workbook, or <see langword="null"/>.</summary>
    public string? Sheet { get; init; }

    /// <summary>The cell of that sheet in A1 form (<c>C12</c>), or <see langword="null"/>.</summary>
    public string? Cell { get; init; }

    /// <summary>The path of a JSON value (<c>$.plans[0].tasks[12].id</c>), or <see langword="null"/>.</summary>
    public string? JsonPath { get; init; }

    /// <summary>The one-based table of a Word document; 0 when none.</summary>
    public int Table { get; init; }

    /// <summary>The one-based row of that table; 0 when none.</summary>
    public int Row { get; init; }

    /// <summary>The field, column or item concerned (<c>due_date</c>, <c>figures[3].value</c>, <c>task 27.1</c>), or an empty string.</summary>
    public string Field { get; init; } = string.Empty;

    /// <summary>The parts it has, in reading order: <c>plan.docx, table 2, row 5 (task 27.1)</c>; <c>line 12, column 7 (due_date)</c>.</summary>
    /// <returns>The location, independent of the current culture; empty when it has no part.</returns>
    public override string ToString()
    {
        List<string> parts = [];
        if (File is not null)
        {
            parts.Add(File);
        }

        if (Sheet is not null || Cell is not null)
        {
            parts.Add(Sheet is null ? Cell! : Cell is null ? Sheet : $"{Sheet}!{Cell}");
        }

        if (JsonPath is not null)
        {
            parts.Add(JsonPath);
        }

        if (Table > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"table {Table}, row {Row}"));
        }
        else if (Line > 0 && Cell is null)
        {
            parts.Add(Column > 0 ? string.Create(CultureInfo.InvariantCulture, $"line {Line}, column {Column}") : string.Create(CultureInfo.InvariantCulture, $"line {Line}"));
        }

        var at = string.Join(", ", parts);
        return Field.Length == 0 ? at : at.Length == 0 ? Field : $"{at} ({Field})";
    }
}
