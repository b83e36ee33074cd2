using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KhanhHoa.Governance.Data;
using KhanhHoa.Governance.Sample.Demo;
using KhanhHoa.Governance.Tasks;
using NodaTime;

namespace KhanhHoa.Governance.Sample.Tests;

public sealed class IllustrativeProgressTest
{
    // Any day a user can type for --as-of or a period's end: the calendar's whole range, today included.
    private static readonly LocalDate First = new(1950, 1, 1);

    private static Arbitrary<LocalDate> Days =>
        Gen.Choose(0, Period.Between(First, new LocalDate(2100, 12, 31), PeriodUnits.Days).Days).Select(First.PlusDays).ToArbitrary();

    // Each promise of the name checked, so an empty history cannot pass: every task of a plan in force has a history
    // (at least its start), a plan issued later has none, and every history's dates run forward and stop at the day.
    [Property(MaxTest = 300)]
    public Property Every_plan_gets_an_append_only_history_up_to_the_as_of_day() => Prop.ForAll(Days, asOf =>
    {
        var issued = GovernanceData.Default.Plans.Where(plan => !(plan.Directive.IssuedOn > asOf)).ToList();
        var holds = GovernanceData.Default.Plans.All(plan =>
        {
            var histories = IllustrativeProgress.For(plan, asOf);
            if (plan.Directive.IssuedOn > asOf)
            {
                return histories.Count == 0;
            }

            var tasks = plan.Tasks.Where(task => !plan.HasChildren(task)).Select(task => task.Id).ToHashSet(StringComparer.Ordinal);
            return histories.Count == tasks.Count && histories.Keys.All(tasks.Contains)
                && histories.Values.All(history => history.Updates.Count > 0
                    && history.Updates[0].Kind == ProgressUpdateKind.Started
                    && history.Updates.Zip(history.Updates.Skip(1)).All(pair => pair.First.Date <= pair.Second.Date)
                    && history.Updates[^1].Date <= asOf);
        });
        return holds.Classify(issued.Count == 0, "no plan issued yet").Classify(issued.Count == GovernanceData.Default.Plans.Count, "every plan issued");
    });

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
