using System.Text;
using KhanhHoa.Governance.Calendar;
using KhanhHoa.Governance.Data;
using NodaTime;

namespace KhanhHoa.Governance.Tests.Calendar;

// How decisions combine with the statutory rules (BusinessCalendarOptions: a loaded schedule replaces a rule on its date,
// the host's decisions override every rule and schedule): one entry per date, the overriding one, and worked rest days
// by date. Each test builds its own calendar (see StatutoryFallbackTest).
public sealed class CalendarDecisionOrderTest
{
    private const string HostSource = "Quyết định của UBND tỉnh (giả định cho kiểm thử)";

    private static BusinessCalendar WithHostDecisions(params CalendarDecision[] decisions)
    {
        var options = new BusinessCalendarOptions();
        foreach (var decision in decisions)
        {
            options.HostDecisions.Add(decision);
        }

        return BusinessCalendar.Create(options);
    }

    // The 2024 notice (domain CSV: 2024-09-02 "Quoc khanh", Thông báo 5015) restates 2/9 itself; a schedule of that shape
    // for 2027 leaves one entry on 2/9, the decision's, not the Labour Code's beside it.
    [Fact]
    public void A_loaded_decision_on_a_holiday_replaces_the_holiday()
    {
        const string json = """
            {"schema":"khanhhoa-governance/calendar-decisions/1","version":"2027-01-01","years":[{"year":2027,"decisions":[
              {"date":"2027-09-02","working":false,"reason":"Quốc khánh","source":"Thông báo 1/TB-BNV"},
              {"date":"2027-09-03","working":false,"reason":"Quốc khánh (ngày liền kề)","source":"Thông báo 1/TB-BNV"}]}]}
            """;
        var options = new BusinessCalendarOptions();
        options.Schedules.Add(GovernanceDataLoader.LoadCalendarSchedule(Encoding.UTF8.GetBytes(json)).Value);
        var calendar = BusinessCalendar.Create(options);

        var september = calendar.NonWorkingDays(2027).Where(d => d.Date.Month == 9).ToList();

        Assert.Equal([new LocalDate(2027, 9, 2), new LocalDate(2027, 9, 3)], september.Select(d => d.Date));
        Assert.All(september, d => Assert.Equal((NonWorkingDayKind.OfficialDecision, "Thông báo 1/TB-BNV"), (d.Kind, d.Source)));
    }

    [Fact]
    public void A_Saturday_the_host_decides_to_work_is_a_working_day()
    {
        var saturday = new LocalDate(2027, 3, 6);
        var calendar = WithHostDecisions(new CalendarDecision(saturday, true, "Làm bù", HostSource));

        Assert.True(calendar.IsWorkingDay(saturday));
        Assert.Equal(6, calendar.WorkingDaysBetween(new LocalDate(2027, 2, 28), new LocalDate(2027, 3, 7)));
        Assert.Equal([saturday], calendar.WorkedRestDays(2027).Select(d => d.Date));
        Assert.Equal(HostSource, calendar.WorkedRestDays(2027).Single().Source);
    }

    // The host's decisions come on top of the official 2024–2026 schedules: every row of the domain's exceptions file holds.
    [Fact]
    public void The_official_schedules_still_hold_beside_a_host_decision()
    {
        var calendar = WithHostDecisions(new CalendarDecision(new LocalDate(2027, 3, 6), true, "Làm bù", HostSource));

        Assert.Equal(2026, calendar.LastOfficialYear);
        foreach (var row in BusinessCalendarTest.ExceptionRows)
        {
            var day = NodaTime.Text.LocalDatePattern.Iso.Parse((string)row[0]).Value;
            Assert.True((bool)row[1] == calendar.IsWorkingDay(day), $"{day:uuuu-MM-dd}");
        }
    }

    [Fact]
    public void Worked_rest_days_are_listed_by_date_whatever_the_order_of_the_decisions()
    {
        var calendar = WithHostDecisions(
            new CalendarDecision(new LocalDate(2027, 3, 13), true, "Làm bù", HostSource),
            new CalendarDecision(new LocalDate(2027, 3, 6), true, "Làm bù", HostSource));

        Assert.Equal([new LocalDate(2027, 3, 6), new LocalDate(2027, 3, 13)], calendar.WorkedRestDays(2027).Select(d => d.Date));
    }

    // Sat 22/08/2026 is worked by the official schedule (domain §2); the host's own decision on that date is the one listed.
    [Fact]
    public void The_hosts_decision_on_an_officially_worked_Saturday_is_the_one_listed()
    {
        var calendar = WithHostDecisions(new CalendarDecision(new LocalDate(2026, 8, 22), true, "Làm việc theo lịch của tỉnh", HostSource));

        var worked = calendar.WorkedRestDays(2026).Single(d => d.Date == new LocalDate(2026, 8, 22));

        Assert.Equal((HostSource, "Làm việc theo lịch của tỉnh"), (worked.Source, worked.Reason));
        Assert.True(calendar.IsWorkingDay(new LocalDate(2026, 8, 22)));
    }

    // 2/9/2027 is a Thursday, so the fallback day next to it is Friday 3/9; the host works it, and it is no longer listed.
    [Fact]
    public void A_fallback_day_the_host_decides_to_work_is_no_longer_a_day_off()
    {
        var friday = new LocalDate(2027, 9, 3);
        Assert.Contains(BusinessCalendar.Create(new BusinessCalendarOptions()).NonWorkingDays(2027), d => d.Date == friday);

        var calendar = WithHostDecisions(new CalendarDecision(friday, true, "Làm việc", HostSource));

        Assert.True(calendar.IsWorkingDay(friday));
        Assert.DoesNotContain(calendar.NonWorkingDays(2027), d => d.Date == friday);
    }

    [Fact]
    public void A_host_day_off_on_a_holiday_replaces_the_holiday()
    {
        var calendar = WithHostDecisions(new CalendarDecision(new LocalDate(2027, 1, 1), false, "Nghỉ Tết Dương lịch", HostSource));

        var day = Assert.Single(calendar.NonWorkingDays(2027), d => d.Date == new LocalDate(2027, 1, 1));

        Assert.Equal((NonWorkingDayKind.HostDecision, HostSource), (day.Kind, day.Source));
    }

    // The range's very last day (Friday 31/12/2100) can be made a day off; nothing is left after it to move to.
    [Fact]
    public void A_host_day_off_on_the_last_day_of_the_range()
    {
        var calendar = WithHostDecisions(new CalendarDecision(BusinessCalendar.MaxDate, false, "Nghỉ", HostSource));

        Assert.False(calendar.IsWorkingDay(BusinessCalendar.MaxDate));
        Assert.Equal(BusinessCalendar.MaxDate, calendar.NonWorkingDays(2100)[^1].Date);
        Assert.Equal(0, calendar.WorkingDaysBetween(new LocalDate(2100, 12, 30), BusinessCalendar.MaxDate));
        Assert.Throws<ArgumentOutOfRangeException>("workingDays", () => calendar.AddWorkingDays(new LocalDate(2100, 12, 30), 1));
    }

    [Fact]
    public void No_options_is_refused_by_name()
    {
        Assert.Throws<ArgumentNullException>("options", () => BusinessCalendar.Create(null!));
        Assert.Throws<ArgumentNullException>("options", () => BusinessCalendar.FromOptions(null!));
    }
}
