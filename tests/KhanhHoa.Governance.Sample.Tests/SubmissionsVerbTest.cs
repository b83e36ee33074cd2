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
        var line = run.Output.Split('\n').Single(static l => l.Contains("CA_TINH P06.MONTHLY 2025-09", StringComparison.Ordinal));
        Assert.EndsWith("110 figures, 0 tasks, 0 difficulties, 12 findings", line.TrimEnd());
        foreach (var violation in GovernanceData.Default.ReportFigures.Check().Violations)
        {
            Assert.Contains($"] {violation.Rule.Id}: {violation.Message}", run.Output, StringComparison.Ordinal);
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
        Assert.Equal(["CA_TINH"], p06.GetProperty("expected").EnumerateArray().Select(static e => e.GetString()));
        var sent = p06.GetProperty("submitted")[0];
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
