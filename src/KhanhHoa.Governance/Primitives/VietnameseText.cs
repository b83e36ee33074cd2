using System.Globalization;
using System.Text;

namespace KhanhHoa.Governance.Primitives;

/// <summary>
/// Accent folding for matching Vietnamese words, the one the deadline parser and the agency registry share:
/// "Hằng Tháng", "hàng tháng" and "HANG THANG" all fold to "hang thang", "Sở Công Thương" to "so cong thuong".
/// Folding keeps the length of an NFC string, so a position in the folded text is the same position in the NFC text.
/// </summary>
internal static class VietnameseText
{
    private const char FirstMapped = '\u00C0';
    private const char LastMapped = '\u1EFF';
    private static readonly char[] FoldTable = BuildFoldTable();

    /// <summary>The NFC form of <paramref name="text"/>; text that cannot be normalised (lone surrogates) is returned as is.</summary>
    public static string ToNfc(string text)
    {
        try
        {
            return text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            // Invalid UTF-16 cannot be normalised; matching still works on the letters that are there.
            return text;
        }
    }

    /// <summary>Lower-case, accent-free, đ → d; same length as <paramref name="nfc"/>.</summary>
    public static string Fold(string nfc) => string.Create(nfc.Length, nfc, static (span, source) =>
    {
        for (var i = 0; i < span.Length; i++)
        {
            span[i] = Fold(source[i]);
        }
    });

    /// <summary>Folds one character.</summary>
    public static char Fold(char c)
    {
        if (c < 0x80)
        {
            return c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c;
        }

        if (c is >= FirstMapped and <= LastMapped)
        {
            return FoldTable[c - FirstMapped];
        }

        return char.IsWhiteSpace(c) ? ' ' : c;
    }

    /// <summary>Splits a text into word and punctuation tokens, each folded, with its span in the (NFC) text.</summary>
    public static List<Token> Tokenize(string nfc)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < nfc.Length)
        {
            var c = nfc[i];
            if (char.IsWhiteSpace(c) || IsMark(c))
            {
                i++;
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                var start = i;
                var builder = new StringBuilder();
                while (i < nfc.Length && (char.IsLetterOrDigit(nfc[i]) || IsMark(nfc[i])))
                {
                    if (!IsMark(nfc[i]))
                    {
                        builder.Append(Fold(nfc[i]));
                    }

                    i++;
                }

                tokens.Add(new Token(builder.ToString(), start, i, IsWord: true));
                continue;
            }

            tokens.Add(new Token(c.ToString(), i, i + 1, IsWord: false));
            i++;
        }

        return tokens;
    }

    // Combining marks left after NFC (text that was never precomposed) belong to the letter before them.
    private static bool IsMark(char c) => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;

    private static char[] BuildFoldTable()
    {
        var table = new char[LastMapped - FirstMapped + 1];
        for (var i = 0; i < table.Length; i++)
        {
            var c = (char)(FirstMapped + i);
            var lower = char.ToLowerInvariant(c);
            if (lower == 'đ')
            {
                table[i] = 'd';
                continue;
            }

            var decomposed = lower.ToString().Normalize(NormalizationForm.FormD);
            table[i] = decomposed[0] < 0x80 ? decomposed[0] : lower;
        }

        return table;
    }

    /// <summary>A folded token and its span [Start, End) in the text it came from.</summary>
    public readonly record struct Token(string Value, int Start, int End, bool IsWord);
}
