using System.Globalization;

namespace KhanhHoa.Governance.Calendar;

/// <summary>
/// The Vietnamese lunar calendar (âm lịch) computed at UTC+7 (105°E) for every year, converting to and from
/// Gregorian <see cref="LocalDate"/> values in O(1) from a table built once at first use.
/// </summary>
/// <remarks>
/// <para>
/// Rules (Hồ Ngọc Đức, "Lịch Việt Nam" and "Thuật toán tính âm lịch"): a month starts on the day of the new moon
/// (sóc); the month containing the December solstice is month 11; a year from one month 11 to the next with 13
/// months inserts a leap month, the first month after month 11 that contains no principal term (trung khí);
/// days are counted at UTC+7. New moons follow J. Meeus, <i>Astronomical Algorithms</i> ch. 49 (all corrections), the
/// Sun's longitude ch. 25, and ΔT the Espenak–Meeus fits. The result agrees with Hồ Ngọc Đức's published tables
/// for every month of 1968–2100 but one: the new moon of May 2054 falls about 20 seconds after midnight UTC+7
/// under this ΔT model, so month 4 of 2054 starts on 8 May here and on 7 May in those tables.
/// </para>
/// <para>
/// The Vietnamese calendar differs from the Chinese (UTC+8) one: Tết 1985 is 21 January here (20 February in
/// China), Tết 2007 is 17 February (18 February), and 2033 has leap month 11. Dates before 1968 are computed with
/// the same UTC+7 rules; they are a convention, not the calendar then in use (the North adopted UTC+7 on
/// 8 August 1967, the South in 1975).
/// </para>
/// </remarks>
/// <threadsafety>All members are thread-safe.</threadsafety>
public static class VietnameseLunarCalendar
{
    /// <summary>The first supported lunar year.</summary>
    public const int MinYear = LunarTable.FirstYear;

    /// <summary>The last supported lunar year.</summary>
    public const int MaxYear = LunarTable.LastYear;

    private static LunarTable Table => LunarTable.Instance;

    /// <summary>The first supported Gregorian day: Tết of lunar year 1900 (1900-01-31).</summary>
    public static LocalDate MinDate { get; } = DayNumbers.ToLocalDate(Table.FirstDay);

    /// <summary>The last supported Gregorian day: the last day of lunar year 2100 (in January 2101).</summary>
    public static LocalDate MaxDate { get; } = DayNumbers.ToLocalDate(Table.LastDay);

    /// <summary>The lunar date of a Gregorian date.</summary>
    /// <param name="date">A date from <see cref="MinDate"/> to <see cref="MaxDate"/>.</param>
    /// <returns>The lunar date; 2026-02-17 is 1/1/2026 and 2026-02-16 is 29/12/2025.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is outside the supported range.</exception>
    public static LunarDate ToLunarDate(LocalDate date)
    {
        var day = DayNumbers.From(date);
        if (day < Table.FirstDay || day > Table.LastDay || date.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, string.Create(CultureInfo.InvariantCulture, $"the lunar calendar covers {MinDate:uuuu-MM-dd} to {MaxDate:uuuu-MM-dd} (ISO calendar)"));
        }

        return Table.ToLunar(day);
    }

    /// <summary>The Gregorian date of a lunar date.</summary>
    /// <param name="date">A valid lunar date (as every <see cref="LunarDate"/> made by its constructor is).</param>
    /// <returns>The Gregorian date; 10/3/2026 is 2026-04-26.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> does not exist (for example <c>default</c>).</exception>
    public static LocalDate ToLocalDate(LunarDate date)
    {
        if (Validate(date.Year, date.Month, date.Day, date.IsLeapMonth) is { } problem)
        {
            throw new ArgumentOutOfRangeException(nameof(date), problem);
        }

        var index = Table.MonthIndex(date.Year, date.Month, date.IsLeapMonth);
        return DayNumbers.ToLocalDate(Table.MonthStartDay(index) + date.Day - 1);
    }

    /// <summary>The Gregorian date of Tết (1/1) of a lunar year.</summary>
    /// <param name="lunarYear">The lunar year, <see cref="MinYear"/>–<see cref="MaxYear"/>.</param>
    /// <returns>Tết: 2024-02-10, 2025-01-29, 2026-02-17, 1985-01-21, 2007-02-17.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lunarYear"/> is out of range.</exception>
    public static LocalDate LunarNewYear(int lunarYear)
    {
        CheckYear(lunarYear);
        return DayNumbers.ToLocalDate(Table.NewYearDay(lunarYear));
    }

    /// <summary>The leap month of a lunar year, if it has one.</summary>
    /// <param name="lunarYear">The lunar year, <see cref="MinYear"/>–<see cref="MaxYear"/>.</param>
    /// <returns>The number of the month that is repeated (2 in 2023, 6 in 2025, 11 in 2033), or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lunarYear"/> is out of range.</exception>
    public static int? LeapMonth(int lunarYear)
    {
        CheckYear(lunarYear);
        var leap = Table.LeapMonth(lunarYear);
        return leap == 0 ? null : leap;
    }

    /// <summary>The number of months of a lunar year: 12, or 13 with a leap month.</summary>
    /// <param name="lunarYear">The lunar year, <see cref="MinYear"/>–<see cref="MaxYear"/>.</param>
    /// <returns>12 or 13.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lunarYear"/> is out of range.</exception>
    public static int MonthsInYear(int lunarYear)
    {
        CheckYear(lunarYear);
        return Table.MonthsInYear(lunarYear);
    }

    /// <summary>The number of days of a lunar month: 29 (tháng thiếu) or 30 (tháng đủ).</summary>
    /// <param name="lunarYear">The lunar year.</param>
    /// <param name="month">The month, 1–12.</param>
    /// <param name="isLeapMonth">Whether the leap month is meant.</param>
    /// <returns>29 or 30.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is out of range or has no such month.</exception>
    public static int DaysInMonth(int lunarYear, int month, bool isLeapMonth = false)
    {
        var index = Table.MonthIndex(lunarYear, month, isLeapMonth);
        if (index < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(month), MonthProblem(lunarYear, month, isLeapMonth));
        }

        return Table.MonthLength(index);
    }

    /// <summary>Why a lunar date does not exist, or <see langword="null"/> when it does.</summary>
    internal static string? Validate(int year, int month, int day, bool isLeapMonth)
    {
        var index = Table.MonthIndex(year, month, isLeapMonth);
        if (index < 0)
        {
            return MonthProblem(year, month, isLeapMonth);
        }

        var length = Table.MonthLength(index);
        return day >= 1 && day <= length
            ? null
            : string.Create(CultureInfo.InvariantCulture, $"month {month}{(isLeapMonth ? " (leap)" : string.Empty)} of lunar year {year} has {length} days; day {day} does not exist");
    }

    private static string MonthProblem(int year, int month, bool isLeapMonth)
    {
        if (year is < MinYear or > MaxYear)
        {
            return string.Create(CultureInfo.InvariantCulture, $"lunar year {year} is outside the supported years {MinYear}–{MaxYear}");
        }

        if (month is < 1 or > 12)
        {
            return string.Create(CultureInfo.InvariantCulture, $"lunar year {year} has no month {month}; months are 1–12");
        }

        var leap = Table.LeapMonth(year);
        return leap == 0
            ? string.Create(CultureInfo.InvariantCulture, $"lunar year {year} has no leap month")
            : string.Create(CultureInfo.InvariantCulture, $"the leap month of lunar year {year} is {leap}, not {month}");
    }

    private static void CheckYear(int lunarYear)
    {
        if (lunarYear is < MinYear or > MaxYear)
        {
            throw new ArgumentOutOfRangeException(nameof(lunarYear), lunarYear, $"supported lunar years are {MinYear}–{MaxYear}");
        }
    }
}
