using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KhanhHoa.Governance.Calendar;
using NodaTime;

namespace KhanhHoa.Governance.Tests.Calendar;

// Report-due rules: the counts and days each accepts, and the due date of each kind against a day-by-day walk over the
// civil-service calendar (Civil Code Art. 148(5): a due day that is a day off moves to the next working day).
public sealed class ReportDueRuleTest
{
    private static readonly BusinessCalendar CivilService = BusinessCalendar.CivilService;

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void A_working_days_rule_needs_at_least_one_day(int workingDays) =>
        Assert.Throws<ArgumentOutOfRangeException>("workingDays", () => ReportDueRule.WorkingDaysAfterCutoff(workingDays));

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(29)]
    [InlineData(31)]
    public void A_day_of_the_month_is_1_to_28(int day)
    {
        Assert.Throws<ArgumentOutOfRangeException>("day", () => ReportDueRule.OnDayOfMonth(day));
        Assert.Throws<ArgumentOutOfRangeException>("day", () => ReportDueRule.DayOfLastMonth(day));
    }

    // A working-days rule names no day of a month and is not a rule "of the last month".
    [Fact]
    public void The_smallest_and_largest_rules_are_accepted()
    {
        Assert.Equal((1, 0, false), Parts(ReportDueRule.WorkingDaysAfterCutoff(1)));
        Assert.Equal((0, 1, false), Parts(ReportDueRule.OnDayOfMonth(1)));
        Assert.Equal((0, 28, false), Parts(ReportDueRule.OnDayOfMonth(28)));
        Assert.Equal((0, 1, true), Parts(ReportDueRule.DayOfLastMonth(1)));
        Assert.Equal((0, 28, true), Parts(ReportDueRule.DayOfLastMonth(28)));

        static (int, int, bool) Parts(ReportDueRule rule) => (rule.WorkingDays, rule.DayOfMonth, rule.InLastMonth);
    }

    [Fact]
    public void A_due_date_needs_a_calendar() =>
        Assert.Throws<ArgumentNullException>("calendar", () => ReportDueRule.OnDayOfMonth(17).DueDate(new LocalDate(2026, 1, 14), null!));

    // "On the first 14th on or after the cut-off": an administrative month ends on the 14th (domain §4), so the report of
    // January 2026 (cut-off Wed 14/01) is due that very day, not on 14 February; a 13th has passed, so February's (Fri 13/02).
    [Fact]
    public void A_day_of_the_month_that_is_the_cutoff_day_itself_is_due_that_day()
    {
        var january = ReportingPeriod.Month(2026, 1, CutoffRule.Administrative);

        Assert.Equal(new LocalDate(2026, 1, 14), january.End);
        Assert.Equal(new LocalDate(2026, 1, 14), january.DueDate(ReportDueRule.OnDayOfMonth(14), CivilService));
        Assert.Equal(new LocalDate(2026, 2, 13), january.DueDate(ReportDueRule.OnDayOfMonth(13), CivilService));
    }

    // The last cut-off whose due dates stay inside the calendar: 40 working days after it are still in 2100.
    private static readonly LocalDate LastCutoff = new(2100, 10, 15);

    private static Arbitrary<(LocalDate Cutoff, int Day)> CutoffAndDay() =>
        (from day in Gen.Choose(1, 28)
         from cutoff in Gen.Frequency(
             (2, Magnitudes.Day(BusinessCalendar.MinDate, LastCutoff)),
             (1, Magnitudes.Day(BusinessCalendar.MinDate, LastCutoff).Select(d => new LocalDate(d.Year, d.Month, day))))
         select (cutoff, day)).ToArbitrary();

    // Each rule's due date is a working day, found by walking the calendar day by day from the day the rule names.
    [Property(MaxTest = 400)]
    public Property Each_rule_is_due_on_the_working_day_a_walk_finds() =>
        Prop.ForAll(CutoffAndDay(), Gen.Choose(1, 40).ToArbitrary(), (pick, workingDays) =>
        {
            var (cutoff, day) = pick;
            var firstOnOrAfter = cutoff;
            while (firstOnOrAfter.Day != day)
            {
                firstOnOrAfter = firstOnOrAfter.PlusDays(1);
            }

            var onDay = ReportDueRule.OnDayOfMonth(day).DueDate(cutoff, CivilService);
            var ofLastMonth = ReportDueRule.DayOfLastMonth(day).DueDate(cutoff, CivilService);
            var afterWorkingDays = ReportDueRule.WorkingDaysAfterCutoff(workingDays).DueDate(cutoff, CivilService);
            return (onDay == CalendarWalk.NextWorkingDay(CivilService, firstOnOrAfter)
                    && ofLastMonth == CalendarWalk.NextWorkingDay(CivilService, new LocalDate(cutoff.Year, cutoff.Month, day))
                    && afterWorkingDays == CalendarWalk.AfterWorkingDays(CivilService, cutoff, workingDays))
                .Classify(cutoff.Day == day, "the cut-off is the rule's day")
                .Classify(cutoff.Day > day, "the rule's day has passed in the cut-off's month")
                .Classify(!CivilService.IsWorkingDay(onDay.PlusDays(-1)), "due after a day off");
        });
}
