using System.Diagnostics;

namespace KhanhHoa.Governance.Sample.Tests;

/// <summary>
/// A run's outputs are all or nothing even when the run is interrupted or killed: SIGTERM while the report's files are
/// staged or replaced puts the folder back as it was, and what a run killed outright left beside its targets is put
/// back or removed by the next run writing them.
/// </summary>
public sealed class OutputPlanTest
{
    private static readonly string[] Formats = ["json", "md", "html", "docx", "xlsx"];

    // The partial with its dossiers' ids (8 bytes a dossier) makes the staging long enough to be caught: the test waits
    // until a staged file appears and only then sends SIGTERM, so the signal lands while outputs are being written.
    [Fact]
    public void A_run_terminated_while_writing_leaves_the_folder_as_it_was()
    {
        using var folder = new TempFolder();
        var output = folder.File("out");
        Directory.CreateDirectory(output);
        foreach (var format in Formats)
        {
            File.WriteAllText(Path.Combine(output, $"bao-cao-2025-09.{format}"), "old");
        }

        File.WriteAllText(folder.File("p.bin"), "old");
        using var run = Start(folder.Path, "rollup", "--synthetic-count", "3000000", "--partial-ids", "--partial-out", "p.bin", "--out", "out", "-q");
        var signalled = false;
        while (!run.HasExited)
        {
            if (Directory.EnumerateFiles(folder.Path, ".*.tmp", SearchOption.AllDirectories).Any())
            {
                using var kill = Process.Start("kill", ["-TERM", run.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!;
                kill.WaitForExit();
                signalled = true;
                break;
            }

            Thread.Sleep(1);
        }

        Assert.True(run.WaitForExit(TimeSpan.FromMinutes(3)), "the host did not end");
        Assert.True(signalled, $"the run ended (exit {run.ExitCode}) before any output was staged");
        // The signal ends the process (143), or the writing thread meets the interruption first and reports it (3).
        Assert.Contains(run.ExitCode, new[] { 3, 143 });
        Assert.Empty(Directory.EnumerateFiles(folder.Path, ".*", SearchOption.AllDirectories));
        Assert.All(Formats, format => Assert.Equal("old", File.ReadAllText(Path.Combine(output, $"bao-cao-2025-09.{format}"))));
        Assert.Equal("old", File.ReadAllText(folder.File("p.bin")));
    }

    // A dead run's staged file and its backup of a target it had moved aside are gone after the next run (the backup is
    // put back first, then replaced as any old report is); a live run's files are left alone (this test's own process
    // id stands for one).
    [Fact]
    public void The_next_run_cleans_up_after_a_run_killed_outright()
    {
        using var folder = new TempFolder();
        var output = folder.File("out");
        Directory.CreateDirectory(output);
        var dead = DeadProcessId();
        var alive = Environment.ProcessId;
        File.WriteAllText(Path.Combine(output, $".bao-cao-2025-09.json.{dead}.tmp"), "staged by a killed run");
        File.WriteAllText(Path.Combine(output, $".bao-cao-2025-09.md.{dead}.bak"), "the report before the killed run");
        File.WriteAllText(Path.Combine(output, $".bao-cao-2025-09.json.{alive}.tmp"), "staged by a run still going");

        var run = SampleRun.AsProcess(folder.Path, "rollup", "--synthetic-count", "2000", "--out", "out", "-q");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            [$".bao-cao-2025-09.json.{alive}.tmp", .. Formats.SelectMany(static format => new[] { $"bao-cao-2025-09.{format}", $"bao-cao-2025-09-trinh-ky.{format}" }).Order(StringComparer.Ordinal)],
            Directory.EnumerateFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    // A provincial system reading the partial from a FIFO gets it whole, and the FIFO is still one afterwards (the host
    // once replaced it with a regular file, exit 0).
    [Fact]
    public async Task A_partial_sent_to_a_fifo_reaches_its_reader_and_the_fifo_stays()
    {
        using var folder = new TempFolder();
        var fifo = folder.File("partial.fifo");
        using (var mkfifo = Process.Start("mkfifo", [fifo])!)
        {
            await mkfifo.WaitForExitAsync();
        }

        var reader = Task.Run(() => File.ReadAllText(fifo));
        var run = SampleRun.AsProcess(folder.Path, "rollup", "--synthetic-count", "2000", "--out", "out", "--format", "md", "--partial-out", fifo, "--partial-format", "json", "-q");

        Assert.True(run.ExitCode == 0, run.Error);
        using var partial = System.Text.Json.JsonDocument.Parse(await reader.WaitAsync(TimeSpan.FromSeconds(60)));
        Assert.Equal("khanhhoa.rollup-partial/1", partial.RootElement.GetProperty("format").GetString());
        Assert.True(KhanhHoa.Governance.Sample.Cli.OutputTarget.Of(fifo).IsStream, "the FIFO was replaced by a file");
    }

    private static Process Start(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "khanhhoa-governance.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start)!;
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        return process;
    }

    // The id of a process that has ended: a child started and waited for.
    private static int DeadProcessId()
    {
        using var child = Process.Start("true")!;
        child.WaitForExit();
        return child.Id;
    }
}
