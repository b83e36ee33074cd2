using FsCheck.Fluent;
using FsCheck.Xunit;
using FsCheck;
using KhanhHoa.Governance.Data;
using KhanhHoa.Governance.Indicators;

namespace KhanhHoa.Governance.Tests.Indicators;

public sealed class IndicatorDefinitionTest
{
    private static readonly IndicatorCatalog Catalog = GovernanceData.Default.Indicators;

    private static Dictionary<string, long> Unit(long received, long online) =>
        new(StringComparer.Ordinal) { [DossierMeasures.NameOf(DossierMeasure.Received)] = received, [DossierMeasures.NameOf(DossierMeasure.ReceivedOnline)] = online };

    [Property]
    public Property Ratio_of_sums_over_any_partition_equals_the_indicator_over_the_union() =>
        Prop.ForAll(
            Gen.Choose(0, 5000).SelectMany(r => Gen.Choose(0, r).Select(o => (R: r, O: o))).ListOf().Where(l => l.Count > 0)
                .SelectMany(units => Gen.Choose(0, 4).ArrayOf(units.Count).Select(groups => (units, groups))).ToArbitrary(),
            sample =>
            {
                var indicator = Catalog.Find("I766.TT.04")!;
                var units = sample.units.Select(u => (IReadOnlyDictionary<string, long>)Unit(u.R, u.O)).ToList();
                var partials = units.Select((u, i) => (u, g: sample.groups[i])).GroupBy(x => x.g)
                    .Select(g => IndicatorDefinition.SumMeasures(g.Select(x => x.u))).ToList();
                var union = indicator.Compute(IndicatorDefinition.SumMeasures(units));
                var rolled = indicator.Aggregate(partials);
                return union.Value == rolled.Value && union.Numerator == rolled.Numerator && union.Denominator == rolled.Denominator;
            });

    [Fact]
    public void Averaging_unit_rates_is_a_named_opt_in_and_differs_from_the_ratio_of_sums()
    {
        var ratio = Catalog.Find("I766.TT.04")!;
        var mean = ratio with { Aggregation = AggregationMode.MeanOfUnitRates };
        IReadOnlyDictionary<string, long>[] units = [Unit(1000, 900), Unit(10, 1)];

        Assert.Equal(100m * 901 / 1010, ratio.Aggregate(units).Value);
        Assert.Equal(50m, mean.Aggregate(units).Value);
    }

    [Fact]
    public void The_share_of_units_meeting_a_target_needs_the_target()
    {
        var share = Catalog.Find("I766.TT.04")! with { Aggregation = AggregationMode.ShareOfUnitsMeetingTarget };
        var target = Catalog.Targets.Single(t => t.Id == "3433.61.online");
        IReadOnlyDictionary<string, long>[] units = [Unit(100, 80), Unit(100, 79), Unit(100, 95), Unit(0, 0)];

        Assert.Equal(100m * 2 / 3, share.Aggregate(units, target).Value);
        Assert.Throws<ArgumentException>(() => share.Aggregate(units));
    }

    [Theory]
    [InlineData(ZeroDenominatorRule.NoValue, null)]
    [InlineData(ZeroDenominatorRule.Zero, 0.0)]
    [InlineData(ZeroDenominatorRule.Full, 100.0)]
    public void A_zero_denominator_follows_the_indicator_rule(ZeroDenominatorRule rule, double? expected)
    {
        var indicator = Catalog.Find("RPT.OT.01")! with { ZeroDenominator = rule };

        var value = indicator.Compute(new Dictionary<string, long> { ["resolved"] = 0, ["resolved_on_time"] = 0 });

        Assert.Equal((decimal?)expected, value.Value);
        Assert.Equal(IndicatorOutcome.ZeroDenominator, value.Outcome);
    }

    [Fact]
    public void Missing_measures_are_reported_not_taken_as_zero()
    {
        var value = Catalog.Find("I766.TD.01")!.Compute(new Dictionary<string, long> { ["resolved"] = 10 });

        Assert.Null(value.Value);
        Assert.Equal(["resolved_on_time", "pending_end", "pending_overdue_end"], value.MissingMeasures);
    }

    [Fact]
    public void On_time_rate_on_the_resolved_and_processing_bases_are_distinct_variants()
    {
        var measures = new Dictionary<string, long> { ["resolved"] = 90, ["resolved_on_time"] = 81, ["pending_end"] = 10, ["pending_overdue_end"] = 4 };
        var resolvedBasis = Catalog.Find("RPT.OT.01")!;
        var processingBasis = Catalog.Find("I766.TD.01")!;

        Assert.Equal(resolvedBasis.Concept, processingBasis.Concept);
        Assert.Equal("90,00%", resolvedBasis.Format(resolvedBasis.Compute(measures).Value!.Value));
        Assert.Equal("87,00%", processingBasis.Format(processingBasis.Compute(measures).Value!.Value));
        Assert.NotEqual(Catalog.Find("EMC.ON.01")!.Concept, Catalog.Find("I766.TT.04")!.Concept);
    }

    [Fact]
    public void Last_value_and_sum_aggregate_stocks_and_flows()
    {
        IReadOnlyDictionary<string, long>[] months = [new Dictionary<string, long> { ["pending_end"] = 7, ["received"] = 5 }, new Dictionary<string, long> { ["pending_end"] = 3, ["received"] = 6 }];

        Assert.Equal(3m, Catalog.Find("DOS.PEND.01")!.Aggregate(months).Value);
        Assert.Equal(11m, Catalog.Find("DOS.RCV.01")!.Aggregate(months).Value);
    }

    [Theory]
    [InlineData("resolved_on_time + pending_end - pending_overdue_end", "resolved_on_time + pending_end - pending_overdue_end")]
    [InlineData("-a+2*b -3", "-a + 2 * b - 3")]
    [InlineData("x.y_1", "x.y_1")]
    [InlineData("  - a + 2", "-a + 2")]
    [InlineData("0 * a + 0", "0 * a + 0")]
    public void Measure_expressions_round_trip(string text, string canonical) =>
        Assert.Equal(canonical, MeasureExpression.Parse(text).AsT0.ToString());

    [Theory]
    [InlineData("", 0)]
    [InlineData("a +", 3)]
    [InlineData("a * b", 2)]
    [InlineData("2 * ", 4)]
    [InlineData("a ? b", 2)]
    public void Bad_measure_expressions_give_a_position(string text, int position) =>
        Assert.Equal(position, MeasureExpression.Parse(text).AsT1.Position);

    [Fact]
    public void Cut_back_compliance_cost_matches_the_Dong_Nai_worked_example()
    {
        var before = new ProcedureBurden("X", 10, 10);
        var after = before with { WorkingDays = 9 };

        var cost = CutBack.ComplianceCost([(before, after)], ComplianceCostParameters.DongNai2024);

        Assert.Equal(32_000_000m, cost.Baseline);
        Assert.Equal(28_800_000m, cost.Current);
        Assert.Equal(10m, cost.CutPercent);
        Assert.Equal(25m, CutBack.ProcessingTime([(new ProcedureBurden("A", 20, 1), new ProcedureBurden("A", 15, 1)), (new ProcedureBurden("B", 20, 1), new ProcedureBurden("B", 15, 1))]).CutPercent);
        Assert.Equal(32.5m, decimal.Round(CutBack.BusinessConditions(6974, 2269).CutPercent!.Value, 1));
    }
}
