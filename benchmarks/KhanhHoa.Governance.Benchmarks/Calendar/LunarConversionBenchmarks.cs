using BenchmarkDotNet.Attributes;
using KhanhHoa.Governance.Calendar;
using NodaTime;

namespace KhanhHoa.Governance.Benchmarks.Calendar;

/// <summary>
/// <see cref="VietnameseLunarCalendar.ToLunarDate"/> (precomputed table) against the on-the-fly conversion that ports
/// of Hồ Ngọc Đức's algorithm do: new moons, the month-11 solstice search and the leap-month search for every call.
/// </summary>
[MemoryDiagnoser]
public class LunarConversionBenchmarks
{
    private const double LunationZero = 2451550.1;
    private const double SynodicMonth = 29.530588853;
    private LocalDate[] dates = [];

    /// <summary>365 dates spread over 1970–2099, checked to convert the same way both ways.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        dates = Enumerable.Range(0, 365).Select(_ => new LocalDate(1970, 1, 1).PlusDays(random.Next(0, 47_000))).ToArray();
        foreach (var date in dates)
        {
            if (OnTheFlyLunarDate(date) != VietnameseLunarCalendar.ToLunarDate(date))
            {
                throw new InvalidOperationException($"baseline and table disagree on {date}");
            }
        }
    }

    /// <summary>Baseline: astronomical computation per call.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = 365)]
    public int OnTheFly()
    {
        var sum = 0;
        foreach (var date in dates)
        {
            sum += OnTheFlyLunarDate(date).Day;
        }

        return sum;
    }

    /// <summary>The library: table look-up.</summary>
    [Benchmark(OperationsPerInvoke = 365)]
    public int Table()
    {
        var sum = 0;
        foreach (var date in dates)
        {
            sum += VietnameseLunarCalendar.ToLunarDate(date).Day;
        }

        return sum;
    }

    private static LunarDate OnTheFlyLunarDate(LocalDate date)
    {
        var day = DayNumbers.From(date);
        var monthStart = NewMoonOnOrBefore(day);
        var a11 = MonthElevenStart(date.Year);
        int b11;
        int lunarYear;
        if (a11 >= monthStart)
        {
            lunarYear = date.Year;
            b11 = a11;
            a11 = MonthElevenStart(date.Year - 1);
        }
        else
        {
            lunarYear = date.Year + 1;
            b11 = MonthElevenStart(date.Year + 1);
        }

        var diff = (int)Math.Round((monthStart - a11) / SynodicMonth);
        var month = diff + 11;
        var leap = false;
        if (b11 - a11 > 365)
        {
            var leapDiff = LeapMonthOffset(a11);
            if (diff >= leapDiff)
            {
                month = diff + 10;
                leap = diff == leapDiff;
            }
        }

        if (month > 12)
        {
            month -= 12;
        }

        if (month >= 11 && diff < 4)
        {
            lunarYear--;
        }

        return new LunarDate(lunarYear, month, day - monthStart + 1, leap);
    }

    private static int NewMoonOnOrBefore(int day)
    {
        var k = (int)Math.Floor((day - LunationZero) / SynodicMonth);
        var next = LunarAstronomy.NewMoonDay(k + 1);
        return next <= day ? next : LunarAstronomy.NewMoonDay(k);
    }

    private static int MonthElevenStart(int year)
    {
        var solstice = DayNumbers.FromCivil(year, 12, 15);
        while (LunarAstronomy.SunSectorAtLocalMidnight(solstice + 1) != 9)
        {
            solstice++;
        }

        return NewMoonOnOrBefore(solstice);
    }

    private static int LeapMonthOffset(int monthEleven)
    {
        var k = (int)Math.Round((monthEleven - LunationZero) / SynodicMonth);
        var i = 1;
        var sector = LunarAstronomy.SunSectorAtLocalMidnight(LunarAstronomy.NewMoonDay(k + i));
        int last;
        do
        {
            last = sector;
            i++;
            sector = LunarAstronomy.SunSectorAtLocalMidnight(LunarAstronomy.NewMoonDay(k + i));
        }
        while (sector != last && i < 14);

        return i - 1;
    }
}
