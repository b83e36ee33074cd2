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
        var run = SampleRun.InProcess("submissions", "check", folder.Path);
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
}
