using KhanhHoa.Governance.Indicators;

namespace KhanhHoa.Governance.Tests.Indicators;

// The parts of Resolution 66's cut-back measures the Đồng Nai worked example (IndicatorDefinitionTest) leaves at zero:
// fees and other costs per dossier, a zero baseline, a rise instead of a cut.
public sealed class CutBackTest
{
    private static readonly ComplianceCostParameters Parameters = new(8m, 40_000m, "test");

    [Fact]
    public void Compliance_cost_adds_fees_and_other_costs_to_the_time_cost_of_every_dossier()
    {
        // (2 days × 8 h × 40.000 đ + 30.000 + 5.000) × 3 dossiers.
        Assert.Equal(2_025_000m, CutBack.ComplianceCost(new ProcedureBurden("X", 2, 3, 30_000m, 5_000m), Parameters));
    }

    [Fact]
    public void A_zero_baseline_has_no_cut_percentage_and_a_rise_is_a_negative_cut()
    {
        Assert.Null(CutBack.BusinessConditions(0, 0).CutPercent);
        Assert.Equal((10m, 12m, -2m, -20m), Rise(CutBack.ProcessingTime([(new ProcedureBurden("A", 10, 1), new ProcedureBurden("A", 12, 1))])));
        Assert.Equal((100L, 60L), ((long)CutBack.BusinessConditions(100, 40).Baseline, (long)CutBack.BusinessConditions(100, 40).Current));

        static (decimal, decimal, decimal, decimal?) Rise(CutBackResult r) => (r.Baseline, r.Current, r.Reduction, r.CutPercent);
    }

    [Fact]
    public void Missing_procedures_or_parameters_are_refused()
    {
        Assert.Throws<ArgumentNullException>(() => CutBack.ProcessingTime(null!));
        Assert.Throws<ArgumentNullException>(() => CutBack.ComplianceCost(null!, Parameters));
        Assert.Throws<ArgumentNullException>(() => CutBack.ComplianceCost(new ProcedureBurden("X", 1, 1), null!));
    }
}
