using System.Globalization;

namespace KhanhHoa.Governance.Calendar;

/// <summary>
/// A day of the Vietnamese lunar calendar (âm lịch): lunar year, month (1–12, possibly the leap month, tháng nhuận)
/// and day (1–29 or 1–30). Only days that exist can be created: the constructor checks the month length and the
/// leap month against <see cref="VietnameseLunarCalendar"/>, so 30/12/2025 (month 12 of Ất Tỵ has 29 days) is rejected.
/// </summary>
/// <remarks>
/// The lunar year number is the Gregorian year in which its month 1 begins (Tết); months 11 and 12 of lunar year
/// 2025 fall in December 2025 and January–February 2026. <c>default(LunarDate)</c> (year 0) is not a valid date.
/// </remarks>
/// <threadsafety>Immutable value type; safe to share between threads.</threadsafety>
public readonly struct LunarDate : IEquatable<LunarDate>, IComparable<LunarDate>, IComparable
{
    /// <summary>Creates a lunar date, checking that it exists.</summary>
    /// <param name="year">The lunar year, <see cref="VietnameseLunarCalendar.MinYear"/>–<see cref="VietnameseLunarCalendar.MaxYear"/>.</param>
    /// <param name="month">The month, 1–12.</param>
    /// <param name="day">The day, 1 to the month's length (29 or 30).</param>
    /// <param name="isLeapMonth">Whether the month is the year's leap month (tháng nhuận).</param>
    /// <exception cref="ArgumentOutOfRangeException">The date does not exist; the message says why.</exception>
    public LunarDate(int year, int month, int day, bool isLeapMonth = false)
    {
        if (VietnameseLunarCalendar.Validate(year, month, day, isLeapMonth) is { } problem)
        {
            throw new ArgumentOutOfRangeException(nameof(day), problem);
        }

        Year = year;
        Month = month;
        Day = day;
        IsLeapMonth = isLeapMonth;
    }

    internal LunarDate(int year, int month, int day, bool isLeapMonth, bool validated)
    {
        _ = validated;
        Year = year;
        Month = month;
        Day = day;
        IsLeapMonth = isLeapMonth;
    }

    /// <summary>The lunar year (the Gregorian year of its Tết).</summary>
    public int Year { get; }

    /// <summary>The month, 1–12; see <see cref="IsLeapMonth"/>.</summary>
    public int Month { get; }

    /// <summary>The day of the month, 1–30.</summary>
    public int Day { get; }

    /// <summary>Whether the month is the leap month (tháng nhuận), which follows the regular month of the same number.</summary>
    public bool IsLeapMonth { get; }

    /// <summary>Creates a lunar date if it exists.</summary>
    /// <param name="year">The lunar year.</param>
    /// <param name="month">The month, 1–12.</param>
    /// <param name="day">The day.</param>
    /// <param name="isLeapMonth">Whether the month is the leap month.</param>
    /// <param name="date">The date when it exists.</param>
    /// <returns>Whether the date exists in the supported range.</returns>
    public static bool TryCreate(int year, int month, int day, bool isLeapMonth, out LunarDate date)
    {
        var ok = VietnameseLunarCalendar.Validate(year, month, day, isLeapMonth) is null;
        date = ok ? new LunarDate(year, month, day, isLeapMonth, validated: true) : default;
        return ok;
    }

    /// <summary>The Gregorian date of this lunar date; see <see cref="VietnameseLunarCalendar.ToLocalDate"/>.</summary>
    /// <returns>The Gregorian date.</returns>
    public LocalDate ToLocalDate() => VietnameseLunarCalendar.ToLocalDate(this);

    /// <summary><c>day/month/year</c> as Vietnamese write it, e.g. <c>10/3/2026</c>; a leap month is marked <c>1/2 nhuận/2023</c>.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => IsLeapMonth
        ? string.Create(CultureInfo.InvariantCulture, $"{Day}/{Month} nhuận/{Year}")
        : string.Create(CultureInfo.InvariantCulture, $"{Day}/{Month}/{Year}");

    /// <inheritdoc />
    public bool Equals(LunarDate other) =>
        Year == other.Year && Month == other.Month && Day == other.Day && IsLeapMonth == other.IsLeapMonth;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is LunarDate other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Year, Month, Day, IsLeapMonth);

    /// <summary>Orders dates in time: by year, month, the leap month after the regular one, then day.</summary>
    /// <param name="other">The date to compare with.</param>
    /// <returns>A negative number, zero or a positive number.</returns>
    public int CompareTo(LunarDate other)
    {
        var c = Year.CompareTo(other.Year);
        if (c != 0)
        {
            return c;
        }

        c = Month.CompareTo(other.Month);
        if (c != 0)
        {
            return c;
        }

        c = IsLeapMonth.CompareTo(other.IsLeapMonth);
        return c != 0 ? c : Day.CompareTo(other.Day);
    }

    /// <inheritdoc />
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        LunarDate other => CompareTo(other),
        _ => throw new ArgumentException($"Object must be of type {nameof(LunarDate)}.", nameof(obj)),
    };

    /// <summary>Whether two lunar dates are the same day.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(LunarDate left, LunarDate right) => left.Equals(right);

    /// <summary>Whether two lunar dates differ.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(LunarDate left, LunarDate right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> is earlier.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(LunarDate left, LunarDate right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> is earlier or the same day.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(LunarDate left, LunarDate right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> is later.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(LunarDate left, LunarDate right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> is later or the same day.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(LunarDate left, LunarDate right) => left.CompareTo(right) >= 0;
}
