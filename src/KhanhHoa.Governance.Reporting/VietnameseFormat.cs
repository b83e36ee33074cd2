using System.Globalization;
using KhanhHoa.Governance.Indicators;
using NodaTime.Text;

namespace KhanhHoa.Governance.Reporting;

/// <summary>
/// Vietnamese number and date formatting, independent of the machine's culture data: <c>1.365.565</c>,
/// <c>90,31%</c>, <c>15/09/2025</c>, "ngày 05 tháng 9 năm 2025". Numbers are the core's
/// <see cref="VietnameseNumber.Format"/>; this class only chooses how many decimals a report prints.
/// </summary>
/// <threadsafety>Stateless; safe to use from any thread.</threadsafety>
internal static class VietnameseFormat
{
    private static readonly LocalDatePattern ShortDatePattern = LocalDatePattern.CreateWithInvariantCulture("dd/MM/yyyy");

    /// <summary>An integer with <c>.</c> grouping thousands: <c>1.365.565</c>.</summary>
    /// <param name="value">The number.</param>
    /// <returns>The formatted number.</returns>
    public static string Integer(long value) => VietnameseNumber.Format(value, 0);

    /// <summary>A number with <c>.</c> grouping thousands, <c>,</c> as the decimal mark and at most two decimals: <c>90,31</c>, <c>75</c>.</summary>
    /// <param name="value">The number.</param>
    /// <returns>The formatted number.</returns>
    public static string Number(decimal value)
    {
        // The report drops trailing zeros ("75", "90,3"); the digits and separators are the core's.
        var text = VietnameseNumber.Format(value, 2);
        return text.EndsWith(",00", StringComparison.Ordinal) ? text[..^3]
            : text.EndsWith('0') && text.Contains(',', StringComparison.Ordinal) ? text[..^1]
            : text;
    }

    /// <summary>A percentage with at most two decimals: <c>90,31%</c>.</summary>
    /// <param name="value">The percentage (90.31 for 90,31%).</param>
    /// <returns>The formatted percentage.</returns>
    public static string Percent(decimal value) => Number(value) + "%";

    /// <summary>A signed change with at most two decimals: <c>+1,25</c>, <c>-0,4</c>, <c>0</c>.</summary>
    /// <param name="value">The change.</param>
    /// <returns>The formatted change.</returns>
    public static string SignedNumber(decimal value) => value > 0 ? "+" + Number(value) : Number(value);

    /// <summary>A value in its unit: a percentage for <c>%</c>, otherwise the number followed by the unit.</summary>
    /// <param name="value">The value.</param>
    /// <param name="unit">The unit.</param>
    /// <returns>"90,31%" or "58.455 hồ sơ".</returns>
    public static string WithUnit(decimal value, string unit) => unit == "%" ? Percent(value) : $"{Number(value)} {unit}";

    /// <summary>A date as <c>dd/MM/yyyy</c>: <c>15/09/2025</c>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The formatted date.</returns>
    public static string ShortDate(LocalDate date) => ShortDatePattern.Format(date);

    /// <summary>
    /// The number a text prints, when it is exactly a number as <see cref="Number"/> or <see cref="Percent"/> writes one
    /// ("1.365.565", "90,31%"), so that a spreadsheet can hold the figure itself; anything else ("58.455 hồ sơ", "+0,5",
    /// "—") is no number.
    /// </summary>
    /// <param name="text">The printed text.</param>
    /// <returns>The number and whether it is a percentage, or <see langword="null"/>.</returns>
    public static (decimal Value, bool Percent)? ParseNumber(string text)
    {
        var percent = text.EndsWith('%');
        var digits = (percent ? text[..^1] : text).Replace(".", string.Empty, StringComparison.Ordinal).Replace(',', '.');
        return decimal.TryParse(digits, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            && (percent ? Percent(value) : Number(value)) == text
            ? (value, percent)
            : null;
    }

    /// <summary>The date a text prints as <see cref="ShortDate"/> writes it, or <see langword="null"/>.</summary>
    /// <param name="text">The printed text.</param>
    /// <returns>The date, or <see langword="null"/>.</returns>
    public static LocalDate? ParseShortDate(string text) => ShortDatePattern.Parse(text) is { Success: true } result ? result.Value : null;

    /// <summary>
    /// The date as the place and date line writes it: "ngày 15 tháng 9 năm 2025". Days below 10 and the months 1 and 2
    /// take a leading zero ("ngày 05 tháng 02 năm 2025"), as Decree 30/2020/NĐ-CP, Appendix I, requires.
    /// </summary>
    /// <param name="date">The date.</param>
    /// <returns>The formatted date.</returns>
    public static string LongDate(LocalDate date) =>
        string.Create(CultureInfo.InvariantCulture, $"ngày {Day(date)} tháng {Month(date)} năm {date.Year}");

    /// <summary>
    /// The date as a sentence of an administrative document writes it, by the same rule: "16/8/2025", "04/9/2025",
    /// "15/01/2026" (report 87: "Từ ngày 16/8/2025 đến ngày 15/9/2025").
    /// </summary>
    /// <param name="date">The date.</param>
    /// <returns>The formatted date.</returns>
    public static string DocumentDate(LocalDate date) =>
        string.Create(CultureInfo.InvariantCulture, $"{Day(date)}/{Month(date)}/{date.Year}");

    // Decree 30: a day below 10 and the months 1 and 2 take a leading zero.
    private static string Day(LocalDate date) => date.Day.ToString("00", CultureInfo.InvariantCulture);

    private static string Month(LocalDate date) =>
        date.Month <= 2 ? date.Month.ToString("00", CultureInfo.InvariantCulture) : date.Month.ToString(CultureInfo.InvariantCulture);

    /// <summary>The period line under the title: "(Từ ngày 16/08/2025 đến ngày 15/09/2025)".</summary>
    /// <param name="period">The period.</param>
    /// <returns>The formatted range.</returns>
    public static string PeriodRange(ReportingPeriod period) =>
        $"(Từ ngày {DocumentDate(period.Start)} đến ngày {DocumentDate(period.End)})";

    /// <summary>The month as the report's subject names it: "tháng 9/2025".</summary>
    /// <param name="month">The month.</param>
    /// <returns>The formatted month.</returns>
    public static string MonthName(YearMonth month) =>
        string.Create(CultureInfo.InvariantCulture, $"tháng {month.Month}/{month.Year}");

    /// <summary>A task's wording on one line, quoted in a sentence: lines joined by "; ", no closing stop, colon or semicolon.</summary>
    /// <param name="title">The task as the plan words it.</param>
    /// <returns>The wording, e.g. "Xây dựng kế hoạch …; Triển khai …".</returns>
    public static string OneLine(string title) =>
        string.Join("; ", title.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(static line => line.TrimEnd('.', ':', ';', ' ')));
}
