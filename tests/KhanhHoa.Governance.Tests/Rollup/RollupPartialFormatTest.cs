using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KhanhHoa.Governance.Indicators;
using KhanhHoa.Governance.Organization;
using KhanhHoa.Governance.Rollup;
using NodaTime;

namespace KhanhHoa.Governance.Tests.Rollup;

// Partials that leave the process: written and read back in both forms, merged in any order, from provinces with
// different trees, refused with the reason when they cannot merge, and checked for dossiers counted twice.
public class RollupPartialFormatTest
{
    [Property(MaxTest = 60)]
    public Property Binary_and_json_read_back_equal_the_original() => Prop.ForAll(RollupTestData.Seeds, seed =>
    {
        var (engine, store, random) = Random(seed);
        var partial = engine.Aggregate(store, 0, store.Count, 1, keepDossierIds: random.Next(2) == 0).Value;
        var binary = RollupPartialBinary.ToBytes(partial);
        var json = RollupPartialJson.ToUtf8Bytes(partial);
        var fromBinary = RollupPartialBinary.Read(binary).Value;
        var fromJson = RollupPartialJson.Read(json).Value;
        return fromBinary.Equals(partial) && fromJson.Equals(partial)
            && RollupPartialBinary.ToBytes(fromJson).AsSpan().SequenceEqual(binary)
            && RollupPartialJson.ToUtf8Bytes(fromBinary).AsSpan().SequenceEqual(json);
    });

    [Property(MaxTest = 60)]
    public Property Shards_counted_elsewhere_and_merged_equal_the_whole_store_byte_for_byte() => Prop.ForAll(RollupTestData.Seeds, seed =>
    {
        var (engine, store, random) = Random(seed);
        var files = Shards(random, store.Count).Select(s =>
        {
            var partial = engine.Aggregate(store, s.Start, s.Count, 1).Value;
            return random.Next(2) == 0 ? RollupPartialBinary.ToBytes(partial) : RollupPartialJson.ToUtf8Bytes(partial);
        });

        // Read back as another process would: no engine object in common with the one that counted.
        var partials = files.Select(bytes => bytes[0] == (byte)'{' ? RollupPartialJson.Read(bytes).Value : RollupPartialBinary.Read(bytes).Value);
        var merged = RollupPartial.MergeAll(partials).Value;
        var fresh = RollupTestData.Engine(merged.Units, merged.Periods);
        return RollupTestData.Json(RollupTestData.Complete(fresh, merged)) == RollupTestData.Json(RollupTestData.Run(engine, store));
    });

    [Property(MaxTest = 60)]
    public Property Merging_in_any_order_or_grouping_gives_the_same_bytes() => Prop.ForAll(RollupTestData.Seeds, seed =>
    {
        var (engine, store, random) = Random(seed);
        var shards = Shards(random, store.Count).Select(s => engine.Aggregate(store, s.Start, s.Count, 1, keepDossierIds: true).Value).ToList();
        var leftFold = shards.Aggregate((a, b) => a.Merge(b).Value);
        var shuffled = shards.OrderBy(_ => random.Next()).ToList();
        var grouped = Group(shuffled, random);
        var expected = RollupPartialBinary.ToBytes(engine.Aggregate(store, 0, store.Count, 1, keepDossierIds: true).Value);
        return RollupPartialBinary.ToBytes(leftFold).AsSpan().SequenceEqual(expected)
            && RollupPartialBinary.ToBytes(grouped).AsSpan().SequenceEqual(expected);
    });

    [Fact]
    public void Provinces_merge_under_a_national_root_given_above_their_roots()
    {
        var periods = RollupTestData.Periods(new Random(3), 2);
        var first = Province("KH", 4);
        var second = Province("NT", 3);
        var random = new Random(5);
        var firstStore = RollupTestData.Store(RollupTestData.Records(random, first, 200));
        var secondStore = RollupTestData.Store(RollupTestData.Records(random, second, 150).Select(r => r with { DossierId = "N" + r.DossierId }));
        var firstResult = RollupTestData.Run(RollupTestData.Engine(first, periods), firstStore);
        var secondResult = RollupTestData.Run(RollupTestData.Engine(second, periods), secondStore);

        var merged = RollupPartial.MergeAll([
            RollupPartialBinary.Read(RollupPartialBinary.ToBytes(RollupTestData.Engine(first, periods).Aggregate(firstStore).Value)).Value,
            RollupPartialJson.Read(RollupPartialJson.ToUtf8Bytes(RollupTestData.Engine(second, periods).Aggregate(secondStore).Value)).Value]).Value;
        OrgUnit nation = new() { Code = "VN", Name = "Việt Nam" };
        var national = merged.Units.Select(u => u.ParentCode is null ? u with { ParentCode = "VN" } : u).Append(nation).ToList();
        var result = RollupTestData.Complete(RollupTestData.Engine(national, periods), merged);

        Assert.Equal(350, merged.DossierCount);
        for (var p = 0; p < periods.Count; p++)
        {
            var root = result.Periods[p].Find("VN")!;
            Assert.Null(root.ParentCode);
            Assert.All(DossierMeasures.All, m => Assert.Equal(
                firstResult.Periods[p].Find("KH")!.Measures[m] + secondResult.Periods[p].Find("NT")!.Measures[m], root.Measures[m]));
            Assert.Equal(firstResult.Periods[p].Find("KH")!.Measures[DossierMeasure.Received], result.Periods[p].Find("KH")!.Measures[DossierMeasure.Received]);
        }
    }

    [Fact]
    public void Partials_over_other_periods_or_disagreeing_trees_are_refused_with_the_reason()
    {
        var units = RollupTestData.Communes(3, 1);
        var periods = RollupTestData.Periods(new Random(1), 2);
        var store = RollupTestData.Store(RollupTestData.Records(new Random(2), units, 50));
        var partial = RollupTestData.Engine(units, periods).Aggregate(store).Value;

        var otherPeriods = RollupTestData.Engine(units, [periods[0]]).Aggregate(store).Value;
        var periodError = Assert.Single(partial.Merge(otherPeriods).Errors);
        Assert.Equal("periods", periodError.Field);
        Assert.Contains($"partial 2 counts periods {periods[0].Id}", periodError.Message);

        var renamed = units.Select(u => u.Code == "X02" ? u with { ParentCode = "S01" } : u).ToList();
        var treeError = Assert.Single(partial.Merge(RollupTestData.Engine(renamed, periods).Aggregate(store).Value).Errors);
        Assert.Equal("units", treeError.Field);
        Assert.Contains("unit 'X02' is 'Xã 2' (no kind) under 'S01'", treeError.Message);
        Assert.Contains("under 'KH'", treeError.Message);

        var elsewhere = RollupTestData.Engine(units.Where(u => u.Code != "X01").ToList(), periods);
        var completeError = Assert.Single(elsewhere.Complete(partial).Errors);
        Assert.Contains("unit 'X01' has dossiers in the partial but is not in the hierarchy", completeError.Message);
    }

    // The same shard twice would double every figure: a merge refuses two partials counting the same dossiers, in
    // memory and after a round trip through either form, while disjoint shards (and empty ones) merge, and the merged
    // digest is the whole's, so a merge of merges is checked too.
    [Fact]
    public void The_same_shard_twice_is_refused_and_disjoint_shards_merge_to_the_whole()
    {
        var units = RollupTestData.Communes(3, 1);
        var engine = RollupTestData.Engine(units, RollupTestData.Periods(new Random(1), 2));
        var records = RollupTestData.Records(new Random(2), units, 80);
        var whole = engine.Aggregate(RollupTestData.Store(records)).Value;
        var first = engine.Aggregate(RollupTestData.Store(records.Take(30))).Value;
        var second = engine.Aggregate(RollupTestData.Store(records.Skip(30))).Value;

        foreach (var again in new[] { first, RollupPartialBinary.Read(RollupPartialBinary.ToBytes(first)).Value, RollupPartialJson.Read(RollupPartialJson.ToUtf8Bytes(first)).Value })
        {
            var error = Assert.Single(RollupPartial.MergeAll([first, second, again]).Errors);
            Assert.Equal("dossier_set", error.Field);
            Assert.StartsWith("partial 3 counts the same 30 dossiers as partial 1 (dossier-set digest ", error.Message, StringComparison.Ordinal);
        }

        var merged = first.Merge(second).Value;
        Assert.Equal(whole.DossierSetDigest, merged.DossierSetDigest);
        Assert.Equal(whole, merged);
        Assert.Equal("dossier_set", Assert.Single(merged.Merge(whole).Errors).Field);
        Assert.True(engine.EmptyPartial().Merge(engine.EmptyPartial()).Success);
    }

    // Law: merging any multiset of shards equals merging each shard once, or is refused because a shard is given twice;
    // an empty shard adds nothing, so it may come any number of times.
    [Property(MaxTest = 60)]
    public Property A_multiset_of_shards_merges_as_the_set_or_is_refused() => Prop.ForAll(RollupTestData.Seeds, seed =>
    {
        var (engine, store, random) = Random(seed);
        var shards = Shards(random, store.Count).Select(shard => engine.Aggregate(store.Slice(shard.Start, shard.Count)).Value).ToList();
        var copies = shards.Select(_ => random.Next(4) == 0 ? random.Next(2, 4) : 1).ToList();
        var multiset = shards.SelectMany((shard, i) => Enumerable.Repeat(shard, copies[i])).OrderBy(_ => random.Next()).ToList();
        var twice = shards.Where((shard, i) => copies[i] > 1 && shard.DossierCount > 0).ToList();

        var merged = RollupPartial.MergeAll(multiset);

        return (twice.Count > 0
                ? !merged.Success && merged.Errors.All(static e => e.Field == "dossier_set") && merged.Errors.Count == copies.Where((n, i) => shards[i].DossierCount > 0).Sum(static n => n - 1)
                : merged.Success && merged.Value.Equals(engine.Aggregate(store).Value))
            .Classify(twice.Count > 0, "a shard given twice")
            .Classify(multiset.Count > shards.Count && twice.Count == 0, "only empty shards repeated");
    });

    // A merge no reader could take back is refused, not written: here two partials whose dossiers together are more
    // than a partial may count (a merge of two huge partials once wrote a partial merge itself then refused).
    [Fact]
    public void A_merge_larger_than_a_partial_may_be_is_refused()
    {
        var engine = RollupTestData.Engine(RollupTestData.Communes(2, 1), RollupTestData.Periods(new Random(1), 1));
        var empty = System.Text.Encoding.UTF8.GetString(RollupPartialJson.ToUtf8Bytes(engine.EmptyPartial()));
        RollupPartial Declaring(long dossiers) => RollupPartialJson.Read(System.Text.Encoding.UTF8.GetBytes(
            System.Text.RegularExpressions.Regex.Replace(empty, @"""dossierCount"":\s*0", $"\"dossierCount\": {dossiers}"))).Value;

        var half = (RollupPartial.MaxDossierCount / 2) + 5;
        var error = Assert.Single(RollupPartial.MergeAll([Declaring(half), Declaring(half + 1)]).Errors);

        Assert.Equal("dossier_count", error.Field);
        Assert.Equal($"the merged partial would count {(2 * half) + 1} dossiers, more than the {RollupPartial.MaxDossierCount} a partial may count", error.Message);
        Assert.True(RollupPartial.MergeAll([Declaring(half), Declaring(half - 20)]).Success);
    }

    // A binary partial of version 1 (before the digest) is still read, with no digest; it merges without the check.
    [Fact]
    public void A_version_1_binary_partial_is_read_without_a_digest()
    {
        var units = RollupTestData.Communes(2, 1);
        var engine = RollupTestData.Engine(units, RollupTestData.Periods(new Random(1), 1));
        var partial = engine.Aggregate(RollupTestData.Store(RollupTestData.Records(new Random(3), units, 20))).Value;
        var v2 = RollupPartialBinary.ToBytes(partial);

        // Version 1 is version 2 without the digest's presence flag and bytes (the last section before the ids' flag and the checksum).
        var body = v2.AsSpan(0, v2.Length - 8).ToArray();
        var digestAt = body.Length - 1 - 9;
        var v1 = body[..digestAt].Concat(body[(digestAt + 9)..]).ToArray();
        v1[4] = 1;
        var checksum = new byte[8];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt64LittleEndian(checksum, DossierIdHash.Of(v1));
        var read = RollupPartialBinary.Read([.. v1, .. checksum]);

        Assert.True(read.Success, string.Join("; ", read.Errors));
        Assert.Null(read.Value.DossierSetDigest);
        Assert.Equal(partial.Counters, read.Value.Counters);
        Assert.Null(partial.Merge(read.Value).Value.DossierSetDigest);
    }

    // A partial's tree (or an API caller's) holding a unit that ends before it starts is refused where every tree is
    // checked, naming the unit and both dates; a partial written by the engine itself never carries one.
    [Fact]
    public void A_unit_valid_to_a_date_before_it_is_valid_from_is_refused_by_the_engine()
    {
        var units = RollupTestData.Communes(2, 1);
        var periods = RollupTestData.Periods(new Random(1), 1);
        var backwards = units.Select(u => u.Code == "X02" ? u with { ValidFrom = new LocalDate(2025, 7, 1), ValidTo = new LocalDate(2025, 6, 30) } : u).ToList();

        var error = Assert.Single(RollupEngine.Create(backwards, periods).Errors);

        Assert.Equal(("valid_to", "unit 'X02' is valid to 2025-06-30, before it is valid from 2025-07-01"), (error.Field, error.Message));
        Assert.True(RollupEngine.Create(units, periods).Success);
    }

    [Property(MaxTest = 40)]
    public Property Overlap_detection_finds_every_planted_duplicate() => Prop.ForAll(RollupTestData.Seeds, seed =>
    {
        var random = new Random(seed);
        var units = RollupTestData.Hierarchy(random, 5);
        var engine = RollupTestData.Engine(units, RollupTestData.Periods(random, 2));
        var records = RollupTestData.Records(random, units, random.Next(10, 120));
        var planted = random.Next(1, Math.Min(8, records.Count));
        var cut = random.Next(planted, records.Count);

        // The second shard also holds the last `planted` dossiers of the first.
        var first = RollupTestData.Store(records.Take(cut));
        var second = RollupTestData.Store(records.Skip(cut - planted));
        var merge = engine.Aggregate(first, 0, first.Count, 1, keepDossierIds: true).Value
            .Merge(engine.Aggregate(second, 0, second.Count, 1, keepDossierIds: true).Value);
        var disjoint = engine.Aggregate(first, 0, first.Count, 1, keepDossierIds: true).Value
            .Merge(RollupTestData.Aggregate(engine, RollupTestData.Store(records.Skip(cut)), 0, records.Count - cut));
        var error = merge.Errors.SingleOrDefault();
        return (error is { Field: "dossier_id" } && error.Message.StartsWith($"{planted} dossiers are counted in both partial 1 and partial 2", StringComparison.Ordinal)
            && disjoint.Success).Label(string.Join("; ", merge.Errors));
    });

    [Fact]
    public void Damaged_binary_partials_are_located_by_byte()
    {
        var (engine, store, _) = Random(11);
        var bytes = RollupPartialBinary.ToBytes(engine.Aggregate(store).Value);
        for (var length = 0; length < bytes.Length; length++)
        {
            var error = Assert.Single(RollupPartialBinary.Read(bytes.AsSpan(0, length)).Errors);
            Assert.InRange(error.Column, 1, Math.Max(1, length + 1));
            Assert.NotEmpty(error.Field);
        }

        var flipped = (byte[])bytes.Clone();
        flipped[bytes.Length / 2] ^= 0x40;
        Assert.Single(RollupPartialBinary.Read(flipped).Errors);

        var otherContract = RollupPartialBinary.ToBytes(engine.Aggregate(store).Value);
        otherContract[5 + 1 + "khanhhoa.rollup/".Length] = (byte)'2';
        var contract = Assert.Single(RollupPartialBinary.Read(otherContract).Errors);
        Assert.Equal(("contract", 6), (contract.Field, contract.Column));
        Assert.Contains("contract 'khanhhoa.rollup/2'", contract.Message);
    }

    [Fact]
    public void Json_partials_with_foreign_values_are_located_by_path_line_and_column()
    {
        var (engine, store, _) = Random(12);
        var json = Encoding.UTF8.GetString(RollupPartialJson.ToUtf8Bytes(engine.Aggregate(store).Value))
            .Replace("\"received\": ", "\"recieved\": ", StringComparison.Ordinal)
            .Replace("khanhhoa.rollup/1", "khanhhoa.rollup/0", StringComparison.Ordinal);
        var errors = RollupPartialJson.Read(Encoding.UTF8.GetBytes(json)).Errors;
        var contract = Assert.Single(errors);
        Assert.Equal(("$.contract", 3), (contract.JsonPath, contract.Line));

        json = json.Replace("khanhhoa.rollup/0", "khanhhoa.rollup/1", StringComparison.Ordinal);
        errors = RollupPartialJson.Read(Encoding.UTF8.GetBytes(json)).Errors;
        Assert.NotEmpty(errors);
        Assert.All(errors, e =>
        {
            Assert.Matches(@"^\$\.cells\[\d+\]\.counters\.recieved$", e.JsonPath);
            Assert.Equal("'recieved' is not a measure of the contract", e.Message);
            Assert.True(e.Line > 1 && e.Column > 1);
        });
    }

    private static (RollupEngine Engine, DossierStore Store, Random Random) Random(int seed)
    {
        var random = new Random(seed);
        var units = RollupTestData.Hierarchy(random, random.Next(1, 10));
        var engine = RollupTestData.Engine(units, RollupTestData.Periods(random, random.Next(1, 4)));
        return (engine, RollupTestData.Store(RollupTestData.Records(random, units, random.Next(0, 300))), random);
    }

    private static List<(int Start, int Count)> Shards(Random random, int count)
    {
        var cuts = Enumerable.Range(0, random.Next(0, 5)).Select(_ => random.Next(count + 1)).Append(0).Append(count).Distinct().Order().ToArray();
        return cuts.Length == 1 ? [(0, 0)] : [.. cuts.Zip(cuts.Skip(1), (from, to) => (from, to - from))];
    }

    // Merges a list as a random binary tree of merges.
    private static RollupPartial Group(IReadOnlyList<RollupPartial> partials, Random random)
    {
        if (partials.Count == 1)
        {
            return partials[0];
        }

        var split = random.Next(1, partials.Count);
        return Group([.. partials.Take(split)], random).Merge(Group([.. partials.Skip(split)], random)).Value;
    }

    private static List<OrgUnit> Province(string root, int communes) =>
        [new() { Code = root, Name = root, Kind = OrgUnitKind.Province },
         .. Enumerable.Range(1, communes).Select(i => new OrgUnit { Code = $"{root}{i:D2}", Name = $"Xã {i}", ParentCode = root, Kind = OrgUnitKind.Commune })];
}
