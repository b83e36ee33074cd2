namespace KhanhHoa.Governance.Calendar;

/// <summary>
/// The precomputed Vietnamese lunar calendar for lunar years <see cref="FirstYear"/>–<see cref="LastYear"/>: the first
/// day of every month, built once from <see cref="LunarAstronomy"/> with the rules of Hồ Ngọc Đức
/// ("Thuật toán tính âm lịch"): a month starts on the UTC+7 day of the new moon, month 11 contains the winter
/// solstice, and in a 13-month year the first month after month 11 without a principal term (trung khí) is leap.
/// </summary>
/// <threadsafety>Immutable after construction; safe to share between threads.</threadsafety>
internal sealed class LunarTable
{
    public const int FirstYear = 1900;
    public const int LastYear = 2100;

    private const double SynodicMonth = 29.530588853;
    private const int DecemberSolsticeSector = 9;

    // Month i runs from monthStart[i] to monthStart[i + 1] - 1 (Julian Day Numbers); the last entry is Tết of LastYear + 1.
    private readonly int[] monthStart;
    private readonly short[] monthYear;
    private readonly byte[] monthNumber;
    private readonly bool[] monthIsLeap;

    // Index of month 1 of each year, FirstYear..LastYear + 1, and the leap month of each year (0 = none).
    private readonly int[] yearFirstMonth;
    private readonly byte[] yearLeapMonth;

    private LunarTable(List<(int Start, int Year, int Month, bool Leap)> months)
    {
        var count = months.Count - 1;
        monthStart = new int[count + 1];
        monthYear = new short[count];
        monthNumber = new byte[count];
        monthIsLeap = new bool[count];
        yearFirstMonth = new int[LastYear - FirstYear + 2];
        yearLeapMonth = new byte[LastYear - FirstYear + 1];
        for (var i = 0; i <= count; i++)
        {
            var (start, year, month, leap) = months[i];
            monthStart[i] = start;
            if (month == 1 && !leap)
            {
                yearFirstMonth[year - FirstYear] = i;
            }

            if (i == count)
            {
                break;
            }

            monthYear[i] = (short)year;
            monthNumber[i] = (byte)month;
            monthIsLeap[i] = leap;
            if (leap)
            {
                yearLeapMonth[year - FirstYear] = (byte)month;
            }
        }
    }

    public static LunarTable Instance { get; } = Build();

    /// <summary>The Julian Day Number of the first day of lunar year <see cref="FirstYear"/>.</summary>
    public int FirstDay => monthStart[0];

    /// <summary>The Julian Day Number of the last day of lunar year <see cref="LastYear"/>.</summary>
    public int LastDay => monthStart[^1] - 1;

    /// <summary>The lunar date of a day in [<see cref="FirstDay"/>, <see cref="LastDay"/>].</summary>
    public LunarDate ToLunar(int dayNumber)
    {
        // Months are 29 or 30 days, so the mean-length estimate is off by at most one month either way.
        var i = (int)((dayNumber - monthStart[0]) / SynodicMonth);
        if (i >= monthYear.Length)
        {
            i = monthYear.Length - 1;
        }

        while (monthStart[i] > dayNumber)
        {
            i--;
        }

        while (monthStart[i + 1] <= dayNumber)
        {
            i++;
        }

        return new LunarDate(monthYear[i], monthNumber[i], dayNumber - monthStart[i] + 1, monthIsLeap[i], validated: true);
    }

    /// <summary>The index of the month, or -1 when the year has no such (leap) month.</summary>
    public int MonthIndex(int year, int month, bool isLeap)
    {
        if (year is < FirstYear or > LastYear || month is < 1 or > 12)
        {
            return -1;
        }

        var leap = yearLeapMonth[year - FirstYear];
        if (isLeap && leap != month)
        {
            return -1;
        }

        var index = yearFirstMonth[year - FirstYear] + month - 1;
        return leap != 0 && (month > leap || isLeap) ? index + 1 : index;
    }

    public int MonthStartDay(int index) => monthStart[index];

    public int MonthLength(int index) => monthStart[index + 1] - monthStart[index];

    public int NewYearDay(int year) => monthStart[yearFirstMonth[year - FirstYear]];

    public int LeapMonth(int year) => yearLeapMonth[year - FirstYear];

    public int MonthsInYear(int year) => yearFirstMonth[year - FirstYear + 1] - yearFirstMonth[year - FirstYear];

    private static LunarTable Build()
    {
        // New moons from late 1898 to early 2102, as UTC+7 day numbers.
        var firstK = (int)Math.Floor((FirstYear - 2 - 2000) * 12.3685);
        var lastK = (int)Math.Ceiling((LastYear + 2 - 2000) * 12.3685);
        var newMoons = new int[lastK - firstK + 1];
        for (var k = firstK; k <= lastK; k++)
        {
            newMoons[k - firstK] = LunarAstronomy.NewMoonDay(k);
        }

        var months = new List<(int Start, int Year, int Month, bool Leap)>();
        for (var year = FirstYear; year <= LastYear + 1; year++)
        {
            var from = MonthEleven(newMoons, year - 1);
            var to = MonthEleven(newMoons, year);
            var leapIndex = -1;
            if (to - from == 13)
            {
                for (var i = from + 1; i < to; i++)
                {
                    if (LunarAstronomy.SunSectorAtLocalMidnight(newMoons[i]) == LunarAstronomy.SunSectorAtLocalMidnight(newMoons[i + 1]))
                    {
                        leapIndex = i;
                        break;
                    }
                }
            }

            var number = 11;
            var labelYear = year - 1;
            for (var i = from; i < to; i++)
            {
                if (i == leapIndex)
                {
                    months.Add((newMoons[i], labelYear, number, true));
                    continue;
                }

                if (i > from && ++number == 13)
                {
                    number = 1;
                    labelYear = year;
                }

                months.Add((newMoons[i], labelYear, number, false));
            }
        }

        // Keep lunar years FirstYear..LastYear, plus Tết of LastYear + 1 as the end of the last month.
        var first = months.FindIndex(m => m is { Year: FirstYear, Month: 1, Leap: false });
        var end = months.FindIndex(m => m is { Year: LastYear + 1, Month: 1, Leap: false });
        return new LunarTable(months.GetRange(first, end - first + 1));
    }

    // The index of the month that contains the December solstice of the Gregorian year (UTC+7 days).
    private static int MonthEleven(int[] newMoons, int gregorianYear)
    {
        var day = DayNumbers.FromCivil(gregorianYear, 12, 15);
        while (LunarAstronomy.SunSectorAtLocalMidnight(day + 1) != DecemberSolsticeSector)
        {
            day++;
        }

        var index = Array.BinarySearch(newMoons, day);
        return index >= 0 ? index : ~index - 1;
    }
}
