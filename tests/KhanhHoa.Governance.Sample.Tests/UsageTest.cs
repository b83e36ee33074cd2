namespace KhanhHoa.Governance.Sample.Tests;

public sealed class UsageTest
{
    [Fact]
    public void Unknown_verb_is_bad_usage()
    {
        var run = SampleRun.InProcess("frobnicate");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("frobnicate", run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Output);
    }

    [Fact]
    public void No_verb_is_bad_usage()
    {
        var run = SampleRun.InProcess();

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.NotEqual(string.Empty, run.Error);
    }

    [Fact]
    public void Help_lists_the_verbs_and_succeeds()
    {
        var run = SampleRun.InProcess("--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("--quiet", run.Output, StringComparison.Ordinal);
        foreach (var verb in new[] { "rollup", "calendar", "plan", "check", "generate" })
        {
            Assert.Contains(verb, run.Output, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("rollup", "--dossiers")]
    [InlineData("calendar", "periods")]
    [InlineData("calendar day", "date")]
    [InlineData("plan", "five-clears")]
    [InlineData("plan status", "--as-of")]
    [InlineData("check", "--figures")]
    [InlineData("generate", "--count")]
    public void Every_verb_has_help(string verb, string expected)
    {
        var run = SampleRun.InProcess([.. verb.Split(' '), "--help"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(expected, run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("rollup --period 2025-13", "--period '2025-13'")]
    [InlineData("rollup --period September", "--period 'September'")]
    [InlineData("rollup --cutoff 31", "--cutoff '31'")]
    [InlineData("rollup --format pdf", "pdf")]
    [InlineData("rollup --synthetic-count 0", "--synthetic-count")]
    [InlineData("rollup --dossiers", "--dossiers")]
    [InlineData("calendar add 2025-09-01", "working-days")]
    [InlineData("calendar day 2025-02-30", "'2025-02-30'")]
    [InlineData("calendar day 1900-01-01", "1900-01-01")]
    [InlineData("calendar periods 2025 --kind week", "week")]
    [InlineData("plan tasks", "plan")]
    [InlineData("plan tasks 9999/KH-UBND", "9999/KH-UBND")]
    [InlineData("plan matrix NOBODY", "NOBODY")]
    [InlineData("plan status 3433/KH-UBND --progress maybe", "maybe")]
    [InlineData("check --format yaml", "yaml")]
    [InlineData("generate --count -5", "--count")]
    [InlineData("generate --from 2025-09-14 --to 2025-01-01", "--from")]
    public void Missing_or_invalid_arguments_are_bad_usage_named_on_standard_error(string arguments, string named)
    {
        var run = SampleRun.InProcess(arguments.Split(' '));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(named, run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Output);
    }
}
