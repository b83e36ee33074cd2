using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KhanhHoa.Governance.Calendar;
using NodaTime;

namespace KhanhHoa.Governance.Tests.Calendar;

// The laws of working-day arithmetic over the whole range the calendar holds (1950–2100), each against a day-by-day walk
// over IsWorkingDay, and the edges of the range, the arguments and a procedure's cut-off minute.
public sealed class WorkingDayLawTest
{
    private static readonly BusinessCalendar CivilService = BusinessCalendar.CivilService;

    private static Arbitrary<LocalDate> AnyDay() => Magnitudes.Day(BusinessCalendar.MinDate, BusinessCalendar.MaxDate).ToArbitrary();

    // Counts near the edges of their own (0, ±1) and up to about two years of working days.
    private static Arbitrary<int> AnyCount() =>
        Gen.Frequency((1, Gen.Elements(0, 1, -1, 2, -2)), (3, Gen.Choose(-520, 520))).ToArbitrary();

    private static bool IsHolidayOrNextToOne(LocalDate day) =>
        CivilService.NonWorkingDays(day.Year).Any(d => Math.Abs(Period.DaysBetween(d.Date, day)) <= 1);

    // Civil Code Art. 148(5): a period that ends on a day off ends on the next working day; a working day is its own.
    [Property(MaxTest = 500)]
    public Property The_next_working_day_on_or_after_a_day_is_the_first_working_day_a_walk_meets() =>
        Prop.ForAll(AnyDay().Generator.Where(d => d < new LocalDate(2100, 12, 25)).ToArbitrary(), day =>
            (CivilService.NextWorkingDayOnOrAfter(day) == CalendarWalk.NextWorkingDay(CivilService, day))
                .Classify(CivilService.IsWorkingDay(day), "a working day")
                .Classify(IsHolidayOrNextToOne(day), "a holiday or next to one")
                .Classify(Magnitudes.IsMonthEnd(day) && day.Month == 12, "the year's last day"));

    // n working days after a day, then counted back, give n; the result is a working day; one more day lands later.
    [Property(MaxTest = 500)]
    public Property Adding_working_days_is_inverted_by_counting_them_and_is_monotone() =>
        Prop.ForAll(AnyDay(), AnyCount(), (day, n) =>
        {
            LocalDate? Add(int count)
            {
                try
                {
                    return CivilService.AddWorkingDays(day, count);
                }
                catch (ArgumentOutOfRangeException)
                {
                    return null;
                }
            }

            var result = Add(n);
            var next = Add(n + 1);
            var inRange = result is { } r
                          && (n == 0 ? r == day : CivilService.IsWorkingDay(r) && CivilService.WorkingDaysBetween(day, r) == n)
                          && (next is not { } x || x > r);
            // Only the range's ends may refuse a count: within 520 working days of 1950 or 2100.
            var refusedAtAnEnd = result is null && (day.Year <= 1952 || day.Year >= 2098);
            return (inRange || refusedAtAnEnd)
                .Classify(n == 0, "zero")
                .Classify(result is null, "outside the range")
                .Classify(IsHolidayOrNextToOne(day), "from a holiday or next to one")
                .Classify(Magnitudes.IsMonthEnd(day), "from a month's last day");
        });

    [Fact]
    public void The_first_and_last_days_of_the_range_are_answered()
    {
        // 1/1/1950 is a Sunday and New Year's Day.
        Assert.False(CivilService.IsWorkingDay(BusinessCalendar.MinDate));
        Assert.True(CivilService.IsWorkingDay(BusinessCalendar.MaxDate));
        Assert.Equal(0, CivilService.WorkingDaysBetween(BusinessCalendar.MinDate, BusinessCalendar.MinDate));
        Assert.Equal(0, CivilService.WorkingDaysBetween(BusinessCalendar.MaxDate, BusinessCalendar.MaxDate));
        Assert.Equal(-1, CivilService.WorkingDaysBetween(BusinessCalendar.MaxDate, new LocalDate(2100, 12, 30)));

        // The range's first working day is reached one working day after its first day, and one back from the second;
        // nothing lies before it.
        var first = CalendarWalk.NextWorkingDay(CivilService, BusinessCalendar.MinDate);
        var second = CalendarWalk.NextWorkingDay(CivilService, first.PlusDays(1));
        Assert.Equal(first, CivilService.AddWorkingDays(BusinessCalendar.MinDate, 1));
        Assert.Equal(first, CivilService.AddWorkingDays(second, -1));
        Assert.Throws<ArgumentOutOfRangeException>("workingDays", () => CivilService.AddWorkingDays(first, -1));
    }

    [Fact]
    public void A_day_just_outside_the_range_is_refused_with_the_range()
    {
        foreach (var day in new[] { BusinessCalendar.MinDate.PlusDays(-1), BusinessCalendar.MaxDate.PlusDays(1) })
        {
            var thrown = Assert.Throws<ArgumentOutOfRangeException>("date", () => CivilService.IsWorkingDay(day));
            Assert.Contains("1950-01-01 to 2100-12-31", thrown.Message, StringComparison.Ordinal);
            Assert.Throws<ArgumentOutOfRangeException>("date", () => CivilService.NextWorkingDayOnOrAfter(day));
            Assert.Throws<ArgumentOutOfRangeException>("date", () => CivilService.WorkingDaysBetween(new LocalDate(2000, 1, 1), day));
        }
    }

    // Nghị định 23/2015/NĐ-CP Art. 7 and Luật Hộ tịch Art. 5(3): the next working day only for a dossier received *after*
    // 15:00; one received at 15:00 sharp is due the same day (Wed 29/04/2026, domain §8's example day).
    [Theory]
    [InlineData(15, 0, 0, "2026-04-29")]
    [InlineData(15, 0, 1, "2026-05-04")]
    [InlineData(14, 59, 59, "2026-04-29")]
    public void A_same_day_dossier_received_at_the_cutoff_minute_is_due_that_day(int hour, int minute, int second, string due) =>
        Assert.Equal(
            NodaTime.Text.LocalDatePattern.Iso.Parse(due).Value,
            CivilService.ProcedureDueDate(new LocalDateTime(2026, 4, 29, hour, minute, second), ProcedureTimeLimit.SameDay(ProcedureTimeLimit.AfternoonCutoff)));

    [Fact]
    public void A_procedure_without_a_time_limit_or_with_a_negative_one_is_refused()
    {
        var received = new LocalDateTime(2026, 4, 29, 9, 0);

        Assert.Throws<ArgumentNullException>("limit", () => CivilService.ProcedureDueDate(received, null!));
        Assert.Throws<ArgumentOutOfRangeException>("limit.WorkingDays", () => CivilService.ProcedureDueDate(received, new ProcedureTimeLimit(-1)));
    }
}
