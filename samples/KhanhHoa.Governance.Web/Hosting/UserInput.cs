using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime.Text;

namespace KhanhHoa.Governance.Web.Hosting;

/// <summary>
/// Periods and dates as a person types them in a query or a form: checked here so that every bad value gets a clear
/// Vietnamese message (HTTP 400), never an exception further in.
/// </summary>
internal static partial class UserInput
{
    // The library's one range of periods (inside the business calendar and the dossier store); dates a person types
    // are held to the same years.
    private const int FirstYear = Calendar.ReportingPeriod.FirstSupportedYear;
    private const int LastYear = Calendar.ReportingPeriod.LastSupportedYear;

    /// <summary>A month <c>YYYY-MM</c>, or the message saying why not.</summary>
    public static bool TryMonth(string? text, out string periodId, out string problem)
    {
        periodId = string.Empty;
        var match = text is null ? null : MonthPattern().Match(text.Trim());
        if (match is not { Success: true })
        {
            problem = $"Kỳ báo cáo '{text}' không hợp lệ: nhập theo dạng NNNN-TT (năm-tháng), ví dụ 2025-09.";
            return false;
        }

        var year = int.Parse(match.Groups[1].ValueSpan, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups[2].ValueSpan, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12)
        {
            problem = $"Kỳ báo cáo '{text}' không hợp lệ: tháng phải từ 01 đến 12.";
            return false;
        }

        if (year is < FirstYear or > LastYear)
        {
            problem = string.Create(CultureInfo.InvariantCulture, $"Kỳ báo cáo '{text}' nằm ngoài phạm vi hệ thống hỗ trợ (năm {FirstYear}–{LastYear}).");
            return false;
        }

        periodId = string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}");
        problem = string.Empty;
        return true;
    }

    /// <summary>A date <c>YYYY-MM-DD</c> or <c>dd/MM/yyyy</c>, or the message saying why not.</summary>
    public static bool TryDate(string? text, out LocalDate date, out string problem)
    {
        var trimmed = text?.Trim() ?? string.Empty;
        var parsed = LocalDatePattern.Iso.Parse(trimmed);
        if (!parsed.Success)
        {
            parsed = LocalDatePattern.CreateWithInvariantCulture("dd/MM/uuuu").Parse(trimmed);
        }

        if (!parsed.Success)
        {
            date = default;
            problem = $"Ngày '{text}' không hợp lệ: nhập theo dạng NNNN-TT-NN hoặc NN/TT/NNNN, ví dụ 2025-10-10.";
            return false;
        }

        date = parsed.Value;
        if (date.Year is < FirstYear or > LastYear)
        {
            problem = string.Create(CultureInfo.InvariantCulture, $"Ngày '{text}' nằm ngoài phạm vi hệ thống hỗ trợ (năm {FirstYear}–{LastYear}).");
            return false;
        }

        problem = string.Empty;
        return true;
    }

    [GeneratedRegex(@"^(\d{4})-(\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthPattern();
}
