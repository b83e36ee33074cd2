using FsCheck;
using FsCheck.Fluent;
using KhanhHoa.Governance.Calendar;
using NodaTime;

namespace KhanhHoa.Governance.Tests.Calendar;

// The day numbers every table of the calendar and the dossier store count in, against NodaTime's ISO calendar as the
// independent oracle, over every year NodaTime holds (negative years and the century rules included).
public sealed class DayNumbersTest
{
    private static readonly LocalDate UnixEpoch = new(1970, 1, 1);

    private static Arbitrary<LocalDate> AnyIsoDate() =>
        Gen.Choose(-9997, 9998)
            .SelectMany(year => Gen.Choose(1, 12).SelectMany(month => Gen.Choose(1, CalendarSystem.Iso.GetDaysInMonth(year, month)).Select(day => new LocalDate(year, month, day))))
            .ToArbitrary();

    [Property(MaxTest = 1000)]
    public Property A_dates_day_number_counts_the_days_from_any_other_and_reads_back() => Prop.ForAll(AnyIsoDate(), date =>
        (DayNumbers.From(date) - DayNumbers.From(UnixEpoch) == Period.DaysBetween(UnixEpoch, date)
            && DayNumbers.ToLocalDate(DayNumbers.From(date)) == date)
        .Classify(date.Year <= 0, "a year before 1 (ISO year 0 or negative)")
        .Classify(date.Month == 2 && date.Day == 29, "a leap day"));

    [Theory]
    [InlineData(2024)]
    [InlineData(2025)]
    [InlineData(2000)]
    [InlineData(1900)]
    [InlineData(2100)]
    [InlineData(-4)]
    [InlineData(-100)]
    public void Every_month_has_the_iso_calendars_days(int year) =>
        Assert.All(Enumerable.Range(1, 12), month => Assert.Equal(CalendarSystem.Iso.GetDaysInMonth(year, month), DayNumbers.DaysInMonth(year, month)));
}
