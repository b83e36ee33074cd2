using KhanhHoa.Governance.Data;
using KhanhHoa.Governance.Indicators;

namespace KhanhHoa.Governance.Tests.Indicators;

public sealed class Index766Test
{
    private static readonly CompositeIndex Index = GovernanceData.Default.Indicators.Index766!;

    // Hand-computed: CKMB 5,4+4+1,8+5,7 = 16,9; TDGQ 0,93×20 = 18,6; CLGQ 0,5×12 = 6; TTTT 4,8+2+1,5 = 8,3;
    // MDSH 5,4+2,8+2+1+1+1+1 = 14,2; MDHL 6 (no feedback) + 6 (no feedback) + 6 (0,92 ≥ 0,9) = 18. Total 82.
    private static readonly Dictionary<string, long> Province = new()
    {
        ["procedures_published_on_time"] = 9, ["procedures_published"] = 10,
        ["procedures_disclosed_on_time"] = 10, ["procedures_to_disclose"] = 10,
        ["procedures_complete"] = 45, ["procedures_public"] = 50,
        ["dossiers_synced"] = 950, ["dossiers_to_sync"] = 1000,
        ["received"] = 1000, ["resolved"] = 900, ["resolved_on_time"] = 850, ["resolved_late"] = 50, ["pending_end"] = 100, ["pending_overdue_end"] = 20,
        ["received_full_online"] = 300, ["received_full_eligible"] = 600,
        ["paid_online"] = 400, ["fee_required"] = 500, ["fee_procedures_payable_online"] = 90, ["fee_procedures"] = 100, ["fee_procedures_with_dossiers"] = 60,
        ["e_result"] = 810, ["digitized"] = 700, ["communes_e_certify"] = 65, ["communes"] = 65, ["reused_data"] = 400,
        ["dossiers_store_linked"] = 250, ["procedures_population_data"] = 30, ["procedures_individual"] = 60, ["dossiers_population_data"] = 500,
        ["feedback_on_time"] = 0, ["feedback_handled"] = 0, ["feedback_satisfied"] = 0, ["feedback_received"] = 0, ["dossiers_complained"] = 10,
    };

    [Fact]
    public void The_portal_form_scores_the_hand_computed_example()
    {
        var score = Index.Score(Province);

        Assert.Equal(82.0m, score.Total);
        Assert.Equal(100m, score.MaxTotal);
        Assert.Equal([16.9m, 18.6m, 6m, 8.3m, 14.2m, 18m], score.Groups.Select(g => g.Points));
        Assert.Equal(["CKMB", "TDGQ", "CLGQ", "TTTT", "MDSH", "MDHL"], score.Groups.Select(g => g.Code));
    }

    // Issue 22: the index is computed from its counters only when all are reported; one missing gives no score (the
    // report's "chưa có số liệu"), never a total that counts it as zero.
    [Fact]
    public void A_score_needs_every_counter_and_an_absent_one_gives_none()
    {
        Assert.Equal(Province.Keys.Order(StringComparer.Ordinal), Index.Counters.Order(StringComparer.Ordinal));
        Assert.Equal(Index.Score(Province), Index.ScoreWhenReported(Province), new CompositeScoreComparer());
        foreach (var counter in Index.Counters)
        {
            Assert.Null(Index.ScoreWhenReported(Province.Where(m => m.Key != counter).ToDictionary()));
        }
    }

    // Two scores are the same when their totals and group points are.
    private sealed class CompositeScoreComparer : IEqualityComparer<CompositeScore?>
    {
        public bool Equals(CompositeScore? x, CompositeScore? y) =>
            x is not null && y is not null && x.Total == y.Total && x.Groups.Select(static g => g.Points).SequenceEqual(y.Groups.Select(static g => g.Points));

        public int GetHashCode(CompositeScore? obj) => obj?.Total.GetHashCode() ?? 0;
    }

    [Fact]
    public void The_legal_form_has_five_groups_with_online_services_worth_22()
    {
        var score = Index.Score(Province, IndexForm.Legal);

        Assert.Equal(82.0m, score.Total);
        Assert.Equal([("CKMB", 16.9m, 18m), ("TDGQ", 18.6m, 20m), ("CCDV", 14.3m, 22m), ("MDSH", 14.2m, 22m), ("MDHL", 18m, 18m)],
            score.Groups.Select(g => (g.Code, g.Points, g.MaxPoints)));
    }

    [Fact]
    public void Zero_denominators_score_per_component_as_the_portal_does()
    {
        var score = Index.Score(new Dictionary<string, long>());

        Assert.Equal(12m, score.Total); // 5.2 and 5.3 give full points without feedback; 5.4 gives none
        Assert.Equal([6m, 6m, 0m], score.Groups.Single(g => g.Code == "MDHL").Components.Select(c => c.Points));
    }

    [Fact]
    public void A_group_never_exceeds_its_cap()
    {
        var full = new Dictionary<string, long> { ["paid_online"] = 1, ["fee_required"] = 1, ["fee_procedures_payable_online"] = 1, ["fee_procedures"] = 1, ["fee_procedures_with_dossiers"] = 1 };

        var payment = Index.Score(full).Groups.Single(g => g.Code == "TTTT");

        Assert.Equal(10.5m, payment.Components.Sum(c => c.Points));
        Assert.Equal(10m, payment.Points);
    }

    [Fact]
    public void The_province_is_scored_on_pooled_dossiers_not_on_averaged_unit_scores()
    {
        var big = new Dictionary<string, long> { ["resolved"] = 1000, ["resolved_on_time"] = 1000, ["pending_end"] = 0, ["pending_overdue_end"] = 0 };
        var small = new Dictionary<string, long> { ["resolved"] = 10, ["resolved_on_time"] = 0, ["pending_end"] = 0, ["pending_overdue_end"] = 0 };

        var pooled = Index.Score(IndicatorDefinition.SumMeasures([big, small])).Groups.Single(g => g.Code == "TDGQ").Points;

        Assert.Equal(20m * 1000 / 1010, pooled);
        Assert.NotEqual(10m, pooled);
    }
}
