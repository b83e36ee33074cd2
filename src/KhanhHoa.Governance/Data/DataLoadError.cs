namespace KhanhHoa.Governance.Data;

/// <summary>One problem in a data file, with where it is.</summary>
/// <param name="Path">The JSON path of the value concerned, e.g. <c>$.plans[0].tasks[12].lead.agencies[1]</c>.</param>
/// <param name="Line">The one-based line of the value in the file (0 when unknown).</param>
/// <param name="Column">The one-based column of the value in the file (0 when unknown).</param>
/// <param name="Message">What is wrong.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record DataLoadError(string Path, int Line, int Column, string Message)
{
    /// <summary>The error in one line: <c>$.plans[0].tasks[3].id (line 42, column 13): duplicate task id '27.1'</c>.</summary>
    /// <returns>The formatted error.</returns>
    public override string ToString() => $"{Path} (line {Line}, column {Column}): {Message}";
}
