using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace KhanhHoa.Governance.Tests.Hostile;

/// <summary>The kinds of damage a real input file suffers on its way to a reader.</summary>
public enum MutationKind
{
    /// <summary>One byte replaced by another value.</summary>
    FlipByte,

    /// <summary>The file cut short.</summary>
    Truncate,

    /// <summary>A line written twice.</summary>
    DuplicateLine,

    /// <summary>A line lost.</summary>
    DeleteLine,

    /// <summary>Two lines exchanged.</summary>
    SwapLines,

    /// <summary>Bytes that are not UTF-8 (a lone lead byte, 0xFF, an encoded surrogate, an overlong form).</summary>
    InvalidUtf8,

    /// <summary>A NUL byte.</summary>
    Nul,

    /// <summary>A double quote where none belongs.</summary>
    StrayQuote,

    /// <summary>A date replaced by one at or beyond an edge of some range.</summary>
    EdgeDate,

    /// <summary>A number replaced by a huge, negative or non-finite one.</summary>
    HugeNumber,

    /// <summary>The whole text re-encoded (UTF-16 LE or BE with a byte order mark, Latin-1).</summary>
    OtherEncoding,

    /// <summary>A byte order mark in the middle of the text.</summary>
    InnerBom,

    /// <summary>A line break inserted at some place (inside a field, a string, a number).</summary>
    LineBreak,
}

/// <summary>
/// One mutation of an input, with where it strikes given as fractions of the input so that the same mutation
/// applies to any input and shrinks to a readable counterexample.
/// </summary>
/// <param name="Kind">What is done.</param>
/// <param name="Where">Where, as a fraction of the input (or of its lines, or of its dates or numbers) in [0, 1).</param>
/// <param name="Choice">Which value of the kind's own table to use (a byte, an edge date, a number, an encoding).</param>
public sealed record Mutation(MutationKind Kind, double Where, int Choice)
{
    /// <summary>Dates at and beyond the edges of every range a reader has (the store's 2000–2179, the calendar's 1900–2100, the year 0).</summary>
    public static readonly string[] EdgeDates =
    [
        "0001-01-01", "0000-01-01", "1899-12-31", "1900-01-01", "1949-12-31", "1999-12-31", "2000-01-01",
        "2100-12-31", "2101-01-01", "2179-06-05", "2179-06-06", "2180-01-01", "9999-12-31", "2025-02-29",
        "2024-02-29", "2025-13-01", "2025-00-10", "2025-04-31", "2026-12-02",
    ];

    /// <summary>Numbers no input should carry, and some at the edges of integer types.</summary>
    public static readonly string[] HugeNumbers =
    [
        "99999999999999999999999999", "2147483648", "-2147483649", "4294967296", "9223372036854775808", "-1",
        "1e400", "-1e400", "NaN", "Infinity", "0.1e-400", "1E+308", "00000000000000000000001", "-0",
    ];

    private static readonly byte[][] InvalidSequences =
    [
        [0xC3], [0xFF], [0xFE], [0xED, 0xA0, 0x80], [0xC0, 0xAF], [0xE2, 0x82], [0xF4, 0x90, 0x80, 0x80], [0x80],
    ];

    private static readonly Regex DateToken = new(@"\d{4}-\d{2}-\d{2}", RegexOptions.CultureInvariant);
    private static readonly Regex NumberToken = new(@"(?<![\w.-])-?\d+(\.\d+)?(?![\w-])", RegexOptions.CultureInvariant);

    /// <summary>Applies this mutation to <paramref name="input"/>, returning a new array.</summary>
    public byte[] Apply(byte[] input)
    {
        switch (Kind)
        {
            case MutationKind.FlipByte when input.Length > 0:
                {
                    var copy = (byte[])input.Clone();
                    copy[At(input.Length)] = (byte)Choice;
                    return copy;
                }

            case MutationKind.Truncate:
                return input[..At(input.Length + 1)];
            case MutationKind.DuplicateLine or MutationKind.DeleteLine or MutationKind.SwapLines:
                return EditLines(input);
            case MutationKind.InvalidUtf8:
                return Insert(input, InvalidSequences[Choice % InvalidSequences.Length]);
            case MutationKind.Nul:
                return Insert(input, [0]);
            case MutationKind.StrayQuote:
                return Insert(input, "\""u8.ToArray());
            case MutationKind.InnerBom:
                return Insert(input, [0xEF, 0xBB, 0xBF]);
            case MutationKind.LineBreak:
                return Insert(input, Choice % 2 == 0 ? "\n"u8.ToArray() : "\r\n"u8.ToArray());
            case MutationKind.EdgeDate:
                return ReplaceToken(input, DateToken, EdgeDates[Choice % EdgeDates.Length]);
            case MutationKind.HugeNumber:
                return ReplaceToken(input, NumberToken, HugeNumbers[Choice % HugeNumbers.Length]);
            case MutationKind.OtherEncoding:
                {
                    var text = Encoding.UTF8.GetString(input);
                    Encoding encoding = (Choice % 3) switch { 0 => Encoding.Unicode, 1 => Encoding.BigEndianUnicode, _ => Encoding.Latin1 };
                    return [.. encoding.GetPreamble(), .. encoding.GetBytes(text)];
                }

            default:
                return input;
        }
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Kind}@{Where:0.####}#{Choice}");

    private int At(int length) => length == 0 ? 0 : Math.Min(length - 1, (int)(Where * length));

    private byte[] Insert(byte[] input, byte[] bytes)
    {
        var at = At(input.Length + 1);
        return [.. input.AsSpan(0, at), .. bytes, .. input.AsSpan(at)];
    }

    private byte[] EditLines(byte[] input)
    {
        var lines = SplitLines(input);
        if (lines.Count == 0)
        {
            return input;
        }

        var i = At(lines.Count);
        var j = Choice % lines.Count;
        switch (Kind)
        {
            case MutationKind.DuplicateLine:
                lines.Insert(i, lines[i]);
                break;
            case MutationKind.DeleteLine:
                lines.RemoveAt(i);
                break;
            default:
                (lines[i], lines[j]) = (lines[j], lines[i]);
                break;
        }

        return [.. lines.SelectMany(line => line)];
    }

    // Lines with their own line breaks, so that joining them gives the input back.
    private static List<byte[]> SplitLines(byte[] input)
    {
        var lines = new List<byte[]>();
        var start = 0;
        for (var i = 0; i < input.Length; i++)
        {
            if (input[i] == (byte)'\n')
            {
                lines.Add(input[start..(i + 1)]);
                start = i + 1;
            }
        }

        if (start < input.Length)
        {
            lines.Add(input[start..]);
        }

        return lines;
    }

    private byte[] ReplaceToken(byte[] input, Regex token, string replacement)
    {
        // Latin-1 maps bytes to characters one to one, so match indices are byte offsets and non-UTF-8 input survives.
        var text = Encoding.Latin1.GetString(input);
        var matches = token.Matches(text);
        if (matches.Count == 0)
        {
            return input;
        }

        var match = matches[At(matches.Count)];
        return Encoding.Latin1.GetBytes(string.Concat(text.AsSpan(0, match.Index), replacement, text.AsSpan(match.Index + match.Length)));
    }
}
