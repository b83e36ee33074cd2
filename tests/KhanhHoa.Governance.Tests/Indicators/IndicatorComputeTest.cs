using KhanhHoa.Governance.Indicators;
using KhanhHoa.Governance.Primitives;

namespace KhanhHoa.Governance.Tests.Indicators;

// An indicator's arithmetic where the catalog's rates never go: a count without a denominator, a unit other than %,
// no part with a value, a sum past long.MaxValue, the measures it names.
public sealed class IndicatorComputeTest
{
    private static readonly IndicatorDefinition Pending = new()
    {
        Code = "PEND",
        NameVi = "Số hồ sơ tồn",
        NameEn = "Pending dossiers",
        Numerator = MeasureExpression.Parse("pending_end - pending_overdue_end").AsT0,
        Factor = IndicatorDefinition.Number,
        Unit = "hồ sơ",
        Rounding = new RoundingRule(0, MidpointRounding.AwayFromZero),
        Aggregation = AggregationMode.Sum,
    };

    [Fact]
    public void A_count_without_a_denominator_is_its_factor_times_the_numerator()
    {
        var value = (Pending with { Factor = 2m }).Compute(new Dictionary<string, long> { ["pending_end"] = 10, ["pending_overdue_end"] = 3 });

        Assert.Equal((14m, 7m, (decimal?)null, IndicatorOutcome.Computed), (value.Value, value.Numerator, value.Denominator, value.Outcome));
        Assert.Equal(["pending_end", "pending_overdue_end"], Pending.Measures);
    }

    [Fact]
    public void A_rate_names_its_measures_once_each_numerator_first()
    {
        var rate = Pending with { Denominator = MeasureExpression.Parse("pending_end + received").AsT0 };

        Assert.Equal(["pending_end", "pending_overdue_end", "received"], rate.Measures);
    }

    [Theory]
    [InlineData("hồ sơ", 0, 1234.5, "1.235 hồ sơ")]
    [InlineData("%", 2, 83.125, "83,13%")]
    [InlineData("‰", 1, 4.25, "4,3‰")]
    public void A_value_is_printed_rounded_with_its_unit_a_percent_or_per_mille_sign_attached_others_after_a_space(string unit, int decimals, double value, string printed)
    {
        var indicator = Pending with { Unit = unit, Rounding = new RoundingRule(decimals, MidpointRounding.AwayFromZero) };

        Assert.Equal(printed, indicator.Format((decimal)value));
    }

    [Fact]
    public void An_indicator_that_names_no_unit_is_printed_as_a_percentage()
    {
        var rate = new IndicatorDefinition
        {
            Code = "RATE",
            NameVi = "Tỷ lệ",
            NameEn = "Rate",
            Numerator = MeasureExpression.Of("part"),
            Denominator = MeasureExpression.Of("whole"),
        };

        Assert.Equal("83,13%", rate.Format(83.125m));
    }

    [Fact]
    public void Aggregating_parts_none_of_which_has_a_value_gives_no_parts()
    {
        var value = Pending.Aggregate([new Dictionary<string, long> { ["pending_end"] = 1 }, new Dictionary<string, long>()]);

        Assert.Equal((IndicatorOutcome.NoParts, (decimal?)null), (value.Outcome, value.Value));
        Assert.Equal(9m, Pending.Aggregate([new Dictionary<string, long> { ["pending_end"] = 5, ["pending_overdue_end"] = 1 }, new Dictionary<string, long> { ["pending_end"] = 5, ["pending_overdue_end"] = 0 }]).Value);
    }

    [Fact]
    public void Summing_measures_past_the_largest_long_overflows_instead_of_wrapping()
    {
        IReadOnlyDictionary<string, long>[] parts = [new Dictionary<string, long> { ["a"] = long.MaxValue }, new Dictionary<string, long> { ["a"] = 1 }];

        Assert.Throws<OverflowException>(() => IndicatorDefinition.SumMeasures(parts));
    }

    [Fact]
    public void Missing_inputs_are_refused()
    {
        Assert.Throws<ArgumentNullException>(() => Pending.Compute((IReadOnlyDictionary<string, long>)null!));
        Assert.Throws<ArgumentNullException>(() => Pending.Compute((Func<string, decimal?>)null!));
        Assert.Throws<ArgumentNullException>(() => Pending.Aggregate(null!));
        Assert.Throws<ArgumentNullException>(() => IndicatorDefinition.SumMeasures(null!));
    }
}
