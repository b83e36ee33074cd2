using KhanhHoa.Governance.Sample.Cli;

namespace KhanhHoa.Governance.Sample.Tests;

public sealed class TerminalTest
{
    [Fact]
    public void Colour_and_progress_appear_only_on_an_interactive_terminal_without_quiet()
    {
        var error = new StringWriter();
        var interactive = new Terminal(new StringWriter(), error, interactive: true);
        var redirected = new Terminal(new StringWriter(), new StringWriter(), interactive: false);
        var quiet = new Terminal(new StringWriter(), new StringWriter(), interactive: true) { Quiet = true };

        interactive.Step("work", progress => progress.Report(0.5));

        Assert.Contains('\u001b', interactive.Paint("met", ConsoleColor.Green));
        Assert.Contains("[###############...............]", error.ToString(), StringComparison.Ordinal);
        Assert.Equal("met", redirected.Paint("met", ConsoleColor.Green));
        Assert.Equal("met", quiet.Paint("met", ConsoleColor.Green));
    }

    [Fact]
    public void The_summary_moves_to_standard_error_when_standard_output_carries_a_result()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var terminal = new Terminal(output, error, interactive: false) { SummaryToError = true };

        terminal.Say("summary");

        Assert.Equal(string.Empty, output.ToString());
        Assert.Equal("summary" + Environment.NewLine, error.ToString());
    }
}
