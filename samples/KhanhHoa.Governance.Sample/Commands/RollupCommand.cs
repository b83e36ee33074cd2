using System.CommandLine;
using System.Globalization;
using KhanhHoa.Governance.Data;
using KhanhHoa.Governance.Sample.Cli;
using KhanhHoa.Governance.Sample.Demo;
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
    public static Command Create(IServiceProvider services)
    {
        var dossiers = new Option<FileInfo?>("--dossiers")
        {
            Description = "The dossier file (docs/rollup-contract.md §1): CSV, JSON lines or an Excel workbook, told by its bytes; - reads standard input (a pipe or a FIFO works too). Without it, SYNTHETIC dossiers of the whole province are generated (not real data).",
            HelpName = "FILE.csv|FILE.jsonl|FILE.xlsx|-",
        };
        var map = new Option<FileInfo?>("--map")
        {
            Description = "A column map (schemas/dossier-column-map.v1.schema.json) for a vendor's export: its headers, value words, missing columns and date formats; maps/mot-cua-dien-tu.map.json beside the program is a typical one-door export.",
            HelpName = "MAP.json",
        };
        var sheet = new Option<string?>("--sheet")
        {
            Description = "The sheet of the --dossiers workbook to read; the first when omitted.",
            HelpName = "NAME",
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
        var format = ReportOutput.FormatOption();
        var output = ReportOutput.FolderOption();
        var letterhead = HostLetterhead.Option();
        var sectionText = HostSectionTexts.Option();
        var syntheticCount = CliValues.CountOption("--synthetic-count", "How many SYNTHETIC dossiers to generate when no --dossiers is given (tests use a smaller set); they are held in memory, so for more write them with generate and pass --dossiers.", DemoDossiers.Count, DemoDossiers.MaxInMemoryCount);
        var syntheticSeed = new Option<ulong>("--synthetic-seed")
        {
            Description = "The seed of the SYNTHETIC dossiers, mixed with the period's month so that no two periods print the same figures (2025-09 takes it as it is).",
            HelpName = "SEED",
            DefaultValueFactory = _ => DemoDossiers.Seed,
        };

        var submissions = ReportSubmissions.Option();
        var partialOut = PartialFiles.OutOption();
        var partialFormat = PartialFiles.FormatOption();
        var partialIds = new Option<bool>("--partial-ids")
        {
            Description = "The partial also keeps its dossiers' id fingerprints (8 bytes a dossier), so that merge reports dossiers counted in two partials.",
        };
        var command = new Command("rollup", "Rolls dossiers up to measures per unit and period, to the province, and writes the period's report.")
        {
            dossiers, map, sheet, units, period, cutoff, format, output, letterhead, sectionText, syntheticCount, syntheticSeed, partialOut, partialFormat, partialIds, HostPlans.Option, HostPlans.OnlyOption, submissions,
        };
        command.SetAction(parsed =>
        {
            var terminal = SampleCommands.Prepare(parsed, services);
            var report = new ReportOutput(terminal, parsed.GetValue(format)!, parsed.GetValue(output), parsed.GetValue(letterhead), parsed.GetValue(sectionText) ?? []);
            var partialFile = PartialFiles.Output(parsed.GetValue(partialOut), parsed.GetValue(partialFormat));
            var requested = CliValues.Period(parsed.GetValue(period)!, parsed.GetValue(cutoff));
            var (dossiersPath, unitsPath) = (parsed.GetValue(dossiers)?.ToString(), parsed.GetValue(units)?.ToString());
            OutputFiles.CheckApart(
                [("--dossiers", dossiersPath), ("--units", unitsPath), ("--map", parsed.GetValue(map)?.ToString()), ("--letterhead", parsed.GetValue(letterhead)?.ToString()), ("--plans", parsed.GetValue(HostPlans.Option))],
                [.. report.Targets(requested), ("--partial-out", parsed.GetValue(partialOut)?.ToString())]);

            // A host's plans are read first: a bad file stops the run before any work.
            var data = HostPlans.Data(parsed, services, terminal);

            var request = new RollupRequest(
                requested,
                dossiersPath,
                unitsPath,
                parsed.GetValue(syntheticCount),
                parsed.GetValue(syntheticSeed),
                parsed.GetValue(partialIds))
            {
                MapPath = parsed.GetValue(map)?.ToString(),
                Sheet = parsed.GetValue(sheet),
            };
            // The units given are the organisation of the whole run: the submissions too are checked against them and
            // counted for them.
            data = RollupPipeline.WithUnits(data, request, terminal);
            terminal.Say(string.Create(CultureInfo.InvariantCulture,
                $"Rollup {request.Period.Id}: {request.Period.Start:dd/MM/yyyy}–{request.Period.End:dd/MM/yyyy} (cut-off {request.Period.Cutoff})"));
            var submitted = ReportSubmissions.Resolve(parsed.GetValue(submissions), request.Period, data, demo: request.IsSynthetic && !HostPlans.Given(parsed) && unitsPath is null, services, terminal, out var rejected);
            var outcome = new RollupPipeline(data, terminal).Run(request);
            return ReportSubmissions.Exit(report.Write(outcome, data, submitted, services, partialFile(outcome.Partial)), rejected);
        });
        return command;
    }
}
