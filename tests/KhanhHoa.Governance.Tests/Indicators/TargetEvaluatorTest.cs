using FsCheck.Fluent;
using FsCheck.Xunit;
using FsCheck;
using KhanhHoa.Governance.Data;
using KhanhHoa.Governance.Indicators;
using NodaTime;

namespace KhanhHoa.Governance.Tests.Indicators;

public sealed class TargetEvaluatorTest
{
    private static readonly IndicatorCatalog Catalog = GovernanceData.Default.Indicators;
    private static readonly IndicatorDefinition Online = Catalog.Find("I766.TT.04")!;
    private static readonly Target Online80 = Catalog.Targets.Single(t => t.Id == "3433.61.online");

    private static SeriesPoint[] Series(params (int Month, double Value)[] points) =>
        [.. points.Select(p => new SeriesPoint(new YearMonth(2025, p.Month), (decimal)p.Value))];

    [Fact]
    public void A_target_met_before_its_deadline_is_achieved()
    {
        var evaluation = TargetEvaluator.Evaluate(Online80, Online, 80.004m, new LocalDate(2025, 9, 15));

        Assert.Equal(TargetStatus.Achieved, evaluation.Status);
        Assert.Equal(80.00m, evaluation.Value);
        Assert.Equal(0m, evaluation.Gap);
    }

    [Fact]
    public void A_rising_series_that_reaches_the_threshold_by_December_is_on_track()
    {
        var evaluation = TargetEvaluator.Evaluate(Online80, Online, 70m, new LocalDate(2025, 9, 15), Series((6, 55), (7, 60), (8, 65)));

        Assert.Equal(TargetStatus.OnTrack, evaluation.Status);
        Assert.Equal(85m, evaluation.Projection);
        Assert.Equal(-10m, evaluation.Gap);
    }

    [Fact]
    public void A_flat_series_is_at_risk_and_a_single_value_cannot_be_projected()
    {
        var asOf = new LocalDate(2025, 9, 15);

        Assert.Equal(TargetStatus.AtRisk, TargetEvaluator.Evaluate(Online80, Online, 60m, asOf, Series((7, 60), (8, 60))).Status);
        Assert.Equal(TargetStatus.NotYetDue, TargetEvaluator.Evaluate(Online80, Online, 60m, asOf).Status);
    }

    [Fact]
    public void After_the_deadline_an_unmet_target_is_missed_and_no_value_is_no_data()
    {
        Assert.Equal(TargetStatus.Missed, TargetEvaluator.Evaluate(Online80, Online, 79.99m, new LocalDate(2026, 1, 1)).Status);
        Assert.Equal(TargetStatus.NoData, TargetEvaluator.Evaluate(Online80, Online, (decimal?)null, new LocalDate(2025, 9, 15)).Status);
    }

    [Fact]
    public void A_milestone_applies_until_its_deadline_then_the_final_value()
    {
        var timeCut = Catalog.Targets.Single(t => t.Id == "NQ66.time");
        var indicator = Catalog.Find("NQ66.T.01")!;

        var in2025 = TargetEvaluator.Evaluate(timeCut, indicator, 35m, new LocalDate(2025, 12, 1));
        var in2026 = TargetEvaluator.Evaluate(timeCut, indicator, 35m, new LocalDate(2026, 3, 1));

        Assert.Equal((30m, TargetStatus.Achieved), (in2025.Threshold, in2025.Status));
        Assert.Equal((50m, TargetStatus.NotYetDue), (in2026.Threshold, in2026.Status));
        Assert.Equal(2024, timeCut.BaselineYear);
    }

    [Fact]
    public void Continuous_and_between_targets_are_judged_on_the_value()
    {
        var fees = Catalog.Targets.Single(t => t.Id == "3433.27.1.fees");
        var rd = Catalog.Targets.Single(t => t.Id == "3433.2.2.rd");
        var asOf = new LocalDate(2025, 9, 15);

        Assert.Equal(TargetStatus.AtRisk, TargetEvaluator.Evaluate(fees, Catalog.Find("CASH.FEE.01")!, 50m, asOf).Status);
        Assert.Equal(TargetStatus.Achieved, TargetEvaluator.Evaluate(fees, Catalog.Find("CASH.FEE.01")!, 50.01m, asOf).Status);
        Assert.Equal(TargetStatus.Achieved, TargetEvaluator.Evaluate(rd, Catalog.Find("RD.REV.01")!, 2m, asOf).Status);
        Assert.Equal(-0.5m, TargetEvaluator.Evaluate(rd, Catalog.Find("RD.REV.01")!, 3.5m, asOf).Gap);
    }

    [Fact]
    public void The_catalog_evaluates_a_target_from_rolled_up_measures()
    {
        var measures = new Dictionary<string, long> { ["received"] = 200_000, ["received_online"] = 150_000 };

        var evaluation = Catalog.Evaluate(Online80, measures, new LocalDate(2025, 9, 15));

        Assert.Equal((75m, TargetStatus.NotYetDue), (evaluation.Value, evaluation.Status));
    }

    private static int Rank(TargetStatus status) => status switch
    {
        TargetStatus.Missed => 0,
        TargetStatus.AtRisk => 1,
        TargetStatus.NotYetDue => 1,
        TargetStatus.OnTrack => 2,
        _ => 3,
    };

    [Property]
    public Property Status_is_monotone_in_the_value_for_a_fixed_target() =>
        Prop.ForAll(
            (from comparator in Gen.Elements(TargetComparator.AtLeast, TargetComparator.GreaterThan, TargetComparator.AtMost, TargetComparator.LessThan)
             from pair in Gen.Choose(0, 10000).Two()
             from history in Gen.Choose(0, 10000).ListOf()
             from month in Gen.Choose(1, 24)
             select (comparator, pair, history, month)).ToArbitrary(),
            sample =>
            {
                var (comparator, pair, history, month) = sample;
                var target = Online80 with { Comparator = comparator, Value = 50m };
                var asOf = new LocalDate(2025, 1, 1).PlusMonths(month - 1);
                var series = history.Select((v, i) => new SeriesPoint(new YearMonth(2025, 1).PlusMonths(month - 1 - history.Count + i), v / 100m)).ToList();
                var (low, high) = (Math.Min(pair.Item1, pair.Item2) / 100m, Math.Max(pair.Item1, pair.Item2) / 100m);
                var rankLow = Rank(TargetEvaluator.Evaluate(target, Online, low, asOf, series).Status);
                var rankHigh = Rank(TargetEvaluator.Evaluate(target, Online, high, asOf, series).Status);
                return comparator is TargetComparator.AtLeast or TargetComparator.GreaterThan ? rankLow <= rankHigh : rankLow >= rankHigh;
            });
}
