using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using OneOf;

namespace KhanhHoa.Governance.Indicators;

/// <summary>
/// Numbers and percentages as Vietnamese officials write them: <c>.</c> groups thousands and <c>,</c> is the
/// decimal mark (<c>1.365.565</c>, <c>90,31%</c>, <c>83,1%</c>), as the Vietnamese national standard
/// TCVN 6909 and the Government's document style (Decree 30/2020/NĐ-CP, Appendix I) use them.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Parse"/> accepts only that convention (groups are optional: <c>2025</c> and <c>08</c> parse too).
/// <see cref="ParseTolerant"/> also accepts the slips found in real reports and says which reading it chose:
/// <c>90.31%</c> (dot as decimal mark), <c>24,765</c> people (comma as thousands separator),
/// <c>1,365,565</c> and <c>1,234.5</c> (English convention).
/// </para>
/// <para>Round trip: for every value and decimal count, <c>Parse(Format(v, d)).Value == v</c> when <c>v</c> has at most
/// <c>d</c> decimals, and <c>Format(p.Value, p.Decimals)</c> gives back a canonical text.</para>
/// <para>Parsers never throw; they return a <see cref="ParseError"/> with the position of the problem.</para>
/// </remarks>
/// <threadsafety>Stateless; safe to use from any thread.</threadsafety>
public static class VietnameseNumber
{
    // decimal holds 28 significant digits exactly; longer texts are refused instead of overflowing.
    private const int MaxDigits = 28;

    /// <summary>Formats a value the Vietnamese way, rounding half away from zero to <paramref name="decimals"/> places.</summary>
    /// <param name="value">The value.</param>
    /// <param name="decimals">Decimal places to print, 0–20.</param>
    /// <returns>For example <c>1.365.565</c> or <c>90,31</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0–20.</exception>
    public static string Format(decimal value, int decimals)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(decimals, 20);
        var rounded = decimal.Round(value, decimals, MidpointRounding.AwayFromZero);
        var invariant = Math.Abs(rounded).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        var dot = invariant.IndexOf('.', StringComparison.Ordinal);
        var integerDigits = dot < 0 ? invariant : invariant[..dot];
        var builder = new StringBuilder(invariant.Length + (invariant.Length / 3) + 2);
        if (rounded < 0)
        {
            builder.Append('-');
        }

        for (var i = 0; i < integerDigits.Length; i++)
        {
            if (i > 0 && (integerDigits.Length - i) % 3 == 0)
            {
                builder.Append('.');
            }

            builder.Append(integerDigits[i]);
        }

        if (dot >= 0)
        {
            builder.Append(',').Append(invariant, dot + 1, invariant.Length - dot - 1);
        }

        return builder.ToString();
    }

    // Up to four decimals, trailing zeros dropped (1.466; 98,7753; 0,005): the figures a rule message compares.
    internal static string Compact(decimal value) => Format(value, 4).TrimEnd('0').TrimEnd(',');

    /// <summary>Formats a percentage the Vietnamese way: <c>90,31%</c>.</summary>
    /// <param name="percent">The percentage (90.31 for 90,31%).</param>
    /// <param name="decimals">Decimal places to print, 0–20.</param>
    /// <returns>The text with a trailing <c>%</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0–20.</exception>
    public static string FormatPercent(decimal percent, int decimals) => Format(percent, decimals) + "%";

    /// <summary>Parses a number or percentage written the Vietnamese way, and nothing else.</summary>
    /// <param name="text">The text, e.g. <c>1.365.565</c>, <c>90,31%</c>, <c>-2,5</c>.</param>
    /// <returns>The printed number, or an error saying what is wrong and where.</returns>
    public static OneOf<PrintedNumber, ParseError> Parse(string? text) => ParseCore(text, tolerant: false, ExpectedNumber.Any);

    /// <summary>Parses a number the Vietnamese way; <see langword="false"/> instead of an error.</summary>
    /// <param name="text">The text.</param>
    /// <param name="number">The number, when the text is valid.</param>
    /// <returns>Whether the text is valid.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out PrintedNumber number)
    {
        var result = Parse(text);
        number = result.IsT0 ? result.AsT0 : default;
        return result.IsT0;
    }

    /// <summary>
    /// Parses a number the way a careful reader would: the Vietnamese convention first, then the slips found in
    /// official texts; <see cref="PrintedNumber.Reading"/> and <see cref="PrintedNumber.Explanation"/> say which reading was chosen.
    /// </summary>
    /// <param name="text">The text, e.g. <c>90.31%</c> or <c>24,765</c>.</param>
    /// <param name="expected">What is known about the value; <see cref="ExpectedNumber.WholeNumber"/> settles <c>24,765</c> as 24 765.</param>
    /// <returns>The printed number, or an error when no reading fits.</returns>
    public static OneOf<PrintedNumber, ParseError> ParseTolerant(string? text, ExpectedNumber expected = ExpectedNumber.Any) =>
        ParseCore(text, tolerant: true, expected);

    private static OneOf<PrintedNumber, ParseError> ParseCore(string? text, bool tolerant, ExpectedNumber expected)
    {
        if (text is null)
        {
            return new ParseError("expected a number, got nothing", string.Empty, 0);
        }

        var start = 0;
        while (start < text.Length && IsSpace(text[start]))
        {
            start++;
        }

        var negative = start < text.Length && text[start] == '-';
        var bodyStart = negative ? start + 1 : start;
        var bodyEnd = bodyStart;
        while (bodyEnd < text.Length && (char.IsAsciiDigit(text[bodyEnd]) || text[bodyEnd] is '.' or ','))
        {
            bodyEnd++;
        }

        if (bodyEnd == bodyStart || !char.IsAsciiDigit(text[bodyStart]))
        {
            return new ParseError("expected a digit", text, bodyStart);
        }

        var rest = bodyEnd;
        while (rest < text.Length && IsSpace(text[rest]))
        {
            rest++;
        }

        var isPercent = rest < text.Length && text[rest] == '%';
        if (isPercent)
        {
            rest++;
            while (rest < text.Length && IsSpace(text[rest]))
            {
                rest++;
            }
        }

        if (rest < text.Length)
        {
            return new ParseError(isPercent ? "unexpected text after the percent sign" : "expected a digit, '.', ',' or '%'", text, rest);
        }

        var body = text.AsSpan(bodyStart, bodyEnd - bodyStart);
        var strict = ReadVietnamese(body, bodyStart, text);
        if (strict.IsT1)
        {
            if (!tolerant)
            {
                return strict.AsT1;
            }

            var repaired = ReadDeviation(body);
            if (repaired is not { } deviation)
            {
                return strict.AsT1;
            }

            return new PrintedNumber(Sign(deviation.Value, negative), deviation.Decimals, isPercent, deviation.Reading, null, text);
        }

        var (value, decimals, thousandsReading) = strict.AsT0;
        if (tolerant && thousandsReading is { } asThousands)
        {
            return expected == ExpectedNumber.WholeNumber
                ? new PrintedNumber(Sign(asThousands, negative), 0, isPercent, NumberReading.CommaAsThousandsSeparator, Sign(value, negative), text)
                : new PrintedNumber(Sign(value, negative), decimals, isPercent, NumberReading.Vietnamese, Sign(asThousands, negative), text);
        }

        return new PrintedNumber(Sign(value, negative), decimals, isPercent, NumberReading.Vietnamese, null, text);
    }

    private static decimal Sign(decimal value, bool negative) => negative ? -value : value;

    private static bool IsSpace(char c) => c is ' ' or '\u00A0' or '\u202F' or '\t';

    // The Vietnamese reading; also reports the thousands reading of an "ddd,ddd" text that has one.
    private static OneOf<(decimal Value, int Decimals, decimal? ThousandsReading), ParseError> ReadVietnamese(ReadOnlySpan<char> body, int offset, string text)
    {
        var comma = body.IndexOf(',');
        if (comma >= 0 && body[(comma + 1)..].IndexOf(',') is var second and >= 0)
        {
            return new ParseError("a number has at most one decimal comma", text, offset + comma + 1 + second);
        }

        var integerPart = comma >= 0 ? body[..comma] : body;
        var fraction = comma >= 0 ? body[(comma + 1)..] : [];
        if (comma >= 0 && fraction.IsEmpty)
        {
            return new ParseError("expected digits after the decimal comma", text, offset + body.Length);
        }

        if (fraction.IndexOf('.') is var dotInFraction and >= 0)
        {
            return new ParseError("a thousands dot cannot follow the decimal comma", text, offset + comma + 1 + dotInFraction);
        }

        if (integerPart.IsEmpty)
        {
            return new ParseError("expected a digit before the decimal comma", text, offset);
        }

        if (GroupError(integerPart, '.') is { } groupError)
        {
            return new ParseError(groupError.Message, text, offset + groupError.Position);
        }

        var digits = new StringBuilder(body.Length);
        foreach (var c in integerPart)
        {
            if (c != '.')
            {
                digits.Append(c);
            }
        }

        var integerDigits = digits.Length;
        digits.Append(fraction);
        if (digits.Length > MaxDigits)
        {
            return new ParseError("too many digits for an exact decimal", text, offset);
        }

        var value = Accumulate(digits.ToString()) / PrintedNumber.Pow10(fraction.Length);
        decimal? thousands = null;
        if (fraction.Length == 3 && integerPart.IndexOf('.') < 0 && integerDigits <= 3 && integerPart[0] != '0')
        {
            thousands = Accumulate(digits.ToString());
        }

        return (value, fraction.Length, thousands);
    }

    private static (decimal Value, int Decimals, NumberReading Reading)? ReadDeviation(ReadOnlySpan<char> body)
    {
        var commas = body.Count(',');
        var dots = body.Count('.');
        if (commas == 0 && dots == 1)
        {
            var dot = body.IndexOf('.');
            return Split(body[..dot], body[(dot + 1)..], NumberReading.DotAsDecimalMark);
        }

        var lastDot = body.LastIndexOf('.');
        if (commas >= 1 && dots <= 1 && (dots == 0 || lastDot > body.LastIndexOf(',')))
        {
            var integerPart = dots == 0 ? body : body[..lastDot];
            if (GroupError(integerPart, ',') is not null)
            {
                return null;
            }

            return Split(integerPart, dots == 0 ? [] : body[(lastDot + 1)..], dots == 0 ? NumberReading.CommaAsThousandsSeparator : NumberReading.English);
        }

        return null;
    }

    private static (decimal Value, int Decimals, NumberReading Reading)? Split(ReadOnlySpan<char> integerPart, ReadOnlySpan<char> fraction, NumberReading reading)
    {
        var digits = new StringBuilder(integerPart.Length + fraction.Length);
        foreach (var c in integerPart)
        {
            if (c != ',')
            {
                digits.Append(c);
            }
        }

        if (digits.Length == 0 || (reading != NumberReading.CommaAsThousandsSeparator && fraction.IsEmpty) || digits.Length + fraction.Length > MaxDigits)
        {
            return null;
        }

        digits.Append(fraction);
        return (Accumulate(digits.ToString()) / PrintedNumber.Pow10(fraction.Length), fraction.Length, reading);
    }

    // Grouped integers: 1–3 digits, then groups of exactly 3; ungrouped integers of any length are accepted.
    private static (string Message, int Position)? GroupError(ReadOnlySpan<char> integerPart, char separator)
    {
        if (integerPart.IndexOf(separator) < 0)
        {
            return null;
        }

        var groupStart = 0;
        var first = true;
        for (var i = 0; i <= integerPart.Length; i++)
        {
            if (i < integerPart.Length && integerPart[i] != separator)
            {
                continue;
            }

            var length = i - groupStart;
            if (first ? length is < 1 or > 3 : length != 3)
            {
                return (first ? "expected 1 to 3 digits before the first thousands separator" : "expected exactly 3 digits in a thousands group", groupStart);
            }

            first = false;
            groupStart = i + 1;
        }

        return null;
    }

    private static decimal Accumulate(string digits)
    {
        var value = 0m;
        foreach (var c in digits)
        {
            value = (value * 10m) + (c - '0');
        }

        return value;
    }
}
