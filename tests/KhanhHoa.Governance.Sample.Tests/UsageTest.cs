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
    public void Help_lists_the_verbs_and_succeeds()
    {
        var run = SampleRun.InProcess("--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("--quiet", run.Output, StringComparison.Ordinal);
    }
}
