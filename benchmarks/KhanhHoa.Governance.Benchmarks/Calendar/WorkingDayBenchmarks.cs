using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using KhanhHoa.Governance.Calendar;
using NodaTime;

namespace KhanhHoa.Governance.Benchmarks.Calendar;

/// <summary>
/// <see cref="BusinessCalendar"/>'s table look-ups against the naive way: looking the day up in the year's holiday list
/// (<see cref="BusinessCalendar.NonWorkingDays"/>) and walking day by day.
/// </summary>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class WorkingDayBenchmarks
{
    private readonly BusinessCalendar calendar = BusinessCalendar.CivilService;
    private LocalDate[] dates = [];

    /// <summary>256 dates in 2024–2027.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(7);
        dates = Enumerable.Range(0, 256).Select(_ => new LocalDate(2024, 1, 1).PlusDays(random.Next(0, 1400))).ToArray();
    }

    /// <summary>Baseline: weekend check plus a linear search of the year's non-working days and worked rest days.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = 256)]
    [BenchmarkCategory("IsWorkingDay")]
    public int IsWorkingDayNaive()
    {
        var count = 0;
        foreach (var date in dates)
        {
            count += NaiveIsWorkingDay(date) ? 1 : 0;
        }

        return count;
    }

    /// <summary>The library: one array read.</summary>
    [Benchmark(OperationsPerInvoke = 256)]
    [BenchmarkCategory("IsWorkingDay")]
    public int IsWorkingDayTable()
    {
        var count = 0;
        foreach (var date in dates)
        {
            count += calendar.IsWorkingDay(date) ? 1 : 0;
        }

        return count;
    }

    /// <summary>Baseline: step day by day until 30 working days are counted.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = 256)]
    [BenchmarkCategory("AddWorkingDays(30)")]
    public LocalDate AddWorkingDays30DayByDay()
    {
        var last = default(LocalDate);
        foreach (var date in dates)
        {
            var day = date;
            for (var counted = 0; counted < 30;)
            {
                day = day.PlusDays(1);
                counted += calendar.IsWorkingDay(day) ? 1 : 0;
            }

            last = day;
        }

        return last;
    }

    /// <summary>The library: prefix counts and the index of working days.</summary>
    [Benchmark(OperationsPerInvoke = 256)]
    [BenchmarkCategory("AddWorkingDays(30)")]
    public LocalDate AddWorkingDays30Table()
    {
        var last = default(LocalDate);
        foreach (var date in dates)
        {
            last = calendar.AddWorkingDays(date, 30);
        }

        return last;
    }

    /// <summary>Baseline: count the working days of a year day by day.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = 256)]
    [BenchmarkCategory("WorkingDaysBetween(year)")]
    public int WorkingDaysInAYearDayByDay()
    {
        var total = 0;
        foreach (var date in dates)
        {
            var end = date.PlusYears(1);
            for (var day = date.PlusDays(1); day <= end; day = day.PlusDays(1))
            {
                total += calendar.IsWorkingDay(day) ? 1 : 0;
            }
        }

        return total;
    }

    /// <summary>The library: difference of two prefix counts.</summary>
    [Benchmark(OperationsPerInvoke = 256)]
    [BenchmarkCategory("WorkingDaysBetween(year)")]
    public int WorkingDaysInAYearTable()
    {
        var total = 0;
        foreach (var date in dates)
        {
            total += calendar.WorkingDaysBetween(date, date.PlusYears(1));
        }

        return total;
    }

    private bool NaiveIsWorkingDay(LocalDate date)
    {
        foreach (var worked in calendar.WorkedRestDays(date.Year))
        {
            if (worked.Date == date)
            {
                return true;
            }
        }

        if (date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday)
        {
            return false;
        }

        foreach (var off in calendar.NonWorkingDays(date.Year))
        {
            if (off.Date == date)
            {
                return false;
            }
        }

        return true;
    }
}
