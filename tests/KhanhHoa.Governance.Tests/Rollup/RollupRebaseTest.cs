using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using KhanhHoa.Governance.Calendar;
using KhanhHoa.Governance.Data;
using KhanhHoa.Governance.Indicators;
using KhanhHoa.Governance.Organization;
using KhanhHoa.Governance.Rollup;

namespace KhanhHoa.Governance.Tests.Rollup;

// A year of dossiers across the reorganisation of 1 July 2025, on the embedded hierarchy: re-based onto September
// 2025's tree, every month rolls up on today's units, older units' dossiers move as OrgHierarchy.Rebase moves figures,
// and what it cannot move stays unallocated; nothing is lost.
public class RollupRebaseTest
{
    private static readonly OrgHierarchy Hierarchy = GovernanceData.Default.OrgUnits;

    private static readonly LocalDate Onto = new(2025, 9, 14);

    private static readonly IReadOnlyList<ReportingPeriod> Year =
        [.. Enumerable.Range(9, 12).Select(i => ReportingPeriod.Month(2024 + (i / 12), (i % 12) + 1, CutoffRule.Administrative))];

    [Fact]
    public void Without_the_rebase_dossiers_of_todays_units_before_July_2025_cannot_roll_up()
    {
        var store = RollupTestData.Store(RollupTestData.Records(new Random(1), Hierarchy.AsOf(Onto).Units, 500));

        var errors = RollupTestData.Engine(Hierarchy.Units, Year).Run(store).Errors;

        Assert.Contains(errors, e => e.Message.EndsWith("has dossiers counted in period 2024-11 but is not valid in it", StringComparison.Ordinal));
    }

    [Property(MaxTest = 25)]
    public Property Every_month_rolls_up_on_todays_tree_as_OrgHierarchy_Rebase_moves_each_units_dossiers() => Prop.ForAll(RollupTestData.Seeds, seed =>
    {
        var random = new Random(seed);
        var records = RollupTestData.Records(random, Hierarchy.Units, random.Next(0, 800));
        var store = RollupTestData.Store(records);
        var rebased = RollupEngine.Create(Hierarchy.Units, Year, new RollupRebase(Onto, Hierarchy.Successions)).Value.Run(store).Value;

        // The oracle: every dossier on its own unit under one flat root, then OrgHierarchy.Rebase per measure.
        var flat = RollupTestData.Run(RollupTestData.Engine(Flat(Hierarchy.Units), Year), store);
        var today = Hierarchy.AsOf(Onto);
        return Year.Select((period, p) => (period, p)).All(x =>
        {
            var result = rebased.Periods[x.p];
            var unitsMatch = result.Units.Select(u => u.Code).Order(StringComparer.Ordinal).SequenceEqual(today.Units.Select(u => u.Code).Order(StringComparer.Ordinal));
            return unitsMatch && DossierMeasures.All.All(m =>
            {
                var own = flat.Periods[x.p].Units.Where(u => u.Code != FlatRoot).Select(u => KeyValuePair.Create(u.Code, u.Measures[m]));
                var moved = Hierarchy.Rebase(own, Onto);
                var unallocated = moved.Unallocated.Sum(f => f.Value);
                return result.Units.All(u => u.Measures[m] == Subtree(today, u.Code).Sum(code => moved.Figures.GetValueOrDefault(code)))
                    && result.Unallocated.Sum(u => u.Measures[m]) == unallocated
                    && result.Units.Where(u => u.ParentCode is null).Sum(u => u.Measures[m]) + unallocated == flat.Periods[x.p].Find(FlatRoot)!.Measures[m];
            });
        });
    });

    [Fact]
    public void A_split_commune_stays_unallocated_with_the_communes_that_took_it_over()
    {
        var records = RollupTestData.Records(new Random(4), [Hierarchy.Find("old.h-cam-lam.xa-cam-hoa")!, Hierarchy.Find("old.tp-cam-ranh.xa-cam-lap")!], 300);
        var result = RollupEngine.Create(Hierarchy.Units, Year, new RollupRebase(Onto, Hierarchy.Successions)).Value.Run(RollupTestData.Store(records)).Value;

        var september = result.Periods[^1];
        var split = Assert.Single(september.Unallocated);
        Assert.Equal("old.h-cam-lam.xa-cam-hoa", split.UnitCode);
        Assert.Contains("xa.cam-lam", split.Candidates);
        Assert.Contains("split or taken over in part", split.Reason, StringComparison.Ordinal);
        var received = records.Count(r => september.Period.Contains(r.ReceivedAt.Date));
        Assert.Equal(received, september.Find("KHANH_HOA")!.Measures[DossierMeasure.Received] + split.Measures[DossierMeasure.Received]);
        Assert.Equal(september.Find("KHANH_HOA")!.Measures[DossierMeasure.Received], september.Find("xa.nam-cam-ranh")!.Measures[DossierMeasure.Received]);
    }

    [Fact]
    public void A_rebased_partial_reads_back_and_merges_only_with_partials_rebased_onto_the_same_day()
    {
        var store = RollupTestData.Store(RollupTestData.Records(new Random(6), Hierarchy.Units, 300));
        var partial = RollupEngine.Create(Hierarchy.Units, Year, new RollupRebase(Onto, Hierarchy.Successions)).Value.Aggregate(store).Value;
        var other = RollupEngine.Create(Hierarchy.Units, Year, new RollupRebase(Onto.PlusDays(1), Hierarchy.Successions)).Value.EmptyPartial();

        Assert.Equal(partial, RollupPartialBinary.Read(RollupPartialBinary.ToBytes(partial)).Value);
        Assert.Equal(partial, RollupPartialJson.Read(RollupPartialJson.ToUtf8Bytes(partial)).Value);
        var error = Assert.Single(partial.Merge(other).Errors);
        Assert.Equal("rebase", error.Field);
        Assert.Contains("partial 2 is re-based onto the tree of 2025-09-15, partial 1 is re-based onto the tree of 2025-09-14", error.Message, StringComparison.Ordinal);
    }

    private const string FlatRoot = "FLAT";

    private static List<OrgUnit> Flat(IEnumerable<OrgUnit> units) =>
        [new() { Code = FlatRoot, Name = FlatRoot }, .. units.Select(u => new OrgUnit { Code = u.Code, Name = u.Name, ParentCode = FlatRoot })];

    private static IEnumerable<string> Subtree(OrgTree tree, string code) =>
        tree.Units.Where(u => u.ParentCode == code).SelectMany(u => Subtree(tree, u.Code)).Prepend(code);
}
