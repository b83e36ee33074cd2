using System.Globalization;
using System.Text;
using OneOf;

namespace KhanhHoa.Governance.Indicators;

/// <summary>One term of a <see cref="MeasureExpression"/>: a coefficient times a measure, or a constant.</summary>
/// <param name="Coefficient">The signed coefficient (the constant itself when <paramref name="Measure"/> is <see langword="null"/>).</param>
/// <param name="Measure">The measure name, or <see langword="null"/> for a constant term.</param>
/// <threadsafety>Immutable value type; safe to share between threads.</threadsafety>
public readonly record struct MeasureTerm(long Coefficient, string? Measure);

/// <summary>
/// A linear combination of named measures, such as <c>resolved_on_time + pending_end - pending_overdue_end</c>
/// or <c>tthc_province + tthc_commune</c>: the numerator, denominator or side of a rule.
/// </summary>
/// <remarks>
/// Grammar: terms joined by <c>+</c> or <c>-</c>; a term is a measure name (letters, digits, <c>_</c>, <c>.</c>),
/// an integer, or an integer times a name (<c>14 * forms_per_unit</c>). Linear on purpose: sums of counts roll up
/// exactly over units and periods, which products and quotients would not.
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class MeasureExpression : IEquatable<MeasureExpression>
{
    private MeasureExpression(IReadOnlyList<MeasureTerm> terms) => Terms = terms;

    /// <summary>The terms, in the order written.</summary>
    public IReadOnlyList<MeasureTerm> Terms { get; }

    /// <summary>The distinct measure names the expression reads.</summary>
    public IEnumerable<string> Measures => Terms.Where(static t => t.Measure is not null).Select(static t => t.Measure!).Distinct(StringComparer.Ordinal);

    /// <summary>An expression that is a single measure.</summary>
    /// <param name="measure">The measure name.</param>
    /// <returns>The expression.</returns>
    public static MeasureExpression Of(string measure)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(measure);
        return new MeasureExpression([new MeasureTerm(1, measure)]);
    }

    /// <summary>Parses an expression such as <c>received_online + 2 * x - 3</c>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The expression, or where the text stops making sense.</returns>
    public static OneOf<MeasureExpression, ParseError> Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new ParseError("expected a measure name or a number", text ?? string.Empty, 0);
        }

        var terms = new List<MeasureTerm>();
        var i = 0;
        var sign = 1L;
        SkipSpaces(text, ref i);
        if (i < text.Length && text[i] is '-' or '+')
        {
            sign = text[i] == '-' ? -1 : 1;
            i++;
        }

        while (true)
        {
            SkipSpaces(text, ref i);
            if (i >= text.Length)
            {
                return new ParseError("expected a measure name or a number", text, i);
            }

            long coefficient = 1;
            string? name = null;
            if (char.IsAsciiDigit(text[i]))
            {
                var start = i;
                while (i < text.Length && char.IsAsciiDigit(text[i]))
                {
                    i++;
                }

                if (!long.TryParse(text.AsSpan(start, i - start), NumberStyles.None, CultureInfo.InvariantCulture, out coefficient))
                {
                    return new ParseError("number too large", text, start);
                }

                SkipSpaces(text, ref i);
                if (i < text.Length && text[i] == '*')
                {
                    i++;
                    SkipSpaces(text, ref i);
                    if (i >= text.Length || !IsNameStart(text[i]))
                    {
                        return new ParseError("expected a measure name after '*'", text, i);
                    }

                    name = ReadName(text, ref i);
                }
            }
            else if (IsNameStart(text[i]))
            {
                name = ReadName(text, ref i);
            }
            else
            {
                return new ParseError("expected a measure name or a number", text, i);
            }

            terms.Add(new MeasureTerm(sign * coefficient, name));
            SkipSpaces(text, ref i);
            if (i >= text.Length)
            {
                return new MeasureExpression(terms);
            }

            if (text[i] is not ('+' or '-'))
            {
                return new ParseError("expected '+' or '-'", text, i);
            }

            sign = text[i] == '-' ? -1 : 1;
            i++;
        }
    }

    /// <summary>
    /// Evaluates the expression; measures the lookup does not know are reported in <paramref name="missing"/>
    /// and count as zero in the result, so the caller applies its own missing-value policy.
    /// </summary>
    /// <param name="lookup">Returns a measure's value, or <see langword="null"/> when it is missing.</param>
    /// <param name="missing">Receives the names of missing measures.</param>
    /// <returns>The value with missing measures taken as zero.</returns>
    public decimal Evaluate(Func<string, decimal?> lookup, ICollection<string> missing)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        ArgumentNullException.ThrowIfNull(missing);
        var total = 0m;
        foreach (var term in Terms)
        {
            if (term.Measure is null)
            {
                total += term.Coefficient;
                continue;
            }

            if (lookup(term.Measure) is { } value)
            {
                total += term.Coefficient * value;
            }
            else if (!missing.Contains(term.Measure))
            {
                missing.Add(term.Measure);
            }
        }

        return total;
    }

    /// <summary>The canonical text: terms joined by <c> + </c> and <c> - </c>.</summary>
    /// <returns>For example <c>resolved_on_time + pending_end - pending_overdue_end</c>.</returns>
    public override string ToString()
    {
        var builder = new StringBuilder();
        for (var t = 0; t < Terms.Count; t++)
        {
            var term = Terms[t];
            var magnitude = Math.Abs(term.Coefficient);
            builder.Append(t == 0 ? (term.Coefficient < 0 ? "-" : string.Empty) : (term.Coefficient < 0 ? " - " : " + "));
            if (term.Measure is null)
            {
                builder.Append(magnitude.ToString(CultureInfo.InvariantCulture));
            }
            else
            {
                if (magnitude != 1)
                {
                    builder.Append(magnitude.ToString(CultureInfo.InvariantCulture)).Append(" * ");
                }

                builder.Append(term.Measure);
            }
        }

        return builder.ToString();
    }

    /// <inheritdoc/>
    public bool Equals(MeasureExpression? other) => other is not null && Terms.SequenceEqual(other.Terms);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as MeasureExpression);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(ToString());

    private static bool IsNameStart(char c) => char.IsAsciiLetter(c) || c == '_';

    private static string ReadName(string text, ref int i)
    {
        var start = i;
        while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] is '_' or '.'))
        {
            i++;
        }

        return text[start..i];
    }

    private static void SkipSpaces(string text, ref int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }
    }
}
