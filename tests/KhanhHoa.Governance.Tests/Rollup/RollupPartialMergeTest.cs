using KhanhHoa.Governance.Calendar;
using KhanhHoa.Governance.Organization;
using KhanhHoa.Governance.Rollup;
using NodaTime;

namespace KhanhHoa.Governance.Tests.Rollup;

// Why two partials do not merge, in words an operator can act on: the re-base of each, the records of a unit the two
// know differently (kind, parent, validity), the dossiers counted in both; and what a merge of nothing is.
public sealed class RollupPartialMergeTest
{
    private static readonly ReportingPeriod September = ReportingPeriod.Month(2025, 9, CutoffRule.CalendarMonth);

    private static readonly OrgUnit[] Units = [new() { Code = "P", Name = "Province" }, new() { Code = "X", Name = "Xã", ParentCode = "P" }];

    [Fact]
    public void A_rebased_partial_and_one_rolled_up_on_each_periods_tree_do_not_merge()
    {
        var own = RollupTestData.Engine(Units, [September]).EmptyPartial();
        var rebased = RollupEngine.Create(Units, [September], new RollupRebase(new LocalDate(2025, 9, 14), [])).Value.EmptyPartial();

        var error = Assert.Single(own.Merge(rebased).Errors);

        Assert.Equal("rebase", error.Field);
        Assert.Equal("partial 2 is re-based onto the tree of 2025-09-14, partial 1 is rolled up on each period's own tree: partials merge only rolled up on the same trees", error.Message);
    }

    [Fact]
    public void A_unit_known_with_other_validity_is_described_with_its_kind_parent_and_dates()
    {
        var dated = Units.Select(u => u.Code == "P" ? u with { Kind = OrgUnitKind.Province, ValidFrom = new LocalDate(2025, 7, 1) } : u).ToList();
        var first = RollupTestData.Engine(Units, [September]).EmptyPartial();
        var second = RollupTestData.Engine(dated, [September]).EmptyPartial();

        var error = Assert.Single(first.Merge(second).Errors);

        Assert.Equal("units", error.Field);
        Assert.Equal(
            "unit 'P' is 'Province' (Province) under no parent valid 2025-07-01–on in partial 2 but 'Province' (no kind) under no parent valid always–on in partial 1: the unit trees disagree",
            error.Message);
        var ended = Units.Select(u => u.Code == "X" ? u with { ValidTo = new LocalDate(2025, 12, 31) } : u).ToList();
        Assert.Contains("unit 'X' is 'Xã' (no kind) under 'P' valid always–2025-12-31 in partial 2", Assert.Single(first.Merge(RollupTestData.Engine(ended, [September]).EmptyPartial()).Errors).Message, StringComparison.Ordinal);
    }

    // Five fingerprints are quoted; more are elided, so an overlap of a million dossiers stays one readable line.
    [Theory]
    [InlineData(5, "")]
    [InlineData(6, ", …")]
    public void Dossiers_counted_in_both_partials_are_counted_and_five_of_them_quoted(int shared, string tail)
    {
        var engine = RollupTestData.Engine(Units, [September]);
        var store = RollupTestData.Store(RollupTestData.Records(new Random(4), Units, 30));
        var first = engine.Aggregate(store, 0, 20, 1, keepDossierIds: true).Value;
        var second = engine.Aggregate(store, 20 - shared, 10 + shared, 1, keepDossierIds: true).Value;
        var quoted = string.Join(", ", store.IdHashes.Skip(20 - shared).Take(shared).Order().Take(5).Select(id => id.ToString("x16", System.Globalization.CultureInfo.InvariantCulture)));

        var error = Assert.Single(first.Merge(second).Errors);

        Assert.Equal(("dossier_id", $"{shared} dossiers are counted in both partial 1 and partial 2 (id fingerprints {quoted}{tail})"), (error.Field, error.Message));
    }

    [Fact]
    public void A_merge_of_no_partial_is_refused()
    {
        var thrown = Assert.Throws<ArgumentException>("partials", () => RollupPartial.MergeAll([]));

        Assert.StartsWith("at least one partial is required", thrown.Message, StringComparison.Ordinal);
    }

    // Equal partials hash alike wherever they were read from; two shards of as many dossiers, with different counts, do not.
    [Fact]
    public void Equal_partials_have_equal_hashes_and_other_counts_other_hashes()
    {
        var engine = RollupTestData.Engine(Units, [September]);
        var store = RollupTestData.Store(RollupTestData.Records(new Random(5), Units, 40));
        var first = engine.Aggregate(store, 0, 20).Value;
        var second = engine.Aggregate(store, 20, 20).Value;

        Assert.Equal(first.GetHashCode(), RollupPartialBinary.Read(RollupPartialBinary.ToBytes(first)).Value.GetHashCode());
        Assert.NotEqual(first, second);
        // Randomised per process: a collision here has probability 2⁻³².
        Assert.NotEqual(first.GetHashCode(), second.GetHashCode());
    }
}
