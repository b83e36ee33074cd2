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
    private readonly IReadOnlyDictionary<string, IReadOnlyList<string>> sectionTexts;

    /// <summary>
    /// Checks the target and reads the letterhead and the office's section texts before any work is done, and sends the
    /// summary to standard error when the JSON goes to standard output.
    /// </summary>
    public ReportOutput(Terminal terminal, string format, DirectoryInfo? folder, FileInfo? letterhead, IReadOnlyList<string> sectionTexts)
    {
        this.terminal = terminal;
        this.letterhead = HostLetterhead.Load(letterhead, terminal);
        this.sectionTexts = HostSectionTexts.Load(sectionTexts, terminal);
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
        : Purposes.SelectMany(purpose => Renderers().Select(renderer => ("--out", (string?)FileFor(period, purpose, renderer.FileExtension))));

    // Files: the review (everything, synthetic items labelled, the data-quality annex) keeps the name the files always
    // had; the signable copy, only what the units reported, is "-trinh-ky" (for signature). Standard output gets the review.
    private IEnumerable<ReportPurpose> Purposes => ToStandardOutput ? [ReportPurpose.Review] : [ReportPurpose.Review, ReportPurpose.Signable];

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

    private string FileFor(ReportingPeriod period, ReportPurpose purpose, string extension) =>
        Path.Combine(folder, $"bao-cao-{period.Id}{(purpose == ReportPurpose.Signable ? "-trinh-ky" : string.Empty)}{extension}");

    private static string Describe(ReportPurpose purpose) => purpose == ReportPurpose.Signable
        ? "signable: only the figures the units reported, for the office to complete and sign"
        : "review: everything, synthetic data labelled, judgements and data-quality findings";

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
        var calendar = services.GetRequiredService<BusinessCalendar>();
        var purposes = Purposes.ToList();
        var reports = terminal.Step(purposes.Count == 1 ? "compose the report" : "compose review and signable", _ =>
            purposes.Select(purpose => ReportAssembly.Compose(outcome, data, letterhead, calendar, submitted, purpose == ReportPurpose.Review ? notes : [], purpose, sectionTexts)).ToList());
        var renderers = Renderers().ToList();
        var count = renderers.Count * reports.Count;
        var rendered = terminal.Step(string.Create(CultureInfo.InvariantCulture, $"render {count} file{(count == 1 ? string.Empty : "s")}"), progress =>
            reports.SelectMany(report => renderers.Select(renderer => (Report: report, Renderer: renderer))).Select((pair, i) =>
            {
                var bytes = pair.Renderer.RenderToBytes(pair.Report);
                progress.Report((i + 1) / (double)count);
                return (pair.Report.Purpose, pair.Renderer.FileExtension, Bytes: bytes);
            }).ToList());
        ReportSummary.Print(terminal, outcome, reports[0], notes);
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

        var files = rendered.Select(file => (file.Purpose, Path: FileFor(outcome.Period, file.Purpose, file.FileExtension), file.Bytes)).ToList();
        OutputFiles.Write([.. files.Select(file => new OutputFile(file.Path, stream => stream.Write(file.Bytes))), .. alongside]);
        terminal.Say();
        terminal.Say($"Report written to {Path.GetFullPath(folder)}{Path.DirectorySeparatorChar}");
        foreach (var group in files.GroupBy(static file => file.Purpose))
        {
            terminal.Say($" {Describe(group.Key)}:");
            foreach (var (_, path, bytes) in group)
            {
                terminal.Say(string.Create(CultureInfo.InvariantCulture, $"  {Path.GetFileName(path),-32} {bytes.Length,10:N0} bytes"));
            }
        }

        return ExitCodes.Success;
    }
}
