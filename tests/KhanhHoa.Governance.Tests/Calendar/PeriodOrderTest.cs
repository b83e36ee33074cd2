using KhanhHoa.Governance.Calendar;
using NodaTime;

namespace KhanhHoa.Governance.Tests.Calendar;

// How periods, cut-offs and report-due rules compare, print and are found: what the report and the plans' deadlines rely
// on when they sort periods or pick the half-year or nine months a date falls in.
public sealed class PeriodOrderTest
{
    private static readonly ReportingPeriod January = ReportingPeriod.Month(2025, 1, CutoffRule.CalendarMonth);

    private static readonly ReportingPeriod FirstQuarter = ReportingPeriod.Quarter(2025, 1, CutoffRule.CalendarMonth);

    // A month and the quarter it opens start on the same day: the shorter comes first.
    [Fact]
    public void Periods_that_start_together_are_ordered_by_their_end()
    {
        Assert.True(January.CompareTo(FirstQuarter) < 0);
        var again = ReportingPeriod.Month(2025, 1, CutoffRule.CalendarMonth);
        Assert.True(January < FirstQuarter && January <= FirstQuarter && January <= again && January >= again);
        Assert.True(FirstQuarter > January && FirstQuarter >= January);
        Assert.False(January > again || January < again || January >= FirstQuarter || FirstQuarter <= January);
        Assert.Equal([January, FirstQuarter, ReportingPeriod.Month(2025, 2, CutoffRule.CalendarMonth)], new[] { ReportingPeriod.Month(2025, 2, CutoffRule.CalendarMonth), FirstQuarter, January }.Order());
    }

    [Fact]
    public void A_period_compares_with_nothing_as_greater_and_refuses_another_type()
    {
        IComparable comparable = January;

        Assert.Equal(1, comparable.CompareTo(null));
        var thrown = Assert.Throws<ArgumentException>("obj", () => comparable.CompareTo("2025-01"));
        Assert.StartsWith("Object must be of type ReportingPeriod.", thrown.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2025-06-30", ReportingPeriodKind.HalfYear, "2025-H1")]
    [InlineData("2025-07-01", ReportingPeriodKind.HalfYear, "2025-H2")]
    [InlineData("2025-01-01", ReportingPeriodKind.NineMonths, "2025-9M")]
    [InlineData("2025-09-30", ReportingPeriodKind.NineMonths, "2025-9M")]
    [InlineData("2025-10-01", ReportingPeriodKind.NineMonths, null)]
    public void The_half_year_or_nine_months_a_date_falls_in(string date, ReportingPeriodKind kind, string? id) =>
        Assert.Equal(id, ReportingPeriod.Containing(NodaTime.Text.LocalDatePattern.Iso.Parse(date).Value, kind, CutoffRule.CalendarMonth)?.Id);

    [Fact]
    public void An_unknown_kind_of_period_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>("kind", () => ReportingPeriod.Containing(new LocalDate(2025, 1, 1), (ReportingPeriodKind)9, CutoffRule.CalendarMonth));
        Assert.Throws<ArgumentOutOfRangeException>("kind", () => ReportingPeriod.InYear(2025, (ReportingPeriodKind)9, CutoffRule.CalendarMonth));
    }

    // February of a leap year, and an administrative month (15 August to 14 September) that spans two calendar months.
    [Fact]
    public void A_period_counts_its_first_and_last_days()
    {
        Assert.Equal(29, ReportingPeriod.Month(2024, 2, CutoffRule.CalendarMonth).DayCount);
        Assert.Equal(31, ReportingPeriod.Month(2025, 9, CutoffRule.Administrative).DayCount);
        Assert.Equal(365, ReportingPeriod.InYear(2025, ReportingPeriodKind.Year, CutoffRule.CalendarMonth).Single().DayCount);
    }

    [Fact]
    public void A_cut_off_names_its_day_only_when_it_has_one()
    {
        Assert.Null(CutoffRule.CalendarMonth.Day);
        Assert.Equal(14, CutoffRule.Administrative.Day);
        Assert.True(CutoffRule.OnDay(14) == CutoffRule.Administrative);
        Assert.True(CutoffRule.Administrative != CutoffRule.CalendarMonth);
        Assert.False(CutoffRule.OnDay(14) != CutoffRule.Administrative);
    }

    [Fact]
    public void Report_due_rules_print_and_compare_by_all_their_parts()
    {
        Assert.Equal("+2wd", ReportDueRule.WorkingDaysAfterCutoff(2).ToString());
        Assert.Equal("day 17", ReportDueRule.OnDayOfMonth(17).ToString());
        Assert.Equal("day 13 of the last month", ReportDueRule.DayOfLastMonth(13).ToString());

        Assert.True(ReportDueRule.WorkingDaysAfterCutoff(2) == ReportDueRule.WorkingDaysAfterCutoff(2));
        Assert.True(ReportDueRule.WorkingDaysAfterCutoff(2) != ReportDueRule.WorkingDaysAfterCutoff(3));
        Assert.True(ReportDueRule.OnDayOfMonth(13) != ReportDueRule.OnDayOfMonth(14));
        Assert.True(ReportDueRule.OnDayOfMonth(13) != ReportDueRule.DayOfLastMonth(13));
        Assert.False(ReportDueRule.DayOfLastMonth(13) != ReportDueRule.DayOfLastMonth(13));
    }

    [Fact]
    public void A_deadline_has_a_due_date_only_when_its_text_fixes_one()
    {
        Assert.True(Deadline.Parse("Trước ngày 15/4/2025", 2025).HasDueDate);
        Assert.False(Deadline.Parse("Thường xuyên", 2025).HasDueDate);
    }

    // Zero working days from a day off is that day: the count starts from it, it does not move to the next working day.
    [Fact]
    public void Zero_working_days_from_a_day_off_is_that_day()
    {
        var tet = new LocalDate(2025, 1, 29);
        var sunday = new LocalDate(2025, 9, 14);

        Assert.False(BusinessCalendar.CivilService.IsWorkingDay(tet));
        Assert.Equal(tet, BusinessCalendar.CivilService.AddWorkingDays(tet, 0));
        Assert.Equal(sunday, BusinessCalendar.CivilService.AddWorkingDays(sunday, 0));
        Assert.Equal(new LocalDate(2025, 9, 15), BusinessCalendar.CivilService.AddWorkingDays(sunday, 1));
    }
}
