namespace KhanhHoa.Governance.Rollup;

/// <summary>
/// Dates as 16-bit day numbers counted from 1 January 2000, the store's date encoding. 65,535 marks
/// "no date" (a dossier still in progress), so the last representable date is day 65,534 (5 June 2179).
/// </summary>
internal static class DayNumber
{
    public const ushort None = ushort.MaxValue;
    public const int Max = ushort.MaxValue - 1;

    public static readonly LocalDate Epoch = new(2000, 1, 1);

    public static LocalDate MaxDate => Epoch.PlusDays(Max);

    // Days from 1970-01-01 of the civil date (Howard Hinnant's days_from_civil), shifted to the 2000 epoch.
    private const int EpochFrom1970 = 10957;

    public static int FromCivil(int year, int month, int day)
    {
        year -= month <= 2 ? 1 : 0;
        var era = (year >= 0 ? year : year - 399) / 400;
        var yoe = year - (era * 400);
        var doy = ((153 * (month + (month > 2 ? -3 : 9))) + 2) / 5 + day - 1;
        var doe = (yoe * 365) + (yoe / 4) - (yoe / 100) + doy;
        return (era * 146097) + doe - 719468 - EpochFrom1970;
    }

    public static int FromDate(LocalDate date) => FromCivil(date.Year, date.Month, date.Day);

    public static LocalDate ToDate(int day) => Epoch.PlusDays(day);

    public static bool InRange(int day) => day is >= 0 and <= Max;

    public static int DaysInMonth(int year, int month) => month switch
    {
        2 => (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28,
        4 or 6 or 9 or 11 => 30,
        _ => 31,
    };
}
