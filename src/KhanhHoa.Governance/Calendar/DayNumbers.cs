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

    // H. Hinnant's days_from_civil (exact for every ISO year, negative ones included), shifted to Julian days.
    public static int FromCivil(int year, int month, int day)
    {
        year -= month <= 2 ? 1 : 0;
        var era = (year >= 0 ? year : year - 399) / 400;
        var yearOfEra = year - (era * 400);
        var dayOfYear = ((((153 * (month + (month > 2 ? -3 : 9))) + 2) / 5) + day) - 1;
        var dayOfEra = (yearOfEra * 365) + (yearOfEra / 4) - (yearOfEra / 100) + dayOfYear;
        return (era * 146097) + dayOfEra - 719468 + UnixEpochDay;
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
