namespace KhanhHoa.Governance.Primitives;

/// <summary>
/// Why a text could not be parsed: what was expected, the input, and where in it the problem is.
/// Parsers of this library return it (usually as <c>OneOf&lt;T, ParseError&gt;</c>) instead of throwing.
/// </summary>
/// <param name="Message">A sentence saying what is wrong, e.g. "expected a month between 1 and 12".</param>
/// <param name="Input">The text that was parsed, as given.</param>
/// <param name="Position">The zero-based character position of the problem in <paramref name="Input"/>, when known.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record ParseError(string Message, string Input, int? Position = null)
{
    /// <summary>The message, the input and the position, in one line.</summary>
    /// <returns>For example <c>expected a month between 1 and 12 in "2025-13" at position 5</c>.</returns>
    public override string ToString() =>
        Position is { } position ? $"{Message} in \"{Input}\" at position {position}" : $"{Message} in \"{Input}\"";

    /// <summary>Turns the error into an exception, for callers that chose a throwing API.</summary>
    /// <returns>A <see cref="FormatException"/> carrying <see cref="ToString"/> as its message.</returns>
    public FormatException ToException() => new(ToString());
}
