using System.Text.Unicode;

namespace KhanhHoa.Governance.Primitives;

/// <summary>
/// The encoding checks every reader of the library shares (dossier CSV and JSON lines, org units, the JSON data
/// files): input must be UTF-8 without NUL bytes, and a UTF-16 or legacy 8-bit file is named as such rather than
/// reported as some odd byte far into the file.
/// </summary>
internal static class Utf8Text
{
    /// <summary>Whether the input starts like UTF-16 (a byte order mark, or mostly a NUL every other byte).</summary>
    /// <returns>The error to report at line 1, or <see langword="null"/>.</returns>
    public static string? Utf16Problem(ReadOnlySpan<byte> start)
    {
        if (start.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Utf16("little-endian");
        }

        if (start.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Utf16("big-endian");
        }

        var pairs = Math.Min(start.Length, 64) / 2;
        if (pairs < 2)
        {
            return null;
        }

        var lowNul = 0;
        var highNul = 0;
        for (var i = 0; i < pairs; i++)
        {
            lowNul += start[2 * i] == 0 ? 1 : 0;
            highNul += start[(2 * i) + 1] == 0 ? 1 : 0;
        }

        // Text in ASCII or Latin letters has a zero high byte in most UTF-16 units (Vietnamese letters such as 'ả',
        // U+1EA3, do not), and UTF-8 never has NUL in text: three zeros in four on one side and few on the other.
        return highNul * 4 >= pairs * 3 && lowNul * 4 < pairs ? Utf16("little-endian")
            : lowNul * 4 >= pairs * 3 && highNul * 4 < pairs ? Utf16("big-endian")
            : null;
    }

    /// <summary>The index of the first byte that is not valid UTF-8 or is NUL, or -1; fast when there is none.</summary>
    public static int IndexOfInvalid(ReadOnlySpan<byte> text) =>
        Utf8.IsValid(text) && !text.Contains((byte)0) ? -1 : Locate(text);

    /// <summary>
    /// Like <see cref="IndexOfInvalid"/> but without the whole-span fast check: its cost is the distance to the
    /// first bad byte, so that a reader looking for the next one after each bad record stays linear.
    /// </summary>
    public static int Locate(ReadOnlySpan<byte> text)
    {
        Span<char> chars = stackalloc char[2048];
        var at = 0;
        while (at < text.Length)
        {
            var status = Utf8.ToUtf16(text[at..], chars, out var read, out _, replaceInvalidSequences: false);
            var nul = text.Slice(at, read).IndexOf((byte)0);
            if (nul >= 0)
            {
                return at + nul;
            }

            at += read;
            if (status == System.Buffers.OperationStatus.InvalidData)
            {
                return at;
            }
        }

        return -1;
    }

    /// <summary>The length of <paramref name="text"/> without a sequence cut short at its end (by a buffer, not the input).</summary>
    public static int CompleteLength(ReadOnlySpan<byte> text)
    {
        for (var back = 1; back <= Math.Min(3, text.Length); back++)
        {
            var b = text[^back];
            if (b < 0x80)
            {
                break;
            }

            if (b >= 0xC0)
            {
                var needed = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
                return needed > back ? text.Length - back : text.Length;
            }
        }

        return text.Length;
    }

    /// <summary>The error for a byte <see cref="IndexOfInvalid"/> found.</summary>
    public static string Describe(byte bad) => bad == 0
        ? "NUL byte in the text"
        : $"invalid UTF-8 (byte 0x{bad:X2}); the file must be UTF-8, not Latin-1, Windows-1258 or another legacy encoding";

    private static string Utf16(string order) => $"the file is UTF-16 ({order}); save it as UTF-8";
}
