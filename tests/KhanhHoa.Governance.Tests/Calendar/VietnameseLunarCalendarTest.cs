using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KhanhHoa.Governance.Calendar;
using NodaTime;
using NodaTime.Text;

namespace KhanhHoa.Governance.Tests.Calendar;

public sealed class VietnameseLunarCalendarTest
{
    private static LocalDate Date(string iso) => LocalDatePattern.Iso.Parse(iso).Value;

    private static Arbitrary<LocalDate> AnySupportedDay()
    {
        var min = VietnameseLunarCalendar.MinDate;
        var days = Period.DaysBetween(min, VietnameseLunarCalendar.MaxDate);
        return Gen.Choose(0, days).Select(offset => min.PlusDays(offset)).ToArbitrary();
    }

    // calendar.md §8, lunar cases.
    [Theory]
    [InlineData("2024-02-10", 2024, 1, 1, false)]
    [InlineData("2024-02-09", 2023, 12, 30, false)]
    [InlineData("2025-01-29", 2025, 1, 1, false)]
    [InlineData("2025-01-28", 2024, 12, 29, false)]
    [InlineData("2026-02-17", 2026, 1, 1, false)]
    [InlineData("2026-02-16", 2025, 12, 29, false)]
    [InlineData("2026-02-22", 2026, 1, 6, false)]
    [InlineData("2023-03-22", 2023, 2, 1, true)]
    [InlineData("2025-07-25", 2025, 6, 1, true)]
    [InlineData("2033-12-22", 2033, 11, 1, true)]
    [InlineData("1985-03-21", 1985, 2, 1, true)]
    [InlineData("2020-05-23", 2020, 4, 1, true)]
    [InlineData("2062-04-09", 2062, 2, 30, false)]
    [InlineData("2062-04-10", 2062, 3, 1, false)]
    [InlineData("2031-04-21", 2031, 3, 1, true)]
    public void Section_8_conversions(string solar, int year, int month, int day, bool leap)
    {
        var lunar = new LunarDate(year, month, day, leap);

        Assert.Equal(lunar, VietnameseLunarCalendar.ToLunarDate(Date(solar)));
        Assert.Equal(Date(solar), VietnameseLunarCalendar.ToLocalDate(lunar));
    }

    [Theory]
    [InlineData(1968, "1968-01-29")]
    [InlineData(1969, "1969-02-16")]
    [InlineData(1985, "1985-01-21")]
    [InlineData(2007, "2007-02-17")]
    [InlineData(2030, "2030-02-02")]
    [InlineData(2053, "2053-02-18")]
    [InlineData(2024, "2024-02-10")]
    [InlineData(2025, "2025-01-29")]
    [InlineData(2026, "2026-02-17")]
    [InlineData(1900, "1900-01-31")]
    public void Tet_at_UTC_plus_7(int year, string tet) =>
        Assert.Equal(Date(tet), VietnameseLunarCalendar.LunarNewYear(year));

    [Theory]
    [InlineData(2023, 2)]
    [InlineData(2025, 6)]
    [InlineData(2033, 11)]
    [InlineData(1985, 2)]
    [InlineData(2020, 4)]
    [InlineData(2031, 3)]
    [InlineData(2017, 6)]
    [InlineData(2024, null)]
    [InlineData(2026, null)]
    public void Leap_months(int year, int? leap) => Assert.Equal(leap, VietnameseLunarCalendar.LeapMonth(year));

    [Theory]
    [InlineData(2024, "2024-04-18")]
    [InlineData(2025, "2025-04-07")]
    [InlineData(2026, "2026-04-26")]
    [InlineData(2012, "2012-03-31")]
    [InlineData(2031, "2031-04-01")]
    [InlineData(2009, "2009-04-04")]
    [InlineData(2037, "2037-04-24")]
    public void Hung_Kings_is_10_3_of_the_regular_month(int year, string date) =>
        Assert.Equal(Date(date), new LunarDate(year, 3, 10).ToLocalDate());

    [Theory]
    [InlineData(2025, 12, 30, false)]
    [InlineData(2024, 3, 1, true)]
    [InlineData(2025, 5, 1, true)]
    [InlineData(2025, 13, 1, false)]
    [InlineData(2025, 1, 0, false)]
    [InlineData(1899, 1, 1, false)]
    [InlineData(2101, 1, 1, false)]
    public void Impossible_lunar_dates_are_rejected_with_the_reason(int year, int month, int day, bool leap)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new LunarDate(year, month, day, leap));

        Assert.False(LunarDate.TryCreate(year, month, day, leap, out _));
        Assert.Contains(year.ToString(System.Globalization.CultureInfo.InvariantCulture), error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.ToLocalDate(default));
    }

    [Fact]
    public void Dates_outside_the_range_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.ToLunarDate(VietnameseLunarCalendar.MinDate.PlusDays(-1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.ToLunarDate(VietnameseLunarCalendar.MaxDate.PlusDays(1)));
        Assert.True(VietnameseLunarCalendar.MaxDate >= new LocalDate(2100, 12, 31));
        Assert.Equal(new LocalDate(1900, 1, 31), VietnameseLunarCalendar.MinDate);
    }

    [Fact]
    public void Text_form_marks_the_leap_month()
    {
        Assert.Equal("10/3/2026", new LunarDate(2026, 3, 10).ToString());
        Assert.Equal("1/2 nhuận/2023", new LunarDate(2023, 2, 1, isLeapMonth: true).ToString());
    }

    [Fact]
    public void Leap_month_orders_after_its_regular_month()
    {
        Assert.True(new LunarDate(2023, 2, 29) < new LunarDate(2023, 2, 1, true));
        Assert.True(new LunarDate(2023, 2, 1, true) < new LunarDate(2023, 3, 1));
    }

    [Fact]
    public void Every_day_of_the_range_round_trips_and_advances_by_one()
    {
        var previous = VietnameseLunarCalendar.ToLunarDate(VietnameseLunarCalendar.MinDate);
        Assert.Equal(new LunarDate(1900, 1, 1), previous);
        for (var date = VietnameseLunarCalendar.MinDate.PlusDays(1); date <= VietnameseLunarCalendar.MaxDate; date = date.PlusDays(1))
        {
            var lunar = VietnameseLunarCalendar.ToLunarDate(date);
            Assert.True(lunar > previous);
            Assert.True(lunar.Day == previous.Day + 1 || lunar.Day == 1);
            Assert.Equal(date, lunar.ToLocalDate());
            previous = lunar;
        }
    }

    [Property(MaxTest = 2000)]
    public Property Round_trip_is_the_identity() =>
        Prop.ForAll(AnySupportedDay(), date => VietnameseLunarCalendar.ToLunarDate(date).ToLocalDate() == date);

    [Property]
    public Property Months_have_29_or_30_days_and_years_12_or_13_months() =>
        Prop.ForAll(Gen.Choose(VietnameseLunarCalendar.MinYear, VietnameseLunarCalendar.MaxYear).ToArbitrary(), year =>
        {
            var leap = VietnameseLunarCalendar.LeapMonth(year);
            var months = VietnameseLunarCalendar.MonthsInYear(year);
            var lengths = Enumerable.Range(1, 12).Select(m => VietnameseLunarCalendar.DaysInMonth(year, m)).ToList();
            if (leap is { } l)
            {
                lengths.Add(VietnameseLunarCalendar.DaysInMonth(year, l, isLeapMonth: true));
            }

            var yearDays = Period.DaysBetween(VietnameseLunarCalendar.LunarNewYear(year), year < VietnameseLunarCalendar.MaxYear
                ? VietnameseLunarCalendar.LunarNewYear(year + 1)
                : VietnameseLunarCalendar.MaxDate.PlusDays(1));
            return lengths.TrueForAll(d => d is 29 or 30)
                   && months == (leap is null ? 12 : 13)
                   && lengths.Count == months
                   && lengths.Sum() == yearDays;
        });
}
