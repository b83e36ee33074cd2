using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KhanhHoa.Governance.Calendar;
using NodaTime;

namespace KhanhHoa.Governance.Tests.Calendar;

public sealed class ReportingPeriodTest
{
    private static readonly CutoffRule[] Rules =
        [CutoffRule.Administrative, CutoffRule.CalendarMonth, CutoffRule.OnDay(15), CutoffRule.OnDay(1), CutoffRule.OnDay(28)];

    private static Arbitrary<CutoffRule> AnyRule() =>
        Gen.OneOf(Gen.Constant(CutoffRule.CalendarMonth), Gen.Choose(1, 28).Select(CutoffRule.OnDay)).ToArbitrary();

    [Theory]
    [InlineData("2025-09", "administrative", "2025-08-15", "2025-09-14")]
    [InlineData("2025-09", "calendar", "2025-09-01", "2025-09-30")]
    [InlineData("2025-09", "15", "2025-08-16", "2025-09-15")] // report 87/BC-BCĐ: 16/8–15/9/2025
    [InlineData("2025-Q1", "administrative", "2024-12-15", "2025-03-14")]
    [InlineData("2025-H1", "administrative", "2024-12-15", "2025-06-14")]
    [InlineData("2025-9M", "administrative", "2024-12-15", "2025-09-14")]
    [InlineData("2025", "administrative", "2024-12-15", "2025-12-14")]
    [InlineData("2024-02", "calendar", "2024-02-01", "2024-02-29")]
    [InlineData("2025-H2", "calendar", "2025-07-01", "2025-12-31")]
    public void Decree_09_and_calendar_boundaries(string id, string rule, string start, string end)
    {
        var period = ReportingPeriod.Parse(id, CutoffRule.Parse(rule).AsT0).AsT0;

        Assert.Equal(LocalDate.FromDateTime(DateTime.Parse(start, System.Globalization.CultureInfo.InvariantCulture)), period.Start);
        Assert.Equal(LocalDate.FromDateTime(DateTime.Parse(end, System.Globalization.CultureInfo.InvariantCulture)), period.End);
        Assert.Equal(id, period.Id);
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("  2025-13", 7)]
    [InlineData("2025-Q5", 5)]
    [InlineData("2025-H3", 5)]
    [InlineData("2025/09", 4)]
    [InlineData("0001", 0)]
    [InlineData("2025-9X", 5)]
    public void Bad_ids_give_an_error_with_its_position(string id, int position)
    {
        var result = ReportingPeriod.Parse(id, CutoffRule.Administrative);

        Assert.True(result.IsT1);
        Assert.Equal(position, result.AsT1.Position);
        Assert.False(ReportingPeriod.TryParse(id, CutoffRule.Administrative, out _));
    }

    [Property]
    public Property Periods_of_a_year_tile_the_reporting_year() =>
        Prop.ForAll(Gen.Choose(1900, 2100).ToArbitrary(), AnyRule(), (year, rule) =>
        {
            var annual = ReportingPeriod.Annual(year, rule);
            foreach (var kind in new[] { ReportingPeriodKind.Month, ReportingPeriodKind.Quarter, ReportingPeriodKind.HalfYear })
            {
                var periods = ReportingPeriod.InYear(year, kind, rule);
                if (periods[0].Start != annual.Start || periods[^1].End != annual.End)
                {
                    return false;
                }

                for (var i = 1; i < periods.Count; i++)
                {
                    if (periods[i].Start != periods[i - 1].End.PlusDays(1))
                    {
                        return false;
                    }
                }
            }

            return true;
        });

    [Property]
    public Property Every_date_lies_in_the_month_that_contains_it() =>
        Prop.ForAll(Magnitudes.Day(new LocalDate(1901, 1, 1), new LocalDate(2100, 12, 31)).ToArbitrary(), AnyRule(), (date, rule) =>
        {
            var month = ReportingPeriod.Containing(date, ReportingPeriodKind.Month, rule)!.Value;
            var quarter = ReportingPeriod.Containing(date, ReportingPeriodKind.Quarter, rule)!.Value;
            return (month.Contains(date) && quarter.Contains(date) && !month.Next().Contains(date) && !month.Previous().Contains(date))
                .Classify(Magnitudes.IsMonthEnd(date), "a month's last day")
                .Classify(Magnitudes.IsLeapDay(date), "29 February")
                .Classify(date == month.End, "the period's last day");
        });

    [Property]
    public Property Id_round_trips() =>
        Prop.ForAll(
            Gen.Choose(2, 9998).ToArbitrary(),
            Gen.Elements(ReportingPeriodKind.Month, ReportingPeriodKind.Quarter, ReportingPeriodKind.HalfYear, ReportingPeriodKind.NineMonths, ReportingPeriodKind.Year).ToArbitrary(),
            Gen.Choose(0, 11).ToArbitrary(),
            (year, kind, pick) =>
            {
                var all = kind == ReportingPeriodKind.NineMonths
                    ? [ReportingPeriod.NineMonths(year, CutoffRule.Administrative)]
                    : ReportingPeriod.InYear(year, kind, CutoffRule.Administrative);
                var period = all[pick % all.Count];
                return ReportingPeriod.Parse(period.Id, CutoffRule.Administrative).AsT0 == period;
            });

    [Property]
    public bool Parse_never_throws(string? text) => ReportingPeriod.Parse(text, CutoffRule.Administrative).Match(_ => true, e => e.Message.Length > 0);

    [Fact]
    public void Cutoff_rule_text_round_trips()
    {
        foreach (var rule in Rules)
        {
            Assert.Equal(rule, CutoffRule.Parse(rule.ToString()).AsT0);
        }

        Assert.True(CutoffRule.Parse("29").IsT1);
        Assert.True(CutoffRule.Parse(null).IsT1);
    }

    [Fact]
    public void Months_next_and_previous_walk_the_calendar()
    {
        var q3 = ReportingPeriod.Quarter(2025, 3, CutoffRule.Administrative);

        Assert.Equal(["2025-07", "2025-08", "2025-09"], q3.Months.Select(m => m.Id));
        Assert.Equal("2026-Q1", ReportingPeriod.Quarter(2025, 4, CutoffRule.Administrative).Next().Id);
        Assert.Equal("2024-12", ReportingPeriod.Month(2025, 1, CutoffRule.Administrative).Previous().Id);
        Assert.True(q3.Months[0] < q3.Months[1]);
    }
}
