using System.Text.Json;
using KhanhHoa.Governance.Data;
using KhanhHoa.Governance.Indicators;

namespace KhanhHoa.Governance.Sample.Tests;

// The submissions verbs on the default run's 2025-09 set, written to a folder as a standing agency would collect it.
public sealed class SubmissionsVerbTest
{
    [Fact]
    public void Check_finds_in_the_submitted_report_87_figures_the_contradictions_of_report_87()
    {
        using var folder = new TempFolder();
        Assert.Equal(0, SampleRun.InProcess("submissions", "sample", "--out", folder.Path).ExitCode);
        var run = SampleRun.InProcess("submissions", "check", folder.Path, "--lang", "en");
        Assert.Equal(0, run.ExitCode);
        var p06 = GovernanceData.Default.DataSets.Find("P06.MONTHLY")!;
        var line = run.Output.Split('\n').Single(static l => l.Contains("CA_TINH P06.MONTHLY 2025-09", StringComparison.Ordinal));
        Assert.EndsWith($"{p06.ElementsOf("CA_TINH", KhanhHoa.Governance.Organization.OrgUnitKind.Department).Count} figures, 0 tasks, 0 difficulties, 3 findings", line.TrimEnd());
        // Each owner's door finds the contradictions within its own figures; those across owners are the compiled report's.
        var acrossOwners = new[] { "R87.SOCIAL.DISTINCT", "R87.RESIDENTS.SAME" };
        foreach (var violation in GovernanceData.Default.ReportFigures.Check().Violations)
        {
            Assert.Equal(!acrossOwners.Contains(violation.Rule.Id), run.Output.Contains($"] {violation.Rule.Id}: {violation.Message}", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Status_writes_the_json_contract_per_data_set()
    {
        using var folder = new TempFolder();
        SampleRun.InProcess("submissions", "sample", "--out", folder.Path);
        var run = SampleRun.InProcess("submissions", "status", folder.Path, "--period", "2025-09", "--as-of", "2025-09-19", "--format", "json");
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var sets = json.RootElement.GetProperty("dataSets").EnumerateArray().ToDictionary(static s => s.GetProperty("code").GetString()!);
        var p06 = sets["P06.MONTHLY"];
        // The figures' owners: Công an tỉnh, departments, sector branches, and the 65 communes, wards and the special zone.
        var expectedUnits = p06.GetProperty("expected").EnumerateArray().Select(static e => e.GetString()).ToList();
        Assert.Equal(76, expectedUnits.Count);
        Assert.Contains("THUE_KV13", expectedUnits);
        var sent = p06.GetProperty("submitted").EnumerateArray().Single(static s => s.GetProperty("unit").GetString() == "CA_TINH");
        Assert.Equal(("CA_TINH", "2025-09-11T16:00", true, 0), (sent.GetProperty("unit").GetString(), sent.GetProperty("submittedAt").GetString(), sent.GetProperty("onTime").GetBoolean(), sent.GetProperty("workingDaysLate").GetInt32()));
        var tthc = p06.GetProperty("figures").EnumerateArray().Single(static f => f.GetProperty("element").GetString() == "tthc_total");
        Assert.Equal(("sum", "2156", 1), (tthc.GetProperty("aggregation").GetString(), tthc.GetProperty("value").GetRawText(), tthc.GetProperty("units").GetInt32()));
        var bcd = sets["BCD.PROGRESS"];
        var expected = bcd.GetProperty("expected").GetArrayLength();
        Assert.Equal(79, expected);
        Assert.Equal(expected, bcd.GetProperty("submitted").GetArrayLength() + bcd.GetProperty("missing").GetArrayLength());
        Assert.Contains(bcd.GetProperty("submitted").EnumerateArray(), static s => !s.GetProperty("onTime").GetBoolean() && s.GetProperty("workingDaysLate").GetInt32() > 0);
    }

    // A bad file among good ones, as the office's folder holds it on a busy day: the clerk of Sở Y tế typed a word for a
    // percentage. The file of the sample's report the test breaks, and where.
    private const string HealthProgress = "synthetic-progress-SO_YT-2025-09.csv";

    private static TempFolder Sample()
    {
        var folder = new TempFolder();
        Assert.Equal(0, SampleRun.InProcess("submissions", "sample", "--out", folder.Path).ExitCode);
        return folder;
    }

    private static void Edit(TempFolder folder, string file, Func<string[], string[]> edit) =>
        File.WriteAllLines(folder.File(file), edit(File.ReadAllLines(folder.File(file))));

    private static Dictionary<string, JsonElement> DataSets(JsonDocument json) =>
        json.RootElement.GetProperty("dataSets").EnumerateArray().ToDictionary(static s => s.GetProperty("code").GetString()!);

    [Fact]
    public void Status_of_an_empty_folder_lists_every_expected_unit_as_missing()
    {
        using var folder = new TempFolder();
        var run = SampleRun.AsProcess(folder.Path, "submissions", "status", ".", "--period", "2025-09", "--as-of", "2025-09-19", "--format", "json");
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var bcd = DataSets(json)["BCD.PROGRESS"];
        Assert.Equal(79, bcd.GetProperty("missing").GetArrayLength());
        Assert.Equal(0, bcd.GetProperty("submitted").GetArrayLength());
        Assert.Equal(0, json.RootElement.GetProperty("rejected").GetArrayLength());

        // The office's text, in Vietnamese by default: every unit its own line, named as the office knows it.
        var text = SampleRun.AsProcess(folder.Path, "submissions", "status", ".", "--period", "2025-09", "--as-of", "2025-09-19", "--unit", "SO_YT");
        Assert.Equal(0, text.ExitCode);
        Assert.Contains("BCD.PROGRESS kỳ 2025-09 (15/08–14/09/2025), hạn gửi 11/09/2025, nơi nhận SO_KHCN: 0/79 đơn vị đã gửi, 0 đúng hạn, 0 muộn, 79 chưa gửi", text.Output, StringComparison.Ordinal);
        Assert.Contains("  nhắc     Sở Y tế (SO_YT) quá hạn 6 ngày làm việc", text.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("SO_TP", text.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_file_among_good_ones_is_listed_with_all_its_errors_and_the_good_ones_still_count()
    {
        using var folder = Sample();
        var before = SampleRun.InProcess("submissions", "status", folder.Path, "--period", "2025-09", "--as-of", "2025-09-19", "--format", "json");
        Edit(folder, HealthProgress, static lines => [lines[0], .. lines[1..3].Select(static l => l.Replace(",completed,,", ",completed,nhiều,", StringComparison.Ordinal).Replace(",progress,", ",đang làm,", StringComparison.Ordinal)), .. lines[3..]]);
        var run = SampleRun.AsProcess(folder.Path, "submissions", "status", ".", "--period", "2025-09", "--as-of", "2025-09-19", "--format", "json", "--lang", "en");
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("error: 1 of ", run.Error, StringComparison.Ordinal);
        Assert.Contains($"  {HealthProgress}: 2 errors", run.Error, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(run.Output);
        using var good = JsonDocument.Parse(before.Output);
        var rejected = Assert.Single(json.RootElement.GetProperty("rejected").EnumerateArray());
        Assert.Equal((HealthProgress, 2), (rejected.GetProperty("file").GetString(), rejected.GetProperty("errors").GetArrayLength()));
        foreach (var (code, set) in DataSets(json))
        {
            // Sở Y tế's progress file is the rejected one; its figures of report 87 come in a file of their own and still count.
            var submitted = DataSets(good)[code].GetProperty("submitted").EnumerateArray().Select(static s => s.GetProperty("unit").GetString()).Where(u => u != "SO_YT" || code == "P06.MONTHLY");
            Assert.Equal(submitted, set.GetProperty("submitted").EnumerateArray().Select(static s => s.GetProperty("unit").GetString()));
        }
    }

    [Fact]
    public void A_row_of_another_unit_rejects_the_file_naming_both_units()
    {
        using var folder = Sample();
        Edit(folder, HealthProgress, static lines => [.. lines.Select((l, i) => i == 2 ? "SO_TP" + l["SO_YT".Length..] : l)]);
        var run = SampleRun.AsProcess(folder.Path, "submissions", "check", ".", "--lang", "en");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("line 3, column 1: a row of unit 'SO_TP' in a file sent as unit 'SO_YT'", run.Error, StringComparison.Ordinal);
        // The rejected file was Sở Y tế's progress; its figures of report 87 come in a file of their own.
        Assert.DoesNotContain(run.Output.Split('\n'), static line => line.StartsWith("  SO_YT ", StringComparison.Ordinal) && line.Contains("PROGRESS", StringComparison.Ordinal));
        Assert.Contains("  SO_TP ", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_dated_after_its_arrival_is_rejected_and_the_arrival_is_kept_beside_the_declared_time()
    {
        using var folder = Sample();
        Edit(folder, HealthProgress, static lines => [lines[0], .. lines[1..].Select(static l => l.Replace(",2025-09-", ",2027-03-", StringComparison.Ordinal))]);
        // The folder's files arrived on fixed days: the test reads no wall clock.
        foreach (var file in Directory.EnumerateFiles(folder.Path))
        {
            File.SetLastWriteTimeUtc(file, new DateTime(2025, 9, 30, 1, 0, 0, DateTimeKind.Utc));
        }

        var run = SampleRun.AsProcess(folder.Path, "submissions", "check", ".", "--lang", "en");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("after it was received (2025-09-30T08:00)", run.Error, StringComparison.Ordinal);
        Assert.Contains("  CA_TINH P06.MONTHLY 2025-09 sent 2025-09-11 16:00, received 2025-09-30 08:00:", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Rollup_writes_the_report_of_the_good_files_and_exits_1_for_the_bad_one()
    {
        using var folder = Sample();
        Edit(folder, HealthProgress, static lines => [.. lines, "SO_YT,2025-09,2025-09-10T08:30,BCĐ-2025,II.I.2,xong,,,,,,"]);
        var run = SampleRun.InProcess("rollup", "--period", "2025-09", "--submissions", folder.Path, "--synthetic-count", "3000", "--format", "json", "--out", folder.File("out"), "-q");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(HealthProgress, run.Error, StringComparison.Ordinal);
        Assert.True(File.Exists(folder.File(Path.Combine("out", "bao-cao-2025-09.json"))));
    }

    // A host's tree is the run's organisation: reports of units it does not have are refused, not counted against the
    // embedded province (a two-unit tree once read "69/79 units reported").
    [Fact]
    public void Rollup_on_a_tree_of_its_own_refuses_the_reports_of_units_it_does_not_have()
    {
        using var folder = Sample();
        var units = folder.File("two-units.txt");
        File.WriteAllLines(units, ["code,name,parent_code,valid_from,valid_to", "KHANH_HOA,Tỉnh Khánh Hòa,,,", "phuong.ba-ngoi,Phường Ba Ngòi,KHANH_HOA,,"]);

        var run = SampleRun.InProcess("rollup", "--units", units, "--submissions", folder.Path, "--synthetic-count", "2000", "--format", "json", "--out", folder.File("out"), "-q");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("$.unitCode: không có đơn vị 'CA_TINH'", run.Error, StringComparison.Ordinal);
        using var report = System.Text.Json.JsonDocument.Parse(File.ReadAllText(folder.File(Path.Combine("out", "bao-cao-2025-09.json"))));
        var completeness = report.RootElement.GetProperty("completeness");
        // The tree's one commune, not the embedded province's 79 reporting units.
        Assert.Equal(1, completeness.GetProperty("expected").GetInt32());
    }
}
