namespace KhanhHoa.Governance.Rollup;

/// <summary>
/// Parses the contract's field formats from UTF-8 bytes without allocating; shared by the CSV and JSON-lines
/// readers. Each method returns <see langword="null"/> on success or a message saying what was expected.
/// </summary>
internal static class DossierFieldParser
{
    public const string DateExpected = "expected a date yyyy-MM-dd";
    public const string DateTimeExpected = "expected a local date and time yyyy-MM-ddTHH:mm";

    public static string? ParseDate(ReadOnlySpan<byte> text, out int day)
    {
        day = 0;
        if (text.Length != 10 || text[4] != (byte)'-' || text[7] != (byte)'-'
            || !Digits(text[..4], out var year) || !Digits(text.Slice(5, 2), out var month) || !Digits(text.Slice(8, 2), out var dayOfMonth))
        {
            return DateExpected;
        }

        if (month is < 1 or > 12 || dayOfMonth < 1 || dayOfMonth > DayNumber.DaysInMonth(year, month))
        {
            return "not a calendar date";
        }

        day = DayNumber.FromCivil(year, month, dayOfMonth);
        return DayNumber.InRange(day) ? null : "date outside the supported range 2000-01-01 to 2179-06-05";
    }

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

    private static readonly (byte[] Text, ServiceLevel Value)[] ServiceLevels =
        [("full"u8.ToArray(), ServiceLevel.Full), ("partial"u8.ToArray(), ServiceLevel.Partial), ("none"u8.ToArray(), ServiceLevel.None)];

    private static readonly (byte[] Text, FilingChannel Value)[] Channels =
        [("online"u8.ToArray(), FilingChannel.Online), ("direct"u8.ToArray(), FilingChannel.Direct), ("postal"u8.ToArray(), FilingChannel.Postal)];

    public static string? ParseServiceLevel(ReadOnlySpan<byte> text, out ServiceLevel value) =>
        ParseChoice(text, ServiceLevels, out value) ? null : "expected full, partial or none";

    public static string? ParseChannel(ReadOnlySpan<byte> text, out FilingChannel value) =>
        ParseChoice(text, Channels, out value) ? null : "expected online, direct or postal";

    private static bool ParseChoice<T>(ReadOnlySpan<byte> text, (byte[] Text, T Value)[] choices, out T value)
        where T : struct
    {
        foreach (var choice in choices)
        {
            if (text.SequenceEqual(choice.Text))
            {
                value = choice.Value;
                return true;
            }
        }

        value = default;
        return false;
    }

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
