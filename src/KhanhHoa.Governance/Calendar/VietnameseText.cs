using System.Text;

namespace KhanhHoa.Governance.Calendar;

/// <summary>
/// Accent folding for matching Vietnamese words: "Hằng Tháng", "hàng tháng" and "HANG THANG" all fold to
/// "hang thang". Folding keeps the length of an NFC string, so a position in the folded text is the same
/// position in the NFC text.
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
}
