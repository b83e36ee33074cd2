using KhanhHoa.Governance.Calendar;
using NodaTime;

namespace KhanhHoa.Governance.Tests.Calendar;

// The statutory rules a calendar builds for a year without an official schedule (Bộ luật Lao động 45/2019/QH14 Art. 111(3)
// and 112), checked against the domain notes on the calendar: the five fallback Tết days, the day next to 2/9, the
// compensatory days and the citation of each holiday. Each test builds its own calendar: the shared instances are built
// once per process, so a fault in the code that builds the tables would be seen by the first test only.
public sealed class StatutoryFallbackTest
{
    private const string FallbackNote = "chưa nạp quyết định của Thủ tướng cho năm này";

    private readonly BusinessCalendar statutory = BusinessCalendar.Create(new BusinessCalendarOptions { UseOfficialSchedules = false });

    // Art. 112(1): each holiday of the year with the point of the clause that grants it.
    [Theory]
    [InlineData(1, 1, "Tết Dương lịch", "điểm a")]
    [InlineData(4, 30, "Ngày Chiến thắng", "điểm c")]
    [InlineData(5, 1, "Ngày Quốc tế lao động", "điểm d")]
    [InlineData(9, 2, "Quốc khánh", "điểm đ")]
    public void Each_solar_holiday_cites_its_point_of_article_112(int month, int day, string reason, string point)
    {
        var holiday = statutory.NonWorkingDays(2027).Single(d => d.Date == new LocalDate(2027, month, day));

        Assert.Equal(NonWorkingDayKind.PublicHoliday, holiday.Kind);
        Assert.Equal(reason, holiday.Reason);
        Assert.Equal("Bộ luật Lao động 45/2019/QH14, Điều 112 khoản 1 " + point, holiday.Source);
    }

    // 10/3 lunar of the regular month (domain §8): 2024-04-18, 2025-04-07, 2031-04-01 (not the leap third month).
    [Theory]
    [InlineData(2024, 4, 18)]
    [InlineData(2025, 4, 7)]
    [InlineData(2031, 4, 1)]
    public void Hung_Kings_day_cites_point_e(int year, int month, int day)
    {
        var holiday = statutory.NonWorkingDays(year).Single(d => d.Reason.StartsWith("Giỗ Tổ", StringComparison.Ordinal));

        Assert.Equal(new LocalDate(year, month, day), holiday.Date);
        Assert.Equal("Bộ luật Lao động 45/2019/QH14, Điều 112 khoản 1 điểm e", holiday.Source);
    }

    // The Vietnamese (UTC+7) lunar new year of domain §5 and §8, including those that differ from China's.
    [Theory]
    [InlineData("1968-01-29")]
    [InlineData("1985-01-21")]
    [InlineData("2007-02-17")]
    [InlineData("2024-02-10")]
    [InlineData("2025-01-29")]
    [InlineData("2026-02-17")]
    [InlineData("2030-02-02")]
    [InlineData("2053-02-18")]
    public void Without_a_decision_Tet_is_the_eve_and_the_first_four_days_each_named(string newYear)
    {
        var tet = NodaTime.Text.LocalDatePattern.Iso.Parse(newYear).Value;

        var fallback = statutory.NonWorkingDays(tet.Year).Where(d => d.Reason.StartsWith("Tết Âm lịch", StringComparison.Ordinal)).ToList();

        Assert.Equal(
            [
                (tet.PlusDays(-1), "Tết Âm lịch (giao thừa)"), (tet, "Tết Âm lịch (mùng 1)"), (tet.PlusDays(1), "Tết Âm lịch (mùng 2)"),
                (tet.PlusDays(2), "Tết Âm lịch (mùng 3)"), (tet.PlusDays(3), "Tết Âm lịch (mùng 4)"),
            ],
            fallback.Select(d => (d.Date, d.Reason)));
        Assert.All(fallback, d => Assert.Equal(NonWorkingDayKind.StatutoryFallback, d.Kind));
        Assert.All(fallback, d => Assert.Contains(FallbackNote, d.Source, StringComparison.Ordinal));
        Assert.All(fallback, d => Assert.Contains("Điều 112 khoản 1 và 3", d.Source, StringComparison.Ordinal));
    }

    // Domain §6 (the rule the decisions of 2021–2026 followed): the day after 2/9 when 2/9 is a Monday, Thursday or Sunday,
    // the day before otherwise. An independent table of the seven weekdays, over every year the calendar holds.
    [Fact]
    public void Without_a_decision_the_day_next_to_2_September_follows_the_weekday_table()
    {
        var shift = new Dictionary<IsoDayOfWeek, int>
        {
            [IsoDayOfWeek.Monday] = 1, [IsoDayOfWeek.Tuesday] = -1, [IsoDayOfWeek.Wednesday] = -1, [IsoDayOfWeek.Thursday] = 1,
            [IsoDayOfWeek.Friday] = -1, [IsoDayOfWeek.Saturday] = -1, [IsoDayOfWeek.Sunday] = 1,
        };
        var seen = new HashSet<IsoDayOfWeek>();
        for (var year = BusinessCalendar.MinDate.Year; year <= BusinessCalendar.MaxDate.Year; year++)
        {
            var nationalDay = new LocalDate(year, 9, 2);
            seen.Add(nationalDay.DayOfWeek);
            var adjacent = Assert.Single(statutory.NonWorkingDays(year), d => d.Reason == "Quốc khánh (ngày liền kề)");
            Assert.Equal(nationalDay.PlusDays(shift[nationalDay.DayOfWeek]), adjacent.Date);
            Assert.Equal(NonWorkingDayKind.StatutoryFallback, adjacent.Kind);
            Assert.Contains(FallbackNote, adjacent.Source, StringComparison.Ordinal);
            Assert.False(statutory.IsWorkingDay(adjacent.Date));
        }

        Assert.Equal(7, seen.Count);
    }

    // The official days next to 2/9 (domain §2: Tue 3/9/2024, Mon 1/9/2025, Tue 1/9/2026) are what the fallback gives.
    [Theory]
    [InlineData(2024, 3)]
    [InlineData(2025, 1)]
    [InlineData(2026, 1)]
    public void The_fallback_agrees_with_the_decided_days_next_to_2_September(int year, int day) =>
        Assert.Equal(
            new LocalDate(year, 9, day),
            statutory.NonWorkingDays(year).Single(d => d.Reason == "Quốc khánh (ngày liền kề)").Date);

    // Tết 2024 without the official notice: eve Fri 9/2, days 1–4 Sat 10 – Tue 13/2. Two Tết days fall on the weekend, so
    // Art. 111(3) gives the next two working days, Wed 14 and Thu 15, one each, in order (the 2024 notice also gave two).
    [Fact]
    public void Two_holidays_on_a_weekend_give_two_compensatory_days_in_their_order()
    {
        var compensatory = statutory.NonWorkingDays(2024).Where(d => d.Kind == NonWorkingDayKind.CompensatoryDayOff && d.Date.Month == 2).ToList();

        Assert.Equal(
            [
                (new LocalDate(2024, 2, 14), "Nghỉ bù: Tết Âm lịch (mùng 1) rơi vào 10/02/2024, ngày nghỉ hằng tuần"),
                (new LocalDate(2024, 2, 15), "Nghỉ bù: Tết Âm lịch (mùng 2) rơi vào 11/02/2024, ngày nghỉ hằng tuần"),
            ],
            compensatory.Select(d => (d.Date, d.Reason)));
        Assert.All(compensatory, d => Assert.Equal("Bộ luật Lao động 45/2019/QH14, Điều 111 khoản 3 (nghỉ bù)", d.Source));
        Assert.False(statutory.IsWorkingDay(new LocalDate(2024, 2, 15)));
        Assert.True(statutory.IsWorkingDay(new LocalDate(2024, 2, 16)));
        Assert.Equal(5, statutory.WorkingDaysBetween(new LocalDate(2024, 2, 4), new LocalDate(2024, 2, 16)));
    }

    // Domain §1: Nghị quyết 80-NQ/TW chose 24/11 as Ngày Văn hóa Việt Nam; not yet law, so only when switched on.
    [Fact]
    public void The_culture_day_names_the_resolution_that_chose_it()
    {
        var calendar = BusinessCalendar.Create(new BusinessCalendarOptions { ObserveVietnamCultureDay = true, VietnamCultureDayFromYear = 2027 });

        var day = calendar.NonWorkingDays(2027).Single(d => d.Kind == NonWorkingDayKind.NotYetLaw);

        Assert.Equal(new LocalDate(2027, 11, 24), day.Date);
        Assert.Equal("Ngày Văn hóa Việt Nam", day.Reason);
        Assert.StartsWith("Nghị quyết 80-NQ/TW", day.Source, StringComparison.Ordinal);
        Assert.Contains("chưa được luật hóa", day.Source, StringComparison.Ordinal);
        Assert.True(calendar.IsWorkingDay(new LocalDate(2026, 11, 24)));
    }

    // Every year lists each of its days once, by date: what a report's annex of days off prints.
    [Fact]
    public void Every_year_lists_its_days_once_in_date_order()
    {
        for (var year = BusinessCalendar.MinDate.Year; year <= BusinessCalendar.MaxDate.Year; year++)
        {
            var dates = statutory.NonWorkingDays(year).Select(d => d.Date).ToList();
            Assert.Equal(dates.Order(), dates);
            Assert.Equal(dates.Count, dates.Distinct().Count());
            Assert.All(dates, d => Assert.False(statutory.IsWorkingDay(d)));
        }
    }

    // The range's last year is built like any other: 1/1/2100 is a Friday holiday, 31/12/2100 the range's last working day.
    [Fact]
    public void The_last_year_of_the_range_has_its_holidays_and_its_last_day()
    {
        Assert.Contains(statutory.NonWorkingDays(2100), d => d.Date == new LocalDate(2100, 1, 1) && d.Kind == NonWorkingDayKind.PublicHoliday);
        Assert.False(statutory.IsWorkingDay(new LocalDate(2100, 1, 1)));
        Assert.True(statutory.IsWorkingDay(BusinessCalendar.MaxDate));
        Assert.True(statutory.IsWorkingDay(new LocalDate(2100, 12, 30)));
        Assert.Equal(BusinessCalendar.MaxDate, statutory.AddWorkingDays(new LocalDate(2100, 12, 30), 1));
        Assert.Equal(BusinessCalendar.MaxDate, statutory.NextWorkingDayOnOrAfter(new LocalDate(2100, 12, 31)));
    }
}
