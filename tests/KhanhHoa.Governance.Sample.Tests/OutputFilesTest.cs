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
}
