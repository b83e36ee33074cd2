using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KhanhHoa.Governance.Data;
using KhanhHoa.Governance.Sample.Pipeline;
using NodaTime;

namespace KhanhHoa.Governance.Sample.Tests;

public sealed class IllustrativeProgressTest
{
    // Any day a user can type for --as-of or a period's end: the calendar's whole range, today included.
    private static readonly LocalDate First = new(1950, 1, 1);

    private static Arbitrary<LocalDate> Days =>
        Gen.Choose(0, Period.Between(First, new LocalDate(2100, 12, 31), PeriodUnits.Days).Days).Select(First.PlusDays).ToArbitrary();

    [Property(MaxTest = 300)]
    public Property Every_plan_gets_an_append_only_history_up_to_the_as_of_day() => Prop.ForAll(Days, asOf =>
        GovernanceData.Default.Plans.All(plan => IllustrativeProgress.For(plan, asOf).Values
            .All(history => history.Updates.All(update => update.Date <= asOf))));

    [Theory]
    [InlineData(2026, 6, 14)]
    [InlineData(2026, 11, 14)]
    [InlineData(2026, 12, 1)]
    public void Months_after_the_plans_deadlines_no_longer_break_the_history(int year, int month, int day)
    {
        var asOf = new LocalDate(year, month, day);
        var plan = GovernanceData.Default.FindPlan("BCĐ-2025")!;
        Assert.NotEmpty(IllustrativeProgress.For(plan, asOf));
    }
}
