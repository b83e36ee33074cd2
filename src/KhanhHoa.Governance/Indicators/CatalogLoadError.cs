using System.Globalization;

namespace KhanhHoa.Governance.Indicators;

/// <summary>One problem found while loading indicator data: where (JSON path, line, column) and what.</summary>
/// <param name="Path">The JSON path, e.g. <c>$.targets[3].comparator</c>.</param>
/// <param name="Line">The 1-based line.</param>
/// <param name="Column">The 1-based column.</param>
/// <param name="Message">What is wrong.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record CatalogLoadError(string Path, int Line, int Column, string Message)
{
    /// <summary>The error in one line: <c>$.targets[3].comparator (line 40, column 21): unknown comparator "≥="</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Path} (line {Line}, column {Column}): {Message}");
}
