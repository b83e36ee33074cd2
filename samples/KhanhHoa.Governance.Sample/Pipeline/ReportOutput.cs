using System.CommandLine;
using System.Globalization;
using KhanhHoa.Governance.Calendar;
using KhanhHoa.Governance.Data;
using KhanhHoa.Governance.Reporting;
using KhanhHoa.Governance.Sample.Cli;
using Microsoft.Extensions.DependencyInjection;

namespace KhanhHoa.Governance.Sample.Pipeline;

/// <summary>
/// The report of a rollup's outcome, as <c>rollup</c> and <c>merge</c> write it: composed, rendered in the chosen
/// formats, summarised on the console and written to the folder all or nothing with the files that go along (a
/// partial), or the JSON alone to standard output.
/// </summary>
internal sealed class ReportOutput
{
    /// <summary>The formats <c>--format</c> accepts.</summary>
    public static readonly string[] Formats = ["json", "md", "html", "docx", "xlsx", "all"];

    private readonly Terminal terminal;
    private readonly string format;
    private readonly string folder;
    private readonly ReportLetterhead letterhead;

    /// <summary>
    /// Checks the target and reads the letterhead before any work is done, and sends the summary to standard error when
    /// the JSON goes to standard output.
    /// </summary>
    public ReportOutput(Terminal terminal, string format, DirectoryInfo? folder, FileInfo? letterhead)
    {
        this.terminal = terminal;
        this.letterhead = HostLetterhead.Load(letterhead, terminal);
        this.format = format;
        ToStandardOutput = format == "json" && folder is null;
        this.folder = folder?.ToString() ?? Path.Combine(Environment.CurrentDirectory, "out");
        if (!ToStandardOutput)
        {
            OutputFiles.CheckFolder(this.folder, "--out");
        }

        terminal.SummaryToError = ToStandardOutput;
    }

    /// <summary>The files the report of <paramref name="period"/> goes to, by the option that names their folder (none when it goes to standard output).</summary>
    public IEnumerable<(string Option, string? Path)> Targets(ReportingPeriod period) => ToStandardOutput
        ? []
        : Renderers().Select(renderer => ("--out", (string?)FileFor(period, renderer.FileExtension)));

    /// <summary>Whether the report's JSON goes to standard output rather than files.</summary>
    public bool ToStandardOutput { get; }

    /// <summary><c>--format</c>.</summary>
    public static Option<string> FormatOption()
    {
        var format = new Option<string>("--format")
        {
            Description = "The output format; 'all' writes every one. With 'json' and no --out, the JSON goes to standard output and nothing else does.",
            HelpName = string.Join('|', Formats),
            DefaultValueFactory = _ => "all",
            CustomParser = result => CliValues.OneOf("--format", Formats)(result)!,
        };
        return format;
    }

    private IEnumerable<IMonthlyReportRenderer> Renderers() => MonthlyReportRenderers.All.Where(renderer => format == "all" || renderer.Format == format);

    private string FileFor(ReportingPeriod period, string extension) => Path.Combine(folder, $"bao-cao-{period.Id}{extension}");

    /// <summary><c>--out</c>.</summary>
    public static Option<DirectoryInfo?> FolderOption() => new("--out")
    {
        Description = "The folder the files are written to (created when missing); ./out by default.",
        HelpName = "DIR",
    };

    /// <summary>
    /// Composes, renders, summarises and writes the report of <paramref name="outcome"/> on <paramref name="data"/> (the
    /// embedded data, or a host's plans) and the units' <paramref name="submitted"/> reports (none: the sample's
    /// illustrative progress), with <paramref name="alongside"/>.
    /// </summary>
    public int Write(RollupOutcome outcome, GovernanceData data, IReadOnlyList<SubmittedReport>? submitted, IServiceProvider services, IReadOnlyList<OutputFile> alongside)
    {
        var notes = new List<string>(outcome.Notes);
        var report = terminal.Step("compose the report", _ => ReportAssembly.Compose(outcome, data, letterhead, services.GetRequiredService<BusinessCalendar>(), submitted, notes));
        var renderers = Renderers().ToList();
        var rendered = terminal.Step(string.Create(CultureInfo.InvariantCulture, $"render {renderers.Count} format{(renderers.Count == 1 ? string.Empty : "s")}"), progress =>
            renderers.Select((renderer, i) =>
            {
                var bytes = renderer.RenderToBytes(report);
                progress.Report((i + 1) / (double)renderers.Count);
                return (renderer.FileExtension, Bytes: bytes);
            }).ToList());
        ReportSummary.Print(terminal, outcome, report, notes);
        if (ToStandardOutput)
        {
            // The report first: when standard output fails (exit 3), no partial is left written without its report.
            using (var stdout = new TextWriterStream(terminal.Output))
            {
                stdout.Write(rendered[0].Bytes);
            }

            if (alongside.Count > 0)
            {
                OutputFiles.Write(alongside);
            }

            return ExitCodes.Success;
        }

        var files = rendered.Select(file => (Path: FileFor(outcome.Period, file.FileExtension), file.Bytes)).ToList();
        OutputFiles.Write([.. files.Select(file => new OutputFile(file.Path, stream => stream.Write(file.Bytes))), .. alongside]);
        terminal.Say();
        terminal.Say($"Report written to {Path.GetFullPath(folder)}{Path.DirectorySeparatorChar}");
        foreach (var (path, bytes) in files)
        {
            terminal.Say(string.Create(CultureInfo.InvariantCulture, $"  {Path.GetFileName(path),-24} {bytes.Length,10:N0} bytes"));
        }

        return ExitCodes.Success;
    }
}
