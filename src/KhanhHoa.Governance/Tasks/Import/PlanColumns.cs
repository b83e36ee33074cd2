using System.Text.RegularExpressions;

namespace KhanhHoa.Governance.Tasks.Import;

/// <summary>
/// Recognises the header cells of a task table and the row numbers of its first column; the text reader and the
/// importer both ask here, so a header or a row number means the same in text and in Word.
/// </summary>
internal static partial class PlanColumns
{
    // A header cell is a few words; a longer cell is a task that happens to start with "Nhiệm vụ".
    private const int LongestHeader = 40;

    /// <summary>The column a header cell names, or <see langword="null"/> when the text is no header.</summary>
    public static PlanColumn? Recognize(string header)
    {
        var folded = string.Join(' ', VietnameseText.Fold(VietnameseText.ToNfc(header)).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (folded.Length is 0 or > LongestHeader)
        {
            return null;
        }

        return folded switch
        {
            "tt" or "stt" or "so tt" => PlanColumn.Number,
            _ when folded.Contains("phoi hop", StringComparison.Ordinal) => PlanColumn.Coordinating,
            _ when folded.StartsWith("thoi gian", StringComparison.Ordinal) || folded.StartsWith("thoi han", StringComparison.Ordinal) => PlanColumn.Deadline,
            _ when folded.Contains("ket qua", StringComparison.Ordinal) || folded.Contains("san pham", StringComparison.Ordinal) => PlanColumn.ExpectedResult,
            _ when folded.StartsWith("nhiem vu", StringComparison.Ordinal) || folded.StartsWith("ten nhiem vu", StringComparison.Ordinal)
                || folded.StartsWith("noi dung", StringComparison.Ordinal) => PlanColumn.Task,
            _ when folded.StartsWith("don vi", StringComparison.Ordinal) || folded.StartsWith("co quan", StringComparison.Ordinal)
                || folded.StartsWith("chu tri", StringComparison.Ordinal) => PlanColumn.Lead,
            _ when folded.StartsWith("luu y", StringComparison.Ordinal) || folded.StartsWith("ghi chu", StringComparison.Ordinal) => PlanColumn.Remark,
            _ => null,
        };
    }

    /// <summary>Whether a first-column text is a row number: "27", "27.1", "1.", "IV." (not a year such as "2025").</summary>
    public static bool IsRowNumber(string text) => RowNumber().IsMatch(text.Trim());

    /// <summary>Whether a row number is a Roman numeral (a group heading: "I.", "IV").</summary>
    public static bool IsRoman(string number) => RomanNumber().IsMatch(number.Trim());

    /// <summary>A title without the Markdown emphasis ("*…*", "**…**") that text extraction wraps italic or bold titles in.</summary>
    public static string Unemphasized(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length > 2 && trimmed[0] == '*' && trimmed[^1] == '*' ? trimmed.Trim('*').Trim() : trimmed;
    }

    /// <summary>The row number without its trailing full stop.</summary>
    public static string Bare(string number) => number.Trim().TrimEnd('.');

    // A table's number column holds row numbers of any practical width (task 1000 was once glued onto task 999).
    [GeneratedRegex(@"^(?:[0-9]{1,6}(?:\.[0-9]{1,6})*\.?|[IVXL]{1,6}\.?)$", RegexOptions.CultureInvariant)]
    private static partial Regex RowNumber();

    [GeneratedRegex(@"^[IVXL]{1,6}\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex RomanNumber();
}
