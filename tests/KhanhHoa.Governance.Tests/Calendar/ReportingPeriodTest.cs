using System.Globalization;
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
            Gen.Choose(ReportingPeriod.FirstSupportedYear, ReportingPeriod.LastSupportedYear).ToArbitrary(),
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

    // The one range of periods a user can type: a year outside it is refused at the door, naming both ends, whatever
    // the kind of period; the same periods built in code still step across it (2099-12 to 2100-01 and back).
    [Property]
    public Property A_period_of_an_unsupported_year_is_refused_at_parse() =>
        Prop.ForAll(
            Gen.OneOf(Gen.Choose(0, ReportingPeriod.FirstSupportedYear - 1), Gen.Choose(ReportingPeriod.LastSupportedYear + 1, 9999)).ToArbitrary(),
            Gen.Elements("-09", "-9", "-Q4", "-H1", "-9M", string.Empty).ToArbitrary(),
            (year, suffix) =>
            {
                var id = year.ToString("D4", CultureInfo.InvariantCulture) + suffix;
                var refused = ReportingPeriod.Parse(id, CutoffRule.Administrative).TryPickT1(out var error, out _)
                    && error.Message == "year must be between 2001 and 2099 (the years the business calendar and the dossier store both cover)"
                    && error.Position == 0;
                return refused
                    .Classify(year is 2000 or 2100, "next to an edge")
                    .Classify(year < 1000, "fewer than four significant digits");
            });

    [Fact]
    public void Periods_built_in_code_step_across_the_supported_years()
    {
        var last = ReportingPeriod.Month(ReportingPeriod.LastSupportedYear, 12, CutoffRule.Administrative);
        var first = ReportingPeriod.Month(ReportingPeriod.FirstSupportedYear, 1, CutoffRule.Administrative);

        Assert.Equal("2100-01", last.Next().Id);
        Assert.Equal(last, last.Next().Previous());
        Assert.Equal("2000-12", first.Previous().Id);
        Assert.True(ReportingPeriod.Parse(last.Id, CutoffRule.Administrative).IsT0);
        Assert.True(ReportingPeriod.Parse(last.Next().Id, CutoffRule.Administrative).IsT1);
        Assert.True(ReportingPeriod.Parse(first.Previous().Id, CutoffRule.Administrative).IsT1);
    }

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
