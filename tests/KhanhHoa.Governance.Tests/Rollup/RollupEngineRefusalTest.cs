using KhanhHoa.Governance.Calendar;
using KhanhHoa.Governance.Organization;
using KhanhHoa.Governance.Rollup;
using NodaTime;

namespace KhanhHoa.Governance.Tests.Rollup;

// What the engine refuses, and why: no period, a period the store's 16-bit days cannot hold, a partial counted over
// other periods, a range outside the store; and what a partial that keeps its fingerprints holds.
public sealed class RollupEngineRefusalTest
{
    private static readonly OrgUnit[] Units = [new() { Code = "P", Name = "Province" }, new() { Code = "X", Name = "Xã", ParentCode = "P" }];

    private static readonly ReportingPeriod August = ReportingPeriod.Month(2025, 8, CutoffRule.CalendarMonth);

    private static readonly ReportingPeriod September = ReportingPeriod.Month(2025, 9, CutoffRule.CalendarMonth);

    [Fact]
    public void An_engine_needs_a_period()
    {
        var error = Assert.Single(RollupEngine.Create(Units, []).Errors);

        Assert.Equal(new InputError(0, 0, "at least one period is required") { Field = "periods" }, error);
    }

    // The store counts days from 2000-01-01 to 2179-06-05: a period reaching past either end is named with its dates.
    [Fact]
    public void A_period_beyond_the_stores_days_is_named_with_its_dates()
    {
        var created = RollupEngine.Create(Units, [ReportingPeriod.Month(1999, 12, CutoffRule.CalendarMonth), September, ReportingPeriod.Month(2179, 6, CutoffRule.CalendarMonth)]);

        Assert.Equal(
            [
                new InputError(0, 0, "period 1999-12 (1999-12-01–1999-12-31) lies outside 2000-01-01 to 2179-06-05") { Field = "periods" },
                new InputError(0, 0, "period 2179-06 (2179-06-01–2179-06-30) lies outside 2000-01-01 to 2179-06-05") { Field = "periods" },
            ],
            created.Errors);
        Assert.True(RollupEngine.Create(Units, [ReportingPeriod.Month(2000, 1, CutoffRule.CalendarMonth), ReportingPeriod.Month(2179, 5, CutoffRule.CalendarMonth)]).Success);
    }

    [Fact]
    public void A_partial_counted_over_other_periods_is_not_completed()
    {
        var counted = RollupTestData.Engine(Units, [August, September]);
        var completing = RollupTestData.Engine(Units, [September, ReportingPeriod.Month(2025, 10, CutoffRule.CalendarMonth)]);

        var error = Assert.Single(completing.Complete(counted.EmptyPartial()).Errors);

        Assert.Equal(new InputError(0, 0, "the partial counts periods 2025-08, 2025-09, the engine 2025-09, 2025-10") { Field = "periods" }, error);
    }

    [Fact]
    public void A_range_outside_the_store_or_a_negative_thread_count_is_refused()
    {
        var engine = RollupTestData.Engine(Units, [September]);
        var store = RollupTestData.Store(RollupTestData.Records(new Random(1), Units, 10));

        Assert.Throws<ArgumentOutOfRangeException>("start", () => engine.Aggregate(store, -1, 1));
        Assert.Throws<ArgumentOutOfRangeException>("count", () => engine.Aggregate(store, 0, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => engine.Aggregate(store, 5, 6));
        Assert.Throws<ArgumentOutOfRangeException>("maxDegreeOfParallelism", () => engine.Aggregate(store, 0, 10, -1));
        Assert.Equal(10, engine.Aggregate(store, 0, 10).Value.DossierCount);
    }

    // A code the hierarchy lacks is an error only where it has dossiers: in the whole store, not in a range without them.
    [Fact]
    public void A_unit_outside_the_hierarchy_is_refused_only_in_a_range_that_has_its_dossiers()
    {
        var engine = RollupTestData.Engine(Units, [September]);
        var at = new LocalDateTime(2025, 9, 2, 8, 0);
        var store = RollupTestData.Store(
        [
            RollupEnginePropertyTest.Dossier("a", "X", at), RollupEnginePropertyTest.Dossier("b", "Z", at),
            RollupEnginePropertyTest.Dossier("c", "P", at), RollupEnginePropertyTest.Dossier("d", "X", at),
        ]);

        Assert.Equal(new InputError(0, 0, "unit code 'Z' is not in the hierarchy") { Field = "unit_code" }, Assert.Single(engine.Aggregate(store).Errors));
        Assert.Single(engine.Aggregate(store, 1, 1).Errors);
        Assert.Equal(2, engine.Aggregate(store, 2, 2).Value.DossierCount);
        Assert.Equal(1, RollupTestData.Complete(engine, engine.Aggregate(store, 0, 1).Value).Periods[0].Find("P")!.Measures.Received);
    }

    // The fingerprints a partial keeps are those of its range's dossiers, ascending, whatever order they came in.
    [Fact]
    public void A_partial_keeps_the_fingerprints_of_its_range_in_ascending_order()
    {
        var engine = RollupTestData.Engine(Units, [September]);
        var store = RollupTestData.Store(RollupTestData.Records(new Random(2), Units, 40));

        var partial = engine.Aggregate(store, 7, 20, 1, keepDossierIds: true).Value;

        Assert.Equal(store.IdHashes.Skip(7).Take(20).Order(), partial.DossierIdFingerprints!);
        Assert.Null(engine.Aggregate(store, 7, 20, 1).Value.DossierIdFingerprints);
    }
}
