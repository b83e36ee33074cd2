using KhanhHoa.Governance.Primitives;
using System.Diagnostics;

namespace KhanhHoa.Governance.Sample.Cli;

/// <summary>
/// The host's view of its console: where results and messages go, and whether colour and progress
/// bars are wanted. Colour and progress appear only on an interactive terminal and never with <c>--quiet</c>,
/// so output piped to another program carries no control characters.
/// </summary>
internal sealed class Terminal
{
    private readonly bool interactive;
    private readonly Func<Stream> input;

    /// <summary>A terminal writing to <paramref name="output"/> and <paramref name="error"/>.</summary>
    /// <param name="output">Standard output.</param>
    /// <param name="error">Standard error.</param>
    /// <param name="interactive">Whether a person watches (colour and progress bars).</param>
    /// <param name="input">Opens standard input, for <c>--dossiers -</c>; the process's own when omitted.</param>
    public Terminal(TextWriter output, TextWriter error, bool interactive, Func<Stream>? input = null)
    {
        Output = new GuardedWriter(output);
        Error = error;
        this.interactive = interactive;
        this.input = input ?? Console.OpenStandardInput;
    }

    /// <summary>A terminal on the process's own console.</summary>
    public static Terminal ForConsole() =>
        new(Console.Out, Console.Error, !Console.IsOutputRedirected && !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null);

    /// <summary>Standard output: results only.</summary>
    public TextWriter Output { get; }

    /// <summary>Standard error: errors, and progress on a terminal.</summary>
    public TextWriter Error { get; }

    /// <summary>Opens standard input (a pipe or a file: read it as it comes, its length is unknown).</summary>
    public Stream OpenInput() => input();

    /// <summary>Set by <c>--quiet</c>: no summary, no progress, only requested results and errors.</summary>
    public bool Quiet { get; set; }

    /// <summary>Set by <c>--lang</c>: the language of the messages a clerk reads (the submissions verbs); Vietnamese by default.</summary>
    public MessageLanguage Language { get; set; }

    /// <summary>
    /// Set when standard output carries a machine-readable result (<c>rollup --format json</c> without <c>--out</c>):
    /// the human-readable summary then goes to standard error, so standard output holds the result and nothing else.
    /// </summary>
    public bool SummaryToError { get; set; }

    /// <summary>Whether escape sequences may be written.</summary>
    public bool UsesColor => interactive && !Quiet;

    /// <summary>Writes a line of the human-readable summary (suppressed by <c>--quiet</c>).</summary>
    public void Say(string line = "")
    {
        if (!Quiet)
        {
            (SummaryToError ? Error : Output).WriteLine(line);
        }
    }

    /// <summary>Wraps <paramref name="text"/> in an ANSI colour when colour is on.</summary>
    public string Paint(string text, ConsoleColor color) => UsesColor ? $"\u001b[{AnsiCode(color)}m{text}\u001b[0m" : text;

    /// <summary>
    /// Runs <paramref name="work"/> showing a progress bar on standard error (only on a terminal) and a
    /// one-line result on standard output with the elapsed time.
    /// </summary>
    public T Step<T>(string label, Func<IProgress<double>, T> work)
    {
        var watch = Stopwatch.StartNew();
        var bar = new ProgressBar(this, label);
        var result = work(bar);
        bar.Finish();
        Say($"  {label,-40} {watch.Elapsed.TotalSeconds,6:0.00} s");
        return result;
    }

    /// <summary>Runs <paramref name="work"/> like <see cref="Step{T}"/>, for work that returns nothing.</summary>
    public void Step(string label, Action<IProgress<double>> work) => Step(label, progress =>
    {
        work(progress);
        return true;
    });

    /// <summary>Standard output failed to take a write: the host reports an output failure (exit 3), not bad input.</summary>
    internal sealed class OutputException(IOException inner) : Exception(inner.Message, inner);

    // Tells a failed write to standard output (ENOSPC on /dev/full, a closed pipe) apart from a failed read of an input,
    // which both surface as IOException.
    private sealed class GuardedWriter(TextWriter inner) : TextWriter
    {
        public override System.Text.Encoding Encoding => inner.Encoding;

        public override IFormatProvider FormatProvider => inner.FormatProvider;

        public override string NewLine
        {
            get => inner.NewLine;
#pragma warning disable CS8765 // TextWriter.NewLine's setter takes null as the platform default, as the inner writer does.
            set => inner.NewLine = value;
#pragma warning restore CS8765
        }

        public override void Write(char value) => Guard(() => inner.Write(value));

        public override void Write(string? value) => Guard(() => inner.Write(value));

        public override void Write(char[] buffer, int index, int count) => Guard(() => inner.Write(buffer, index, count));

        public override void WriteLine(string? value) => Guard(() => inner.WriteLine(value));

        public override void Flush() => Guard(inner.Flush);

        private static void Guard(Action write)
        {
            try
            {
                write();
            }
            catch (IOException failure)
            {
                throw new OutputException(failure);
            }
        }
    }

    private static int AnsiCode(ConsoleColor color) => color switch
    {
        ConsoleColor.Red or ConsoleColor.DarkRed => 31,
        ConsoleColor.Green or ConsoleColor.DarkGreen => 32,
        ConsoleColor.Yellow or ConsoleColor.DarkYellow => 33,
        ConsoleColor.Blue or ConsoleColor.DarkBlue => 34,
        ConsoleColor.Cyan or ConsoleColor.DarkCyan => 36,
        ConsoleColor.Gray or ConsoleColor.DarkGray => 90,
        _ => 39,
    };

    private sealed class ProgressBar(Terminal terminal, string label) : IProgress<double>
    {
        private const int Width = 30;
        private int shown = -1;

        public void Report(double value)
        {
            if (!terminal.UsesColor)
            {
                return;
            }

            var filled = (int)Math.Clamp(value * Width, 0, Width);
            if (filled == shown)
            {
                return;
            }

            shown = filled;
            terminal.Error.Write($"\r  {label,-40} [{new string('#', filled)}{new string('.', Width - filled)}]");
        }

        public void Finish()
        {
            if (terminal.UsesColor && shown >= 0)
            {
                terminal.Error.Write($"\r{new string(' ', Width + 46)}\r");
            }
        }
    }
}
