using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace KhanhHoa.Governance.Sample.Tests;

// rollup --partial-out and merge: shards counted by separate processes merge to the whole store's report, provinces
// merge under a national root, and partials that do not belong together are refused with the reason.
public sealed class MergeTest
{
    private static Arbitrary<int> Seeds => Gen.Choose(1, int.MaxValue - 1).ToArbitrary();

    // Few cases: each one launches the host three to five times, and launches are slow on a shared machine.
    [Property(MaxTest = 3)]
    public Property Shards_rolled_up_in_separate_processes_and_merged_equal_the_whole_store_byte_for_byte() => Prop.ForAll(Seeds, seed =>
    {
        var random = new Random(seed);
        using var folder = new TempFolder();
        var whole = folder.File("whole.csv");
        var units = folder.File("units.csv");
        var generated = SampleRun.InProcess("generate", "--count", random.Next(100, 3000).ToString(System.Globalization.CultureInfo.InvariantCulture), "--seed", seed.ToString(System.Globalization.CultureInfo.InvariantCulture), "--out", whole, "--units-out", units);
        Assert.Equal(0, generated.ExitCode);

        // Every row goes to a random shard; a shard may be empty.
        var lines = File.ReadAllLines(whole);
        var shards = random.Next(2, 4);
        var rows = Enumerable.Range(0, shards).Select(_ => new List<string> { lines[0] }).ToList();
        foreach (var row in lines.Skip(1))
        {
            rows[random.Next(shards)].Add(row);
        }

        var partials = new List<string>();
        for (var shard = 0; shard < shards; shard++)
        {
            var csv = folder.File($"shard{shard}.csv");
            File.WriteAllLines(csv, rows[shard]);
            var partial = folder.File(random.Next(2) == 0 ? $"shard{shard}.json" : $"shard{shard}.bin");
            var run = SampleRun.AsProcess(folder.Path, "rollup", "--dossiers", csv, "--units", units, "--format", "json", "--out", folder.File($"out{shard}"), "--partial-out", partial, "--quiet");
            Assert.True(run.ExitCode == 0, run.Error);
            partials.Add(partial);
        }

        var merged = SampleRun.AsProcess(folder.Path, ["merge", .. partials.OrderBy(_ => random.Next()), "--period", "2025-09", "--format", "json", "--quiet"]);
        var expected = SampleRun.InProcess("rollup", "--dossiers", whole, "--units", units, "--format", "json", "--quiet");
        Assert.True(merged.ExitCode == 0, merged.Error);
        // The same report but for how it was made: the merge stands on the partials, the rollup on the whole file.
        return (WithoutGeneration(merged.Output) == WithoutGeneration(expected.Output)).Label($"{shards} shards of {lines.Length - 1} dossiers");
    });

    private static string WithoutGeneration(string json)
    {
        var start = json.IndexOf("\"generation\":", StringComparison.Ordinal);
        var end = json.IndexOf("\"period\":", start, StringComparison.Ordinal);
        return json[..start] + json[end..];
    }

    [Fact]
    public void Two_provinces_merge_under_a_national_root_whose_figures_are_their_sum()
    {
        using var folder = new TempFolder();
        var second = folder.File("second.csv");
        File.WriteAllLines(second, ["code,name,parent_code,valid_from,valid_to", "T2,Tỉnh thứ hai,,,", "T2_X1,Xã Một,T2,,", "T2_X2,Xã Hai,T2,,"]);
        var nation = folder.File("nation.csv");
        File.WriteAllLines(nation, ["code,name,parent_code,valid_from,valid_to", "VN,Việt Nam,,,", "KHANH_HOA,Tỉnh Khánh Hòa,VN,,", "T2,Tỉnh thứ hai,VN,,"]);

        var first = SampleRun.InProcess("rollup", "--synthetic-count", "5000", "--format", "json", "--out", folder.File("o1"), "--partial-out", folder.File("kh.bin"), "--quiet");
        var other = SampleRun.InProcess("rollup", "--units", second, "--synthetic-count", "3000", "--synthetic-seed", "2", "--format", "json", "--out", folder.File("o2"), "--partial-out", folder.File("t2.json"), "--quiet");
        var merged = SampleRun.InProcess("merge", folder.File("kh.bin"), folder.File("t2.json"), "--period", "2025-09", "--units", nation, "--synthetic", "--format", "json", "--quiet");

        Assert.True(merged.ExitCode == 0, merged.Error + first.Error + other.Error);
        using var nationReport = JsonDocument.Parse(merged.Output);
        using var khReport = JsonDocument.Parse(File.ReadAllText(folder.File("o1/bao-cao-2025-09.json")));
        using var t2Report = JsonDocument.Parse(File.ReadAllText(folder.File("o2/bao-cao-2025-09.json")));
        var root = Unit(nationReport, "VN");
        Assert.Equal(JsonValueKind.Null, root.GetProperty("parent").ValueKind);
        Assert.Equal("VN", Unit(nationReport, "T2").GetProperty("parent").GetString());
        Assert.All(root.GetProperty("measures").EnumerateObject(), measure => Assert.Equal(
            Measure(khReport, "KHANH_HOA", measure.Name) + Measure(t2Report, "T2", measure.Name), measure.Value.GetInt64()));
        Assert.True(Measure(nationReport, "VN", "received") > Measure(nationReport, "T2", "received"));
    }

    [Fact]
    public void Partials_of_other_periods_dossiers_counted_twice_and_damaged_files_are_bad_input_naming_the_file()
    {
        using var folder = new TempFolder();
        Assert.Equal(0, SampleRun.InProcess("rollup", "--synthetic-count", "2000", "--format", "json", "--out", folder.File("o"), "--partial-out", folder.File("a.bin"), "--partial-ids", "--quiet").ExitCode);
        Assert.Equal(0, SampleRun.InProcess("rollup", "--synthetic-count", "2000", "--period", "2025-08", "--format", "json", "--out", folder.File("o"), "--partial-out", folder.File("aug.json"), "--quiet").ExitCode);

        var otherPeriod = SampleRun.InProcess("merge", folder.File("a.bin"), "--period", "2025-08", "--format", "json");
        var twice = SampleRun.InProcess("merge", folder.File("a.bin"), folder.File("a.bin"), "--period", "2025-09", "--format", "json");
        var mixed = SampleRun.InProcess("merge", folder.File("a.bin"), folder.File("aug.json"), "--period", "2025-09", "--format", "json");
        var bytes = File.ReadAllBytes(folder.File("a.bin"));
        File.WriteAllBytes(folder.File("cut.bin"), bytes[..(bytes.Length / 2)]);
        var cut = SampleRun.InProcess("merge", folder.File("cut.bin"), "--period", "2025-09", "--format", "json");

        Assert.Equal((1, string.Empty), (otherPeriod.ExitCode, otherPeriod.Output));
        Assert.Contains("the partials count periods 2024-10,", otherPeriod.Error, StringComparison.Ordinal);
        Assert.Contains("--period 2025-08 with cut-off 15 needs 2024-09,", otherPeriod.Error, StringComparison.Ordinal);
        Assert.Equal(1, twice.ExitCode);
        Assert.Contains("field dossier_id: 2000 dossiers are counted in both partial 1 and partial 2", twice.Error, StringComparison.Ordinal);
        Assert.Equal(1, mixed.ExitCode);
        Assert.Contains("field periods: partial 2 counts periods 2024-09,", mixed.Error, StringComparison.Ordinal);
        Assert.Equal(1, cut.ExitCode);
        Assert.Contains($"error: {folder.File("cut.bin")}, field counters: byte ", cut.Error, StringComparison.Ordinal);
    }

    private static JsonElement Unit(JsonDocument report, string code) =>
        report.RootElement.GetProperty("units").EnumerateArray().Single(u => u.GetProperty("code").GetString() == code);

    private static long Measure(JsonDocument report, string code, string measure) => Unit(report, code).GetProperty("measures").GetProperty(measure).GetInt64();
}
