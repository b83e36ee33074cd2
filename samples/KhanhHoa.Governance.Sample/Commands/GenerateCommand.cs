using System.CommandLine;
using System.Globalization;
using KhanhHoa.Governance.Data;
using KhanhHoa.Governance.Rollup;
using KhanhHoa.Governance.Sample.Cli;
using KhanhHoa.Governance.Sample.Demo;
using KhanhHoa.Governance.Sample.Pipeline;
using Microsoft.Extensions.DependencyInjection;

namespace KhanhHoa.Governance.Sample.Commands;

/// <summary>
/// <c>generate</c>: writes the SYNTHETIC dossier CSV of the default run (or of another size, seed and date range) in
/// the dossier CSV contract, or as an Excel workbook in a vendor's headers and words, and optionally the org-units CSV
/// it refers to, for hosts, demos and benchmarks.
/// </summary>
internal static class GenerateCommand
{
    // An Excel sheet has 1,048,576 rows, one of them the header.
    private const int MaxSheetRows = 1_048_575;

    public static Command Create(IServiceProvider services)
    {
        var output = new Option<FileInfo?>("--out") { Description = "The dossier CSV to write, or an Excel workbook (.xlsx) as a one-door system exports it; standard output (CSV) when omitted.", HelpName = "FILE.csv|FILE.xlsx" };
        var map = new Option<FileInfo?>("--map") { Description = "With --out FILE.xlsx: write the workbook in a vendor's headers and words (a column map, as rollup --map reads it).", HelpName = "MAP.json" };
        var unitsOut = new Option<FileInfo?>("--units-out") { Description = "Also write the org-units CSV of the synthetic province (for rollup --units).", HelpName = "FILE.csv" };
        var count = CliValues.CountOption("--count", "How many dossiers.", DemoDossiers.Count, DemoDossiers.MaxFileCount);
        var seed = new Option<ulong>("--seed") { Description = "The seed: the same seed gives the same file on every machine.", DefaultValueFactory = _ => DemoDossiers.Seed };
        var from = CliValues.DateOption("--from", "The first day dossiers are received (default: a year and a month before --to, as the default run generates them: 2024-08-15).");
        var to = CliValues.DateOption("--to", "The last day dossiers are received and the as-of day: later finishes are still in progress (default 2025-09-14).");
        var command = new Command("generate", "Writes SYNTHETIC dossiers (not real data) in the dossier CSV contract, calibrated to report 87/BC-BCĐ.")
        {
            output, map, unitsOut, count, seed, from, to,
        };
        command.SetAction(parsed =>
        {
            var terminal = SampleCommands.Prepare(parsed, services);
            var last = parsed.GetValue(to) ?? SampleDefaults.AsOf;
            var first = parsed.GetValue(from) ?? DemoDossiers.WarmUpFrom(last.PlusYears(-1).PlusDays(1));
            if (first > last || first < DemoDossiers.FirstDay || last > DemoDossiers.LastDay)
            {
                throw CliException.BadUsage($"--from {first:uuuu-MM-dd} and --to {last:uuuu-MM-dd} must be in order and between {DemoDossiers.FirstDay:uuuu-MM-dd} and {DemoDossiers.LastDay:uuuu-MM-dd}.");
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

            OutputFiles.CheckApart([("--map", parsed.GetValue(map)?.ToString())], [("--out", file), ("--units-out", unitsFile)]);

            var workbook = file is not null && Path.GetExtension(file).Equals(".xlsx", StringComparison.OrdinalIgnoreCase);
            var mapFile = parsed.GetValue(map)?.ToString();
            if (mapFile is not null && !workbook)
            {
                throw CliException.BadUsage("--map writes a vendor's workbook: give --out FILE.xlsx too.");
            }

            if (workbook && parsed.GetValue(count) > MaxSheetRows)
            {
                throw CliException.BadUsage(string.Create(CultureInfo.InvariantCulture, $"--count {parsed.GetValue(count):N0}: an Excel sheet holds at most {MaxSheetRows:N0} dossiers; write CSV for more."));
            }

            var columnMap = mapFile is null ? null : GovernanceDataLoader.LoadDossierColumnMap(InputFile.ReadAllBytes(mapFile, "--map", terminal))
                .Match(loaded => loaded, errors => throw InputProblem.From(InputFile.Describe(mapFile), errors));
            var hierarchy = services.GetRequiredService<GovernanceData>().OrgUnits;
            var day = EmbeddedProvince.RebaseDay(hierarchy, last);
            var units = hierarchy.AsOf(day).Units;
            var receiving = DemoDossiers.ReceivingUnits(units, day);
            var n = parsed.GetValue(count);
            var s = parsed.GetValue(seed);
            var label = string.Create(CultureInfo.InvariantCulture, $"generate {n:N0} synthetic dossiers");
            var files = new List<OutputFile>();
            if (file is null)
            {
                terminal.SummaryToError = true;
                using var stdout = new TextWriterStream(terminal.Output);
                terminal.Step(label, progress => DemoDossiers.WriteCsv(stdout, receiving, first, last, n, s, progress));
            }
            else
            {
                files.Add(new OutputFile(file, stream => terminal.Step(label, progress =>
                {
                    if (workbook)
                    {
                        DemoDossiers.WriteWorkbook(stream, receiving, first, last, n, s, columnMap);
                    }
                    else
                    {
                        DemoDossiers.WriteCsv(stream, receiving, first, last, n, s, progress);
                    }
                })));
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
