using System.CommandLine;
using System.Globalization;
using KhanhHoa.Governance.Data;
using KhanhHoa.Governance.Rollup;
using KhanhHoa.Governance.Sample.Cli;
using KhanhHoa.Governance.Sample.Pipeline;
using Microsoft.Extensions.DependencyInjection;

namespace KhanhHoa.Governance.Sample.Commands;

/// <summary>
/// <c>merge</c>: the partials of several provinces or shards (written by <c>rollup --partial-out</c>, here or on other
/// machines) merged into one, and the report of the merged tree; <c>--units</c> adds the units above the provinces'
/// roots (a national root) and re-parents those roots.
/// </summary>
internal static class MergeCommand
{
    public static Command Create(IServiceProvider services)
    {
        var files = new Argument<FileInfo[]>("FILE")
        {
            Description = "The partials, binary or JSON (docs/partial-format.md); - reads one from standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var period = new Option<string>("--period")
        {
            Description = "The reporting period the partials were rolled up for (rollup's --period).",
            HelpName = "2025-09|2025-Q3|2025",
            Required = true,
        };
        var cutoff = CliValues.CutoffOption();
        var units = new Option<FileInfo?>("--units")
        {
            Description = "An org-units CSV (docs/rollup-contract.md §2) of units to add above the partials' trees, e.g. a national root and the provinces' roots with it as parent; its rows replace the partials' units of the same code.",
            HelpName = "FILE.csv",
        };
        var synthetic = new Option<bool>("--synthetic")
        {
            Description = "The partials were counted from SYNTHETIC dossiers (as the default rollup's are): the report labels its figures so.",
        };
        var format = ReportOutput.FormatOption();
        var output = ReportOutput.FolderOption();
        var letterhead = HostLetterhead.Option();
        var sectionText = HostSectionTexts.Option();
        var partialOut = PartialFiles.OutOption();
        var partialFormat = PartialFiles.FormatOption();
        var submissions = ReportSubmissions.Option();
        var command = new Command("merge", "Merges the rollup partials of provinces or shards and writes the report of the merged tree.")
        {
            files, period, cutoff, units, synthetic, format, output, letterhead, sectionText, partialOut, partialFormat, submissions,
        };
        command.SetAction(parsed =>
        {
            var terminal = SampleCommands.Prepare(parsed, services);
            var report = new ReportOutput(terminal, parsed.GetValue(format)!, parsed.GetValue(output), parsed.GetValue(letterhead), parsed.GetValue(sectionText) ?? []);
            var partialFile = PartialFiles.Output(parsed.GetValue(partialOut), parsed.GetValue(partialFormat));
            var requested = CliValues.Period(parsed.GetValue(period)!, parsed.GetValue(cutoff));
            var paths = parsed.GetValue(files)!.Select(file => file.ToString()).ToList();
            var unitsPath = parsed.GetValue(units)?.ToString();
            OutputFiles.CheckApart(
                [.. paths.Select(static path => ("partial", (string?)path)), ("--units", unitsPath), ("--letterhead", parsed.GetValue(letterhead)?.ToString())],
                [.. report.Targets(requested), ("--partial-out", parsed.GetValue(partialOut)?.ToString())]);
            terminal.Say(string.Create(CultureInfo.InvariantCulture, $"Merge {paths.Count} partials for {requested.Id}"));

            var partials = terminal.Step("read the partials", progress => paths.Select((path, i) =>
            {
                var partial = PartialFiles.Read(path, terminal);
                progress.Report((i + 1) / (double)paths.Count);
                return partial;
            }).ToList());
            var named = string.Join(", ", paths.Select((path, i) => string.Create(CultureInfo.InvariantCulture, $"{i + 1} = {InputFile.Describe(path)}")));
            var merged = RollupPartial.MergeAll(partials).Match(partial => partial, errors => throw InputProblem.From($"the partials ({named})", errors));
            var expected = RollupRequest.PeriodsFor(requested);
            if (!merged.Periods.SequenceEqual(expected))
            {
                throw CliException.BadInput($"the partials count periods {Ids(merged.Periods)} (cut-off {merged.Periods[0].Cutoff}); --period {requested.Id} with cut-off {requested.Cutoff} needs {Ids(expected)}.");
            }

            // The file's units replace the partials' of the same code (a province root given a parent) and add the rest.
            var above = unitsPath is null ? [] : RollupPipeline.ReadUnits(unitsPath, terminal);
            var replaced = above.Select(unit => unit.Code).ToHashSet(StringComparer.Ordinal);
            var tree = above.Concat(merged.Units.Where(unit => !replaced.Contains(unit.Code))).ToList();
            var engine = RollupEngine.Create(tree, merged.Periods, merged.Rebase).Match(engine => engine, errors =>
                throw InputProblem.From(unitsPath is null ? $"the partials' units ({named})" : $"{InputFile.Describe(unitsPath)} with the partials' units", errors));
            var result = engine.Complete(merged).Match(result => result, errors => throw InputProblem.From($"the partials ({named})", errors));
            var source = string.Create(CultureInfo.InvariantCulture, $"{paths.Count} merged partials{(parsed.GetValue(synthetic) ? " of SYNTHETIC dossiers" : string.Empty)}");
            var outcome = new RollupOutcome(requested, result, merged, tree, merged.DossierCount, parsed.GetValue(synthetic), source, []);
            outcome = outcome with { Notes = RollupPipeline.UnallocatedNotes(outcome.Current), Inputs = [.. InputFingerprints.Of([.. paths, unitsPath])] };
            // The submissions are checked against the merged tree and counted for its units, as the report's figures are.
            var data = RollupPipeline.WithTree(services.GetRequiredService<GovernanceData>(), tree, requested.End, unitsPath is null ? $"the partials' units ({named})" : $"{InputFile.Describe(unitsPath)} with the partials' units");
            var submitted = ReportSubmissions.Resolve(parsed.GetValue(submissions), requested, data, demo: parsed.GetValue(synthetic), services, terminal, out var rejected);
            return ReportSubmissions.Exit(report.Write(outcome, data, submitted, services, partialFile(merged)), rejected);
        });
        return command;
    }

    private static string Ids(IEnumerable<Calendar.ReportingPeriod> periods) => string.Join(", ", periods.Select(period => period.Id));
}
