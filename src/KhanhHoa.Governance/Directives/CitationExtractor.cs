using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace KhanhHoa.Governance.Directives;

/// <summary>
/// Finds the documents cited in free text, with type, number and date, so a host can build the graph of which
/// document implements which. Handles line breaks inside citations ("Nghị\nquyết số 66/NQ-CP") and numbers
/// cited without a type word ("văn bản số 1552/BTTTT-TTH và 708/BTTTT-CATTT").
/// </summary>
/// <threadsafety>Stateless; safe to share between threads.</threadsafety>
public static partial class CitationExtractor
{
    /// <summary>Finds every document number in <paramref name="text"/>.</summary>
    /// <param name="text">Any text; normalised to NFC first (positions refer to the NFC text).</param>
    /// <returns>The citations in order of appearance; never throws on odd input.</returns>
    public static IReadOnlyList<DocumentCitation> Extract(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var nfc = text.Normalize(NormalizationForm.FormC);
        var citations = new List<DocumentCitation>();
        foreach (Match match in NumberPattern().Matches(nfc))
        {
            var raw = match.Value.TrimEnd('.', '-', '/');
            if (!DocumentNumber.TryParse(raw, out var number))
            {
                continue;
            }

            var start = match.Index;
            var end = match.Index + raw.Length;
            DocumentType? type = number.DocumentType;
            var before = nfc[Math.Max(0, start - 40)..start];
            var word = TypeWordBefore().Match(before);
            if (word.Success)
            {
                var name = WhiteSpace().Replace(word.Groups["word"].Value, " ");
                var key = DocumentTypeTable.VietnameseNames.Keys.FirstOrDefault(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase));
                if (key is not null)
                {
                    type = DocumentTypeTable.VietnameseNames[key] ?? type;
                    start -= before.Length - word.Index;
                }
            }

            LocalDate? date = null;
            var dateMatch = DateAfter().Match(nfc, end);
            if (dateMatch.Success && TryDate(dateMatch, out var parsed))
            {
                date = parsed;
                end = dateMatch.Index + dateMatch.Length;
            }

            citations.Add(new DocumentCitation(number, type, date, start, end - start));
        }

        return citations;
    }

    private static bool TryDate(Match match, out LocalDate date)
    {
        date = default;
        var day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        date = new LocalDate(year, month, day);
        return true;
    }

    [GeneratedRegex(@"(?<![\p{L}\p{N}/.\-])\d+(?:\.\d+)?(?:/\d{4}/|/|-)\p{L}[\p{L}\p{N}&]*(?:[\-/]\p{L}[\p{L}\p{N}&]*)*", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"(?<word>Thông\s+tư\s+liên\s+tịch|Kế\s+hoạch\s+phối\s+hợp|Nghị\s+quyết|Quyết\s+định|Chỉ\s+thị|Quy\s+chế|Quy\s+định|Thông\s+cáo|Thông\s+báo|Hướng\s+dẫn|Chương\s+trình|Kế\s+hoạch|Phương\s+án|Đề\s+án|Dự\s+án|Báo\s+cáo|Biên\s+bản|Tờ\s+trình|Hợp\s+đồng|Công\s+văn|Công\s+điện|Giấy\s+mời|Nghị\s+định|Thông\s+tư|Luật|Văn\s+bản)\s+(?:số\s*:?\s*)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TypeWordBefore();

    [GeneratedRegex(@"\G\s*,?\s*ngày\s+(?:(?<d>\d{1,2})\s*/\s*(?<m>\d{1,2})\s*/\s*(?<y>\d{4})|(?<d>\d{1,2})\s+tháng\s+(?<m>\d{1,2})\s+năm\s+(?<y>\d{4}))", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DateAfter();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex WhiteSpace();
}
