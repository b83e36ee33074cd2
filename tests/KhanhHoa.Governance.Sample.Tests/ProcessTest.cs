using System.Text.Json;

namespace KhanhHoa.Governance.Sample.Tests;

/// <summary>The built host run as another system runs it: a child process whose output goes to pipes.</summary>
public sealed class ProcessTest
{
    // How long it takes is a benchmark's claim (HostDefaultRunBenchmarks), not a test's: a loaded machine is not a bug.
    [Fact]
    public void The_default_run_writes_every_format_to_out_in_the_working_folder()
    {
        using var folder = new TempFolder();

        var run = SampleRun.AsProcess(folder.Path, "rollup");

        Assert.True(run.ExitCode == 0, run.Error);
        foreach (var extension in new[] { ".json", ".md", ".html", ".docx", ".xlsx" })
        {
            Assert.True(File.Exists(Path.Combine(folder.Path, "out", "bao-cao-2025-09" + extension)), extension);
        }

        Assert.Contains("generate 1,000,000 synthetic dossiers", run.Output, StringComparison.Ordinal);
        Assert.Contains($"Report written to {Path.Combine(folder.Path, "out")}", run.Output, StringComparison.Ordinal);
        AssertPlainText(run.Output);
        AssertPlainText(run.Error);
    }

    [Fact]
    public void Json_to_a_pipe_is_the_only_thing_on_standard_output_and_nothing_carries_control_characters()
    {
        using var folder = new TempFolder();

        var run = SampleRun.AsProcess(folder.Path, "rollup", "--format", "json", "--synthetic-count", "20000");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal("2025-09", json.RootElement.GetProperty("period").GetProperty("id").GetString());
        Assert.Contains("I. Indicators of the province", run.Error, StringComparison.Ordinal);
        AssertPlainText(run.Output);
        AssertPlainText(run.Error);
        Assert.False(Directory.Exists(Path.Combine(folder.Path, "out")));
    }

    [Fact]
    public void Exit_codes_reach_the_calling_process()
    {
        using var folder = new TempFolder();
        var csv = Path.Combine(folder.Path, "bad.csv");
        File.WriteAllText(csv, "dossier_id,unit_code\nHS1,CA_TINH\n");

        var bad = SampleRun.AsProcess(folder.Path, "rollup", "--dossiers", "bad.csv");
        var usage = SampleRun.AsProcess(folder.Path, "rollup", "--period");

        Assert.Equal(1, bad.ExitCode);
        Assert.StartsWith("error: bad.csv, line 1, field procedure_code", bad.Error, StringComparison.Ordinal);
        Assert.Equal(2, usage.ExitCode);
        Assert.Contains("--period", usage.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(folder.Path, "out")));
    }

    private static void AssertPlainText(string text)
    {
        var control = text.FirstOrDefault(c => char.IsControl(c) && c != '\n');
        Assert.True(control == default, $"control character U+{(int)control:X4} in the output");
    }
}
