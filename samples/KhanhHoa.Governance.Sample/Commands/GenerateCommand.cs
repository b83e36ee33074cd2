using System.CommandLine;
using System.Globalization;
using KhanhHoa.Governance.Data;
using KhanhHoa.Governance.Rollup;
using KhanhHoa.Governance.Sample.Cli;
using KhanhHoa.Governance.Sample.Pipeline;
using KhanhHoa.Governance.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace KhanhHoa.Governance.Sample.Commands;

/// <summary>
/// <c>generate</c>: writes the SYNTHETIC dossier CSV of the default run (or of another size, seed and date range) in
/// the dossier CSV contract, and optionally the org-units CSV it refers to, for hosts and benchmarks.
/// </summary>
internal static class GenerateCommand
{
    public static Command Create(IServiceProvider services)
    {
        var output = new Option<FileInfo?>("--out") { Description = "The dossier CSV to write; standard output when omitted.", HelpName = "FILE.csv" };
        var unitsOut = new Option<FileInfo?>("--units-out") { Description = "Also write the org-units CSV of the synthetic province (for rollup --units).", HelpName = "FILE.csv" };
        var count = CliValues.CountOption("--count", "How many dossiers.", DefaultProvince.DossierCount, DefaultProvince.MaxFileCount);
        var seed = new Option<ulong>("--seed") { Description = "The seed: the same seed gives the same file on every machine.", DefaultValueFactory = _ => DefaultProvince.Seed };
        var from = CliValues.DateOption("--from", "The first day dossiers are received (default: a year and a month before --to, as the default run generates them: 2024-08-15).");
        var to = CliValues.DateOption("--to", "The last day dossiers are received and the as-of day: later finishes are still in progress (default 2025-09-14).");
        var command = new Command("generate", "Writes SYNTHETIC dossiers (not real data) in the dossier CSV contract, calibrated to report 87/BC-BCĐ.")
        {
            output, unitsOut, count, seed, from, to,
        };
        command.SetAction(parsed =>
        {
            var terminal = SampleCommands.Prepare(parsed, services);
            var last = parsed.GetValue(to) ?? SampleDefaults.AsOf;
            var first = parsed.GetValue(from) ?? SyntheticCsv.WarmUpFrom(last.PlusYears(-1).PlusDays(1));
            if (first > last || first < SyntheticDossiers.FirstReceivingDay || last > SyntheticDossiers.LastReceivingDay)
            {
                throw CliException.BadUsage($"--from {first:uuuu-MM-dd} and --to {last:uuuu-MM-dd} must be in order and between {SyntheticDossiers.FirstReceivingDay:uuuu-MM-dd} and {SyntheticDossiers.LastReceivingDay:uuuu-MM-dd}.");
            }

            var file = parsed.GetValue(output)?.ToString();
            var unitsFile = parsed.GetValue(unitsOut)?.ToString();
            if (file is not null)
            {
                OutputFiles.CheckFile(file, "--out");
            }

            if (unitsFile is not null)
            {
                OutputFiles.CheckFile(unitsFile, "--units-out");
            }

            var hierarchy = services.GetRequiredService<GovernanceData>().OrgUnits;
            var day = DefaultProvince.RebaseDay(hierarchy, last);
            var units = hierarchy.AsOf(day).Units;
            var receiving = DefaultProvince.ReceivingUnits(units, day);
            var n = parsed.GetValue(count);
            var s = parsed.GetValue(seed);
            var label = string.Create(CultureInfo.InvariantCulture, $"generate {n:N0} synthetic dossiers");
            var files = new List<OutputFile>();
            if (file is null)
            {
                terminal.SummaryToError = true;
                using var stdout = new TextWriterStream(terminal.Output);
                terminal.Step(label, progress => SyntheticCsv.Write(stdout, receiving, first, last, n, s, progress));
            }
            else
            {
                files.Add(new OutputFile(file, stream => terminal.Step(label, progress => SyntheticCsv.Write(stream, receiving, first, last, n, s, progress))));
            }

            if (unitsFile is not null)
            {
                files.Add(new OutputFile(unitsFile, stream => OrgUnitCsvWriter.Write(stream, units)));
            }

            OutputFiles.Write(files);
            terminal.Say(string.Create(CultureInfo.InvariantCulture, $"SYNTHETIC dossiers (seed {s}, not real data) received {first:uuuu-MM-dd} to {last:uuuu-MM-dd} at {receiving.Count} units"));
            if (file is not null)
            {
                terminal.Say($"wrote {Path.GetFullPath(file)}");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
