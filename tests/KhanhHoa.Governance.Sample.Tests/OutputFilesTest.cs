using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KhanhHoa.Governance.Sample.Cli;

namespace KhanhHoa.Governance.Sample.Tests;

public sealed class OutputFilesTest
{
    private static OutputFile Text(string path, string text) => new(path, stream => stream.Write(System.Text.Encoding.UTF8.GetBytes(text)));

    [Fact]
    public void A_failure_while_staging_leaves_the_old_files_and_no_staged_ones()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("a.md"), "old a");

        var failure = Assert.Throws<CliException>(() => OutputFiles.Write(
        [
            Text(folder.File("a.md"), "new a"),
            Text(folder.File("b.html"), "new b"),
            new OutputFile(folder.File("c.docx"), _ => throw new IOException("disk full")),
        ]));

        Assert.Equal(ExitCodes.OutputFailed, failure.ExitCode);
        Assert.Equal("disk full; nothing was written, the output is as it was.", failure.Message);
        Assert.Equal(["a.md"], Directory.EnumerateFileSystemEntries(folder.Path).Select(Path.GetFileName));
        Assert.Equal("old a", File.ReadAllText(folder.File("a.md")));
    }

    [Fact]
    public void A_folder_the_run_created_is_removed_when_it_fails()
    {
        using var folder = new TempFolder();
        var output = Path.Combine(folder.Path, "new", "out");

        Assert.Throws<CliException>(() => OutputFiles.Write([Text(Path.Combine(output, "a.md"), "a"), new OutputFile(Path.Combine(output, "b.md"), _ => throw new IOException("no"))]));

        Assert.Empty(Directory.EnumerateFileSystemEntries(folder.Path));
    }

    [Fact]
    public void A_defect_in_a_writer_still_restores_and_is_not_disguised_as_an_output_failure()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("a.md"), "old");

        Assert.Throws<InvalidOperationException>(() => OutputFiles.Write([Text(folder.File("a.md"), "new"), new OutputFile(folder.File("b.md"), _ => throw new InvalidOperationException("bug"))]));

        Assert.Equal(["a.md"], Directory.EnumerateFileSystemEntries(folder.Path).Select(Path.GetFileName));
        Assert.Equal("old", File.ReadAllText(folder.File("a.md")));
    }

    [Fact]
    public void Every_file_of_a_successful_run_is_replaced_and_nothing_else_is_left()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("a.md"), "old a");

        OutputFiles.Write([Text(folder.File("a.md"), "new a"), Text(folder.File("b.md"), "new b")]);

        Assert.Equal(["a.md", "b.md"], Directory.EnumerateFileSystemEntries(folder.Path).Select(Path.GetFileName).Order());
        Assert.Equal("new a", File.ReadAllText(folder.File("a.md")));
        Assert.Equal("new b", File.ReadAllText(folder.File("b.md")));
    }

    [Fact]
    public async Task Two_runs_into_one_folder_take_turns_so_their_files_never_mix()
    {
        using var folder = new TempFolder();
        using var firstStaging = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        var first = Task.Run(() => OutputFiles.Write(
        [
            new OutputFile(folder.File("a.md"), stream =>
            {
                firstStaging.Set();
                release.Wait();
                stream.Write("first a"u8);
            }),
            Text(folder.File("b.md"), "first b"),
        ]));
        firstStaging.Wait();
        var secondStarted = false;
        var second = Task.Run(() => OutputFiles.Write(
        [
            new OutputFile(folder.File("a.md"), stream =>
            {
                secondStarted = true;
                stream.Write("second a"u8);
            }),
            Text(folder.File("b.md"), "second b"),
        ]));

        // While the first run holds the folder, the second does not even start staging.
        Assert.NotSame(second, await Task.WhenAny(second, Task.Delay(500)));
        Assert.False(Volatile.Read(ref secondStarted));
        release.Set();
        await Task.WhenAll(first, second);

        Assert.Equal("second a", File.ReadAllText(folder.File("a.md")));
        Assert.Equal("second b", File.ReadAllText(folder.File("b.md")));
    }

    [Fact]
    public async Task A_fifo_is_written_through_and_stays_a_fifo()
    {
        using var folder = new TempFolder();
        var fifo = folder.File("out.fifo");
        MakeFifo(fifo);
        var reader = Task.Run(() => File.ReadAllText(fifo));

        OutputFiles.Write([Text(folder.File("a.md"), "a"), Text(fifo, "through the pipe")]);

        Assert.Equal("through the pipe", await reader.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.True(OutputTarget.Of(fifo).IsStream, "the FIFO was replaced by a file");
        Assert.Equal("a", File.ReadAllText(folder.File("a.md")));
        Assert.Equal(["a.md", "out.fifo"], Directory.EnumerateFileSystemEntries(folder.Path).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void A_device_is_written_and_never_replaced()
    {
        OutputFiles.Write([Text("/dev/null", "discarded")]);

        Assert.True(OutputTarget.Of("/dev/null").IsStream, "/dev/null is no longer a device");
        Assert.Equal(string.Empty, File.ReadAllText("/dev/null"));
    }

    [Fact]
    public void A_failure_while_sending_to_a_stream_puts_the_files_back_and_says_what_cannot_be_taken_back()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("a.md"), "old a");

        var failure = Assert.Throws<CliException>(() => OutputFiles.Write([Text(folder.File("a.md"), "new a"), new OutputFile("/dev/null", _ => throw new IOException("Broken pipe"))]));

        Assert.Equal(ExitCodes.OutputFailed, failure.ExitCode);
        Assert.Equal("Broken pipe; the files of this run were put back as they were (what /dev/null already received cannot be taken back).", failure.Message);
        Assert.Equal("old a", File.ReadAllText(folder.File("a.md")));
        Assert.Equal(["a.md"], Directory.EnumerateFileSystemEntries(folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void A_link_keeps_pointing_at_the_document_it_names_which_is_replaced()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.File("real"));
        File.WriteAllText(folder.File("real/report.md"), "old");
        File.CreateSymbolicLink(folder.File("report.md"), Path.Combine("real", "report.md"));

        OutputFiles.Write([Text(folder.File("report.md"), "new")]);

        Assert.Equal(Path.Combine("real", "report.md"), new FileInfo(folder.File("report.md")).LinkTarget);
        Assert.Equal("new", File.ReadAllText(folder.File("real/report.md")));
        Assert.Equal(["report.md"], Directory.EnumerateFileSystemEntries(folder.File("real")).Select(Path.GetFileName));
    }

    // A loop of links names no file: an output failure before any work, not bad input.
    [Fact]
    public void A_loop_of_links_is_an_output_failure_and_nothing_is_written()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("a.md"), "old a");
        File.CreateSymbolicLink(folder.File("loop1"), "loop2");
        File.CreateSymbolicLink(folder.File("loop2"), "loop1");

        var failure = Assert.Throws<CliException>(() => OutputFiles.Write([Text(folder.File("a.md"), "new a"), Text(folder.File("loop1"), "x")]));

        Assert.Equal(ExitCodes.OutputFailed, failure.ExitCode);
        Assert.EndsWith("; nothing was written, the output is as it was.", failure.Message, StringComparison.Ordinal);
        Assert.Equal("old a", File.ReadAllText(folder.File("a.md")));
    }

    // One output of a random set: a name from a small pool (so two outputs of a run, or an output and a file already
    // there, often share one), its content, and whether its writer fails.
    private static Arbitrary<(int Name, int Content, bool Fails)[]> Plans =>
        (from name in Gen.Choose(0, 5)
         from content in Gen.Choose(0, 1000)
         from fails in Gen.Choose(0, 6).Select(static roll => roll == 0)
         select (name, content, fails)).ArrayOf().Where(static plan => plan.Length > 0).ToArbitrary();

    // Law: for any set of output paths over a folder holding other files, a run either writes every output and changes
    // nothing else, or (a writer fails, two outputs collide) leaves every file byte for byte as it was.
    [Property(MaxTest = 200)]
    public Property A_run_writes_all_its_outputs_or_changes_nothing() => Prop.ForAll(Plans, Gen.Choose(0, 63).ToArbitrary(), (plan, present) =>
    {
        using var folder = new TempFolder();
        string Name(int name) => folder.File($"f{name}.out");
        for (var name = 0; name < 6; name++)
        {
            if ((present & (1 << name)) != 0)
            {
                File.WriteAllText(Name(name), $"before {name}");
            }
        }

        var before = Snapshot(folder.Path);
        var files = plan.Select(output => new OutputFile(Name(output.Name), stream =>
        {
            if (output.Fails)
            {
                throw new IOException("disk full");
            }

            stream.Write(System.Text.Encoding.UTF8.GetBytes($"new {output.Content}"));
        })).ToList();
        var collides = plan.Select(static output => output.Name).Distinct().Count() < plan.Length;

        try
        {
            OutputFiles.Write(files);
        }
        catch (CliException refused)
        {
            var kept = Snapshot(folder.Path).SequenceEqual(before);
            return (kept && (collides || plan.Any(static output => output.Fails))).Label($"refused ({refused.Message}); kept: {kept}");
        }

        var expected = new SortedDictionary<string, string>(before, StringComparer.Ordinal);
        foreach (var output in plan)
        {
            expected[Path.GetFileName(Name(output.Name))] = $"new {output.Content}";
        }

        return (!collides && !plan.Any(static output => output.Fails) && Snapshot(folder.Path).SequenceEqual(expected)).Label("written");
    });

    private static SortedDictionary<string, string> Snapshot(string folder) =>
        new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(static file => Path.GetFileName(file), File.ReadAllText), StringComparer.Ordinal);

    private static void MakeFifo(string path)
    {
        using var mkfifo = System.Diagnostics.Process.Start("mkfifo", [path])!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }
}
