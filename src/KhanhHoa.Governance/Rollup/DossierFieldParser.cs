using System.Runtime.CompilerServices;
using KhanhHoa.Governance.Calendar;

namespace KhanhHoa.Governance.Rollup;

/// <summary>
/// Parses the contract's field formats from UTF-8 bytes without allocating; shared by the CSV and JSON-lines
/// readers. Each method returns <see langword="null"/> on success or a message saying what was expected.
/// </summary>
internal static class DossierFieldParser
{
    public const string DateExpected = "expected a date yyyy-MM-dd";
    public const string DateTimeExpected = "expected a local date and time yyyy-MM-ddTHH:mm";

    /// <summary>The error for a date the store cannot hold (see <see cref="StoreDays"/>).</summary>
    public const string OutOfRange = "date outside the supported range 2000-01-01 to 2179-06-05";

    private const string NotACalendarDate = "not a calendar date";

    /// <summary>Parses a date the store can hold, as its day number.</summary>
    public static string? ParseDate(ReadOnlySpan<byte> text, out int day)
    {
        day = 0;
        var error = ParseFields(text, out var year, out var month, out var dayOfMonth);
        if (error is not null)
        {
            return error;
        }

        // Inside the store's range a table of month starts gives the day number and the month's length at once.
        // Unchecked: a year before 2000 makes the index negative, which the unsigned comparison sends past the table.
        var monthIndex = ((year - 2000) * 12) + month - 1;
        if (unchecked((uint)monthIndex) < (uint)(MonthStarts.Length - 1))
        {
            var monthStart = MonthStarts[monthIndex];
            if (dayOfMonth > MonthStarts[monthIndex + 1] - monthStart)
            {
                return NotACalendarDate;
            }

            day = monthStart + dayOfMonth - 1;
            return StoreDays.InRange(day) ? null : OutOfRange;
        }

        // The table covers every month of the range, so any other calendar date lies outside it.
        return dayOfMonth > DayNumbers.DaysInMonth(year, month) ? NotACalendarDate : OutOfRange;
    }

    /// <summary>Parses any ISO calendar date from 0000-01-01 to 9999-12-31 (for data not stored as day numbers, such as unit validity).</summary>
    public static string? ParseIsoDate(ReadOnlySpan<byte> text, out LocalDate date)
    {
        date = default;
        var error = ParseFields(text, out var year, out var month, out var dayOfMonth);
        if (error is not null)
        {
            return error;
        }

        if (dayOfMonth > DayNumbers.DaysInMonth(year, month))
        {
            return NotACalendarDate;
        }

        date = new LocalDate(year, month, dayOfMonth);
        return null;
    }

    // The syntax yyyy-MM-dd, a month from 1 to 12 and a day from 1; the month's length is left to the caller.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static string? ParseFields(ReadOnlySpan<byte> text, out int year, out int month, out int dayOfMonth)
    {
        year = month = dayOfMonth = 0;
        if (text.Length != 10 || text[4] != (byte)'-' || text[7] != (byte)'-')
        {
            return DateExpected;
        }

        var y0 = Digit(text[0]);
        var y1 = Digit(text[1]);
        var y2 = Digit(text[2]);
        var y3 = Digit(text[3]);
        var m0 = Digit(text[5]);
        var m1 = Digit(text[6]);
        var d0 = Digit(text[8]);
        var d1 = Digit(text[9]);
        // Each value is the byte's distance above '0', wrapped: only a digit is at most 9. Non-short-circuit ors keep
        // it branch-free (adding to the values instead would overflow, or wrap bytes just below '0' into digits).
        if ((y0 > 9) | (y1 > 9) | (y2 > 9) | (y3 > 9) | (m0 > 9) | (m1 > 9) | (d0 > 9) | (d1 > 9))
        {
            return DateExpected;
        }

        year = (int)((y0 * 1000) + (y1 * 100) + (y2 * 10) + y3);
        month = (int)((m0 * 10) + m1);
        dayOfMonth = (int)((d0 * 10) + d1);
        return month is < 1 or > 12 || dayOfMonth < 1 ? NotACalendarDate : null;
    }

    // Day numbers of the first day of each month from January 2000 to January 2180.
    private static readonly int[] MonthStarts = BuildMonthStarts();

    private static int[] BuildMonthStarts()
    {
        var starts = new int[(180 * 12) + 1];
        for (var i = 0; i < starts.Length; i++)
        {
            starts[i] = StoreDays.FromCivil(2000 + (i / 12), (i % 12) + 1, 1);
        }

        return starts;
    }

    private static uint Digit(byte b) => unchecked((uint)(b - '0'));

    public static string? ParseDateTime(ReadOnlySpan<byte> text, out int day, out int minuteOfDay)
    {
        minuteOfDay = 0;
        if (text.Length != 16 || text[10] != (byte)'T' || text[13] != (byte)':')
        {
            day = 0;
            return DateTimeExpected;
        }

        var dateError = ParseDate(text[..10], out day);
        if (dateError is not null)
        {
            return dateError == DateExpected ? DateTimeExpected : dateError;
        }

        if (!Digits(text.Slice(11, 2), out var hour) || !Digits(text.Slice(14, 2), out var minute))
        {
            return DateTimeExpected;
        }

        if (hour > 23 || minute > 59)
        {
            return "not a time of day";
        }

        minuteOfDay = (hour * 60) + minute;
        return null;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static string? ParseFlag(ReadOnlySpan<byte> text, out bool value)
    {
        value = false;
        if (text.Length == 1 && text[0] is (byte)'0' or (byte)'1')
        {
            value = text[0] == (byte)'1';
            return null;
        }

        return "expected 0 or 1";
    }

    public static string? ParseCount(ReadOnlySpan<byte> text, out int value)
    {
        if (text.Length is 0 or > 9 || !Digits(text, out value))
        {
            value = 0;
            return "expected an integer from 0 to 999999999";
        }

        return null;
    }

    public static string? ParseServiceLevel(ReadOnlySpan<byte> text, out ServiceLevel value) =>
        Choose(text, "full"u8, ServiceLevel.Full, "partial"u8, ServiceLevel.Partial, "none"u8, ServiceLevel.None, out value)
            ? null
            : "expected full, partial or none";

    public static string? ParseChannel(ReadOnlySpan<byte> text, out FilingChannel value) =>
        Choose(text, "online"u8, FilingChannel.Online, "direct"u8, FilingChannel.Direct, "postal"u8, FilingChannel.Postal, out value)
            ? null
            : "expected online, direct or postal";

    // Inlined so that each comparison is against a constant span, which the JIT unrolls to a length check and a load.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Choose<T>(ReadOnlySpan<byte> text, ReadOnlySpan<byte> first, T firstValue, ReadOnlySpan<byte> second, T secondValue, ReadOnlySpan<byte> third, T thirdValue, out T value)
        where T : struct
    {
        if (text.SequenceEqual(first))
        {
            value = firstValue;
        }
        else if (text.SequenceEqual(second))
        {
            value = secondValue;
        }
        else if (text.SequenceEqual(third))
        {
            value = thirdValue;
        }
        else
        {
            value = default;
            return false;
        }

        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Digits(ReadOnlySpan<byte> text, out int value)
    {
        value = 0;
        foreach (var b in text)
        {
            var digit = unchecked((uint)(b - '0'));
            if (digit > 9)
            {
                return false;
            }

            value = (value * 10) + (int)digit;
        }

        return true;
    }
}
