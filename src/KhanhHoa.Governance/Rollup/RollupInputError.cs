namespace KhanhHoa.Governance.Rollup;

/// <summary>
/// A problem found in rollup input: which line (1-based; the header is line 1 of a CSV file, the first record is
/// line 1 of a JSON-lines file or of an in-memory batch), which column (1-based field position in a CSV row or in
/// the contract's column order, or byte position in a JSON line; 0 when the problem concerns a whole line or no
/// line), the field's contract name, and what is wrong.
/// </summary>
/// <param name="Line">The 1-based line or record number; 0 when the problem is not tied to a line.</param>
/// <param name="Column">The 1-based column; 0 when the problem concerns the whole line.</param>
/// <param name="Field">The contract name of the field (<c>received_at</c>), or an empty string.</param>
/// <param name="Message">What is wrong, e.g. "expected a date yyyy-MM-dd".</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record RollupInputError(int Line, int Column, string Field, string Message)
{
    /// <summary>For example <c>line 12, column 7 (due_date): expected a date yyyy-MM-dd</c>.</summary>
    /// <returns>The error in one line.</returns>
    public override string ToString() => Line == 0
        ? (Field.Length == 0 ? Message : $"{Field}: {Message}")
        : Column == 0
            ? $"line {Line}: {Message}"
            : $"line {Line}, column {Column} ({Field}): {Message}";
}
