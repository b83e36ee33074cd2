using System.Globalization;
using System.Text;

namespace KhanhHoa.Governance.Organization;

/// <summary>
/// Accent- and case-insensitive comparison of Vietnamese names: "Sở Công Thương" and "so cong thuong" fold to the
/// same key. Input is normalised to NFC first, because the seeds mix NFC and NFD.
/// </summary>
internal static class TextFolding
{
    /// <summary>Folds one character: strips diacritics (đ → d) and lower-cases it.</summary>
    public static char Fold(char c)
    {
        if (c is 'đ' or 'Đ')
        {
            return 'd';
        }

        if (c < 128)
        {
            return char.ToLowerInvariant(c);
        }

        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        return char.ToLowerInvariant(decomposed[0]);
    }

    /// <summary>Splits a text into word and punctuation tokens, each folded, with its span in the (NFC) text.</summary>
    public static List<Token> Tokenize(string nfc)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < nfc.Length)
        {
            var c = nfc[i];
            if (char.IsWhiteSpace(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                i++;
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                var start = i;
                var builder = new StringBuilder();
                while (i < nfc.Length && (char.IsLetterOrDigit(nfc[i]) || CharUnicodeInfo.GetUnicodeCategory(nfc[i]) == UnicodeCategory.NonSpacingMark))
                {
                    if (CharUnicodeInfo.GetUnicodeCategory(nfc[i]) != UnicodeCategory.NonSpacingMark)
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

    /// <summary>A folded token and its span [Start, End) in the text it came from.</summary>
    public readonly record struct Token(string Value, int Start, int End, bool IsWord);
}
