using System.CommandLine;
using System.Globalization;
using KhanhHoa.Governance.Data;
using KhanhHoa.Governance.Calendar;
using KhanhHoa.Governance.Reporting;
using KhanhHoa.Governance.Sample.Cli;
using KhanhHoa.Governance.Sample.Pipeline;
using Microsoft.Extensions.DependencyInjection;

namespace KhanhHoa.Governance.Sample.Commands;

/// <summary>
/// <c>rollup</c>: dossiers to measures per unit for a reporting period, rolled up to the province. Without
/// <c>--dossiers</c> it runs on the embedded default data and a SYNTHETIC province of dossiers. The units' submissions
/// (<c>--submissions</c>, or for 2025-09 the embedded set: report 87's figures and SYNTHETIC progress) give the task
/// section, completeness and the submitted figures' indicators.
/// </summary>
internal static class RollupCommand
{
    /// <summary>The formats <c>--format</c> accepts.</summary>
    public static readonly string[] Formats = ["json", "md", "html", "docx", "xlsx", "all"];

    public static Command Create(IServiceProvider services)
    {
        var dossiers = new Option<FileInfo?>("--dossiers")
        {
            Description = "The dossier CSV (docs/rollup-contract.md §1); - reads standard input (a pipe or a FIFO works too). Without it, SYNTHETIC dossiers of the whole province are generated (not real data).",
            HelpName = "FILE.csv|-",
        };
        var units = new Option<FileInfo?>("--units")
        {
            Description = "The org-units CSV (docs/rollup-contract.md §2); the embedded Khánh Hòa hierarchy when omitted.",
            HelpName = "FILE.csv",
        };
        var period = new Option<string>("--period")
        {
            Description = "The reporting period: a month (2025-09), a quarter (2025-Q3), a half (2025-H1), nine months (2025-9M) or a year (2025).",
            HelpName = "2025-09|2025-Q3|2025",
            DefaultValueFactory = _ => SampleDefaults.PeriodId,
        };
        var cutoff = CliValues.CutoffOption();
        var format = new Option<string>("--format")
        {
            Description = "The output format; 'all' writes every one. With 'json' and no --out, the JSON goes to standard output and nothing else does.",
            HelpName = string.Join('|', Formats),
            DefaultValueFactory = _ => "all",
        };
        format.AcceptOnlyFromAmong(Formats);
        var output = new Option<DirectoryInfo?>("--out")
        {
            Description = "The folder the files are written to (created when missing); ./out by default.",
            HelpName = "DIR",
        };
        var syntheticCount = CliValues.CountOption("--synthetic-count", "How many SYNTHETIC dossiers to generate when no --dossiers is given (tests use a smaller set); they are held in memory, so for more write them with generate and pass --dossiers.", DefaultProvince.DossierCount, DefaultProvince.MaxInMemoryCount);
        var syntheticSeed = new Option<ulong>("--synthetic-seed")
        {
            Description = "The seed of the SYNTHETIC dossiers.",
            HelpName = "SEED",
            DefaultValueFactory = _ => DefaultProvince.Seed,
        };

        var submissions = new Option<string?>("--submissions")
        {
            Description = "The units' submissions (a file or a folder of .csv and .json, as 'submissions check' reads them): the task section, completeness and submitted figures come from them. Without it, the period 2025-09 uses the embedded set (report 87's figures from Công an tỉnh, SYNTHETIC progress from the other units); other periods show SYNTHETIC illustrative progress.",
            HelpName = "FILE|DIR",
        };
        var command = new Command("rollup", "Rolls dossiers up to measures per unit and period, to the province, and writes the period's report.")
        {
            dossiers, units, period, cutoff, format, output, syntheticCount, syntheticSeed, submissions,
        };
        command.SetAction(parsed =>
        {
            var terminal = SampleCommands.Prepare(parsed, services);
            var chosen = parsed.GetValue(format)!;
            var folder = parsed.GetValue(output);
            var toStandardOutput = chosen == "json" && folder is null;
            var target = folder?.ToString() ?? Path.Combine(Environment.CurrentDirectory, "out");
            if (!toStandardOutput)
            {
                OutputFiles.CheckFolder(target, "--out");
            }

            terminal.SummaryToError = toStandardOutput;
            var request = new RollupRequest(
                CliValues.Period(parsed.GetValue(period)!, parsed.GetValue(cutoff)),
                parsed.GetValue(dossiers)?.ToString(),
                parsed.GetValue(units)?.ToString(),
                parsed.GetValue(syntheticCount),
                parsed.GetValue(syntheticSeed));
            terminal.Say(string.Create(CultureInfo.InvariantCulture,
                $"Rollup {request.Period.Id}: {request.Period.Start:dd/MM/yyyy}–{request.Period.End:dd/MM/yyyy} (cut-off {request.Period.Cutoff})"));
            var data = services.GetRequiredService<GovernanceData>();
            var calendar = services.GetRequiredService<BusinessCalendar>();
            var submitted = Submissions(parsed.GetValue(submissions), request.Period, data, calendar, terminal);
            var outcome = new RollupPipeline(data, terminal).Run(request);
            var notes = new List<string>(outcome.Notes);
            var report = terminal.Step("compose the report", _ => ReportAssembly.Compose(outcome, data, calendar, submitted, notes));
            var renderers = MonthlyReportRenderers.All.Where(renderer => chosen == "all" || renderer.Format == chosen).ToList();
            var rendered = terminal.Step(string.Create(CultureInfo.InvariantCulture, $"render {renderers.Count} format{(renderers.Count == 1 ? string.Empty : "s")}"), progress =>
                renderers.Select((renderer, i) =>
                {
                    var bytes = renderer.RenderToBytes(report);
                    progress.Report((i + 1) / (double)renderers.Count);
                    return (renderer.FileExtension, Bytes: bytes);
                }).ToList());
            ReportSummary.Print(terminal, outcome, report, notes);
            if (toStandardOutput)
            {
                using var stdout = new TextWriterStream(terminal.Output);
                stdout.Write(rendered[0].Bytes);
                return ExitCodes.Success;
            }

            var files = rendered.Select(file => (Name: $"bao-cao-{request.Period.Id}{file.FileExtension}", file.Bytes)).ToList();
            OutputFiles.Write([.. files.Select(file => new OutputFile(Path.Combine(target, file.Name), stream => stream.Write(file.Bytes)))]);
            terminal.Say();
            terminal.Say($"Report written to {Path.GetFullPath(target)}{Path.DirectorySeparatorChar}");
            foreach (var (name, bytes) in files)
            {
                terminal.Say(string.Create(CultureInfo.InvariantCulture, $"  {name,-24} {bytes.Length,10:N0} bytes"));
            }

            return ExitCodes.Success;
        });
        return command;
    }

    // A host's submissions are its units' own reports; the embedded set is labelled per submission.
    private static IReadOnlyList<SubmittedReport>? Submissions(string? path, ReportingPeriod period, GovernanceData data, BusinessCalendar calendar, Terminal terminal)
    {
        var desk = SubmissionInputs.Desk(data);
        if (path is not null)
        {
            return terminal.Step("read the submissions", _ => SubmissionInputs.Read(path, "--submissions", desk, terminal).Select(static s => new SubmittedReport(s, Provenance.Reported)).ToList());
        }

        return period.Kind == ReportingPeriodKind.Month && period.Id == DefaultSubmissions.PeriodId
            ? terminal.Step("read the embedded submissions", _ => DefaultSubmissions.Read(data, desk, calendar))
            : null;
    }
}
