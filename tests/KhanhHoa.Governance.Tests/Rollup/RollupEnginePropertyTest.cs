using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KhanhHoa.Governance.Testing;
using NodaTime;
using KhanhHoa.Governance.Calendar;
using KhanhHoa.Governance.Indicators;
using KhanhHoa.Governance.Organization;
using KhanhHoa.Governance.Rollup;

namespace KhanhHoa.Governance.Tests.Rollup;

public class RollupEnginePropertyTest
{
    [Property(MaxTest = 40)]
    public Property Engine_equals_the_naive_reference_on_random_data_hierarchies_and_periods() => Prop.ForAll(RollupTestData.Seeds, seed =>
    {
        var random = new Random(seed);
        var units = RollupTestData.Hierarchy(random, random.Next(1, 12));
        var periods = RollupTestData.Periods(random, random.Next(1, 5));
        var records = RollupTestData.Records(random, units, random.Next(0, 400));
        var result = RollupTestData.Run(RollupTestData.Engine(units, periods), RollupTestData.Store(records));
        return periods.Select((period, p) => (period, p)).All(x =>
        {
            var expected = NaiveRollup.Compute(records, units, x.period);
            var actual = result.Periods[x.p];
            return actual.Period == x.period
                && actual.Units.Count == expected.Count
                && actual.Units.All(u => DossierMeasures.All.All(m => u.Measures[m] == expected[u.Code][(int)m]));
        });
    });

    // Units that come and go (random ValidFrom/ValidTo, nested in their parent's) and periods in any year the store
    // holds, not only 2025: the engine chooses each period's tree itself, the reference filters units by overlap.
    [Property(MaxTest = 60)]
    public Property Engine_equals_the_naive_reference_over_effective_dated_hierarchies_in_any_year() => Prop.ForAll(RollupTestData.Seeds, seed =>
    {
        var random = new Random(seed);
        // The store's first and last whole years are edges of their own (its days run 2000-01-01 to 2179-06-05).
        var year = random.Next(4) switch { 0 => 2001, 1 => 2177, _ => random.Next(2001, 2178) };
        var from = new LocalDate(year - 1, 11, 1);
        var to = new LocalDate(year + 1, 12, 31);
        var units = RollupTestData.EffectiveDatedHierarchy(random, random.Next(2, 14), from, to);
        var periods = RollupTestData.Periods(random, random.Next(2, 5), year, year + 1);
        // Three in four runs keep every dossier inside its unit's validity; the rest test the refusal as well.
        var raw = RollupTestData.Records(random, units, random.Next(0, 400), from, to);
        var records = random.Next(4) == 0 ? raw : RollupTestData.WithinValidity(random, raw, units, from, to);
        var run = RollupTestData.Engine(units, periods).Run(RollupTestData.Store(records), 1);
        var memberships = periods.Select(p => string.Join(',', units.Where(u => (u.ValidFrom ?? p.End) <= p.End && (u.ValidTo ?? p.Start) >= p.Start).Select(u => u.Code))).ToList();
        var outsiders = periods.SelectMany(p => NaiveRollup.Outsiders(records, units, p).Select(code => $"unit '{code}' has dossiers counted in period {p.Id} but is not valid in it")).ToHashSet();
        var holds = outsiders.Count > 0
            ? !run.Success && run.Errors.Select(e => e.Message).ToHashSet().SetEquals(outsiders) && run.Errors.All(e => e.Field == "unit_code")
            : run.Success && periods.Select((period, p) => (period, p)).All(x =>
            {
                var expected = NaiveRollup.Compute(records, units, x.period);
                var actual = run.Value.Periods[x.p];
                return actual.Period == x.period
                    && actual.Units.Count == expected.Count
                    && actual.Units.All(u => DossierMeasures.All.All(m => u.Measures[m] == expected[u.Code][(int)m]));
            });
        return holds
            .Classify(memberships.Distinct().Count() > 1, "the tree differs between periods")
            .Classify(periods.Any(p => units.Any(u => (u.ValidFrom is { } f && f > p.Start && f <= p.End) || (u.ValidTo is { } t && t >= p.Start && t < p.End))), "a unit starts or ends inside a period")
            .Classify(outsiders.Count > 0, "refused: dossiers counted outside their unit's validity")
            .Classify(periods.Any(p => CalendarSystem.Iso.IsLeapYear(p.Start.Year) && p.Start.Month <= 2 && p.End >= new LocalDate(p.Start.Year, 2, 29)), "a period over 29 February");
    });

    [Property(MaxTest = 30)]
    public Property Merged_shards_equal_the_whole() => Prop.ForAll(RollupTestData.Seeds, seed =>
    {
        var random = new Random(seed);
        var units = RollupTestData.Hierarchy(random, 6);
        var engine = RollupTestData.Engine(units, RollupTestData.Periods(random, 3));
        var store = RollupTestData.Store(RollupTestData.Records(random, units, random.Next(0, 300)));
        var cuts = Enumerable.Range(0, random.Next(0, 5)).Select(_ => random.Next(store.Count + 1)).Append(0).Append(store.Count).Distinct().Order().ToArray();
        // An empty store is still one shard: EmptyPartial keeps an empty id list where an aggregate keeps none, so the
        // two differ under Equals though they complete to the same result.
        cuts = cuts.Length == 1 ? [0, 0] : cuts;
        var merged = engine.EmptyPartial();
        for (var i = 0; i + 1 < cuts.Length; i++)
        {
            merged = merged.Merge(RollupTestData.Aggregate(engine, store.Slice(cuts[i], cuts[i + 1] - cuts[i]), 0, cuts[i + 1] - cuts[i])).Value;
        }

        return merged.Equals(RollupTestData.Aggregate(engine, store, 0, store.Count));
    });

    [Property(MaxTest = 30)]
    public Property Row_order_does_not_change_the_json() => Prop.ForAll(RollupTestData.Seeds, seed =>
    {
        var random = new Random(seed);
        var units = RollupTestData.Hierarchy(random, 8);
        var engine = RollupTestData.Engine(units, RollupTestData.Periods(random, 3));
        var records = RollupTestData.Records(random, units, random.Next(0, 300));
        var shuffled = records.OrderBy(_ => random.Next()).ToList();
        return RollupTestData.Json(RollupTestData.Run(engine, RollupTestData.Store(records)))
            == RollupTestData.Json(RollupTestData.Run(engine, RollupTestData.Store(shuffled)));
    });

    [Property(MaxTest = 30)]
    public Property Appending_batches_equals_a_full_recompute() => Prop.ForAll(RollupTestData.Seeds, seed =>
    {
        var random = new Random(seed);
        var units = RollupTestData.Hierarchy(random, 7);
        var engine = RollupTestData.Engine(units, RollupTestData.Periods(random, 3));
        var records = RollupTestData.Records(random, units, random.Next(0, 300));
        var accumulator = engine.CreateAccumulator();
        var offset = 0;
        while (offset < records.Count)
        {
            var size = random.Next(1, 60);
            var batch = RollupTestData.Store(records.Skip(offset).Take(size));
            if (!accumulator.Append(batch).Success)
            {
                return false;
            }

            offset += size;
        }

        return accumulator.ToPartial().Equals(RollupTestData.Aggregate(engine, RollupTestData.Store(records), 0, records.Count));
    });

    [Property(MaxTest = 30)]
    public Property Every_parent_is_its_own_dossiers_plus_the_sum_of_its_children() => Prop.ForAll(RollupTestData.Seeds, seed =>
    {
        var random = new Random(seed);
        var units = RollupTestData.Hierarchy(random, random.Next(2, 15));
        var periods = RollupTestData.Periods(random, 2);
        var records = RollupTestData.Records(random, units, random.Next(0, 300));
        var result = RollupTestData.Run(RollupTestData.Engine(units, periods), RollupTestData.Store(records));
        return result.Periods.All(period => period.Units.All(unit =>
        {
            var own = NaiveRollup.Own([.. records.Where(r => r.UnitCode == unit.Code)], period.Period.Start, period.Period.End);
            var children = period.Units.Where(c => c.ParentCode == unit.Code).ToList();
            return DossierMeasures.All.All(m => unit.Measures[m] == own[(int)m] + children.Sum(c => c.Measures[m]));
        }));
    });

    [Fact]
    public void Thread_count_does_not_change_the_json()
    {
        var units = RollupTestData.Communes(65, 20);
        var engine = RollupTestData.Engine(units, ReportingPeriod.InYear(2025, ReportingPeriodKind.Month, CutoffRule.Administrative));
        var store = SyntheticDossiers.Generate([.. units.Skip(1).Select(u => u.Code)], new LocalDate(2024, 12, 15), new LocalDate(2025, 12, 14), 300_000);
        var one = RollupTestData.Json(RollupTestData.Run(engine, store, 1));
        Assert.Equal(one, RollupTestData.Json(RollupTestData.Run(engine, store, 2)));
        Assert.Equal(one, RollupTestData.Json(RollupTestData.Run(engine, store, 4)));
        Assert.Equal(one, RollupTestData.Json(RollupTestData.Run(engine, store, 0)));
    }

    [Fact]
    public void Units_are_taken_from_the_hierarchy_valid_in_each_period()
    {
        var units = new List<OrgUnit>
        {
            new() { Code = "P", Name = "Province" },
            new() { Code = "D", Name = "District", ParentCode = "P", ValidTo = new LocalDate(2025, 6, 30) },
            new() { Code = "C", Name = "Commune", ParentCode = "D", ValidTo = new LocalDate(2025, 6, 30) },
            new() { Code = "C", Name = "Commune", ParentCode = "P", ValidFrom = new LocalDate(2025, 7, 1) },
        };
        var june = ReportingPeriod.Month(2025, 6, CutoffRule.CalendarMonth);
        var august = ReportingPeriod.Month(2025, 8, CutoffRule.CalendarMonth);
        var engine = RollupTestData.Engine(units, [june, august]);
        var store = RollupTestData.Store(
        [
            Dossier("a", "C", new LocalDateTime(2025, 6, 10, 8, 0)),
            Dossier("b", "C", new LocalDateTime(2025, 8, 10, 8, 0)),
        ]);
        var result = RollupTestData.Run(engine, store);
        Assert.Equal(["P", "D", "C"], result.Periods[0].Units.Select(u => u.Code));
        Assert.Equal(1, result.Periods[0].Find("D")!.Measures.Received);
        Assert.Equal(["P", "C"], result.Periods[1].Units.Select(u => u.Code));
        Assert.Null(result.Periods[1].Find("D"));
        Assert.Equal("P", result.Periods[1].Find("C")!.ParentCode);
        Assert.Equal(1, result.Periods[1].Find("P")!.Measures.Received);
        Assert.Equal(2, result.Periods[1].Find("P")!.Measures.PendingEnd); // June's dossier is still open
    }

    [Fact]
    public void Hierarchy_errors_are_reported_not_thrown()
    {
        var units = new List<OrgUnit>
        {
            new() { Code = "A", Name = "A", ParentCode = "B" },
            new() { Code = "B", Name = "B", ParentCode = "A" },
            new() { Code = "C", Name = "C", ParentCode = "Z" },
        };
        var created = RollupEngine.Create(units, [ReportingPeriod.Month(2025, 9, CutoffRule.Administrative)]);
        Assert.False(created.Success);
        Assert.Contains(created.Errors, e => e.Message.Contains("cycle", StringComparison.Ordinal));
        Assert.Contains(created.Errors, e => e.Message.Contains("'Z'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_store_with_a_unit_outside_the_hierarchy_is_rejected_and_nothing_counted()
    {
        var engine = RollupTestData.Engine([new OrgUnit { Code = "P", Name = "P" }], [ReportingPeriod.Month(2025, 9, CutoffRule.Administrative)]);
        var store = RollupTestData.Store([Dossier("a", "P", new LocalDateTime(2025, 9, 1, 8, 0)), Dossier("b", "X", new LocalDateTime(2025, 9, 1, 8, 0))]);
        var aggregated = engine.Aggregate(store);
        Assert.False(aggregated.Success);
        Assert.Contains("'X'", aggregated.Errors.Single().Message, StringComparison.Ordinal);
        Assert.Single(engine.CreateAccumulator().Append(store).Errors);
    }

    [Fact]
    public void Appending_an_id_twice_is_rejected()
    {
        var engine = RollupTestData.Engine([new OrgUnit { Code = "P", Name = "P" }], [ReportingPeriod.Month(2025, 9, CutoffRule.Administrative)]);
        var accumulator = engine.CreateAccumulator();
        Assert.True(accumulator.Append(RollupTestData.Store([Dossier("a", "P", new LocalDateTime(2025, 9, 1, 8, 0))])).Success);
        var again = accumulator.Append(RollupTestData.Store([Dossier("a", "P", new LocalDateTime(2025, 9, 2, 8, 0))]));
        Assert.Equal(new InputError(1, 1, "dossier id already appended") { Field = "dossier_id" }, again.Errors.Single());
        Assert.Equal(1, accumulator.DossierCount);
    }

    // Measured, not read off the constant: the bytes the store's columns allocate when the builder hands them over
    // (GC allocation counter of this thread around Build), per dossier, for 100,000 dossiers over many units.
    [Fact]
    public void The_store_takes_at_most_24_bytes_per_dossier()
    {
        const int Count = 100_000;
        var units = Enumerable.Range(0, 300).Select(i => $"U{i}").ToArray();
        var builder = new DossierStoreBuilder(null, Count);
        var errors = new ErrorCollector(10);
        var line = 0;
        foreach (var record in SyntheticDossiers.GenerateRecords(units, new LocalDate(2025, 1, 1), new LocalDate(2025, 12, 31), Count))
        {
            Assert.Null(builder.TryAdd(record, ++line, errors));
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        var store = builder.Build();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(Count, store.Count);
        Assert.True(allocated <= 24L * Count, $"the store took {allocated / (double)Count:0.00} bytes per dossier");
        // The figure the store reports about itself is the one measured, give or take the arrays' headers and the codes.
        Assert.InRange(allocated - store.ColumnBytes, 0, 64 * 1024);
    }

    internal static DossierRecord Dossier(string id, string unit, LocalDateTime received, LocalDateTime? finished = null) => new()
    {
        DossierId = id,
        UnitCode = unit,
        ProcedureCode = "T1",
        ServiceLevel = ServiceLevel.Full,
        Channel = FilingChannel.Online,
        ReceivedAt = received,
        DueDate = received.Date.PlusDays(5),
        FinishedAt = finished,
    };
}
