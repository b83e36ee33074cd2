using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace KhanhHoa.Governance.Tests;

/// <summary>
/// Generators that reach the hard cases. FsCheck's default <c>long</c> stays within ±size (±100 at the default size),
/// so a number law would never meet a thousands separator; these draw the order of magnitude first (every number of
/// digits equally often), then the value, and add the edges of the type. Dates favour month ends and 29 February.
/// </summary>
internal static class Magnitudes
{
    /// <summary>Any <c>long</c>, 0 to ±<see cref="long.MaxValue"/>, every number of digits (1–19) about equally often.</summary>
    public static Gen<long> Long { get; } = AcrossDigits(long.MaxValue, long.MinValue);

    /// <summary>Any <c>int</c>, 0 to ±<see cref="int.MaxValue"/>, every number of digits (1–10) about equally often.</summary>
    public static Gen<int> Int { get; } = AcrossDigits(int.MaxValue, int.MinValue).Select(static v => (int)v);

    /// <summary>A non-negative <c>long</c> up to <paramref name="max"/>, every number of digits about equally often.</summary>
    public static Gen<long> UpTo(long max) => Long.Select(v => v == long.MinValue ? max : Math.Abs(v) % (max + 1));

    /// <summary>Days from <paramref name="first"/> to <paramref name="last"/>, one in three a month's last day or 29 February.</summary>
    public static Gen<LocalDate> Day(LocalDate first, LocalDate last) => Gen.Frequency(
        (2, Gen.Choose(0, Period.DaysBetween(first, last)).Select(first.PlusDays)),
        (1, Gen.Choose(0, Period.DaysBetween(first, last)).Select(d => first.PlusDays(d).With(DateAdjusters.EndOfMonth)).Where(d => d <= last)),
        (1, Gen.Choose(first.Year, last.Year).Where(CalendarSystem.Iso.IsLeapYear).Select(y => new LocalDate(y, 2, 29)).Where(d => d >= first && d <= last)));

    /// <summary>Whether the text of a number carries a thousands separator (four or more integer digits).</summary>
    public static bool HasThousands(decimal value) => Math.Abs(decimal.Truncate(value)) >= 1_000m;

    /// <summary>Whether a day is the last of its month.</summary>
    public static bool IsMonthEnd(LocalDate day) => day.Day == day.Calendar.GetDaysInMonth(day.Year, day.Month);

    /// <summary>Whether a day is 29 February.</summary>
    public static bool IsLeapDay(LocalDate day) => day.Month == 2 && day.Day == 29;

    private static Gen<long> AcrossDigits(long max, long min)
    {
        var maxDigits = max.ToString(System.Globalization.CultureInfo.InvariantCulture).Length;
        return Gen.Frequency(
            (1, Gen.Elements(0L, 1L, -1L, 999L, 1_000L, -1_000L, 999_999L, 1_000_000L, max, min)),
            (9, from digits in Gen.Choose(1, maxDigits)
                from value in FsCheck.FSharp.Gen.Choose64(digits == 1 ? 0 : Pow10(digits - 1), digits == maxDigits ? max : Pow10(digits) - 1)
                from negative in Gen.Elements(false, true)
                select negative ? -value : value));
    }

    private static long Pow10(int exponent)
    {
        var value = 1L;
        for (var i = 0; i < exponent; i++)
        {
            value *= 10;
        }

        return value;
    }
}
