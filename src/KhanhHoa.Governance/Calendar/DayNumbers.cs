namespace KhanhHoa.Governance.Calendar;

/// <summary>
/// Julian Day Numbers of proleptic Gregorian dates, for table look-ups without going through a calendar system: the
/// one place the library turns civil dates into day numbers and back (the calendar's tables and the dossier store's
/// 16-bit days both count from here).
/// </summary>
internal static class DayNumbers
{
    /// <summary>The Julian Day Number of 1970-01-01.</summary>
    private const int UnixEpochDay = 2440588;

    public static int FromCivil(int year, int month, int day)
    {
        var a = (14 - month) / 12;
        var y = year + 4800 - a;
        var m = month + (12 * a) - 3;
        return day + (((153 * m) + 2) / 5) + (365 * y) + (y / 4) - (y / 100) + (y / 400) - 32045;
    }

    public static int From(LocalDate date) => FromCivil(date.Year, date.Month, date.Day);

    // H. Hinnant's civil_from_days.
    public static LocalDate ToLocalDate(int dayNumber)
    {
        var z = dayNumber - UnixEpochDay + 719468;
        var era = (z >= 0 ? z : z - 146096) / 146097;
        var dayOfEra = z - (era * 146097);
        var yearOfEra = (dayOfEra - (dayOfEra / 1460) + (dayOfEra / 36524) - (dayOfEra / 146096)) / 365;
        var dayOfYear = dayOfEra - ((365 * yearOfEra) + (yearOfEra / 4) - (yearOfEra / 100));
        var mp = ((5 * dayOfYear) + 2) / 153;
        var day = dayOfYear - (((153 * mp) + 2) / 5) + 1;
        var month = mp < 10 ? mp + 3 : mp - 9;
        var year = yearOfEra + (era * 400) + (month <= 2 ? 1 : 0);
        return new LocalDate(year, month, day);
    }

    public static int DaysInMonth(int year, int month) => month switch
    {
        2 => (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28,
        4 or 6 or 9 or 11 => 30,
        _ => 31,
    };
}
