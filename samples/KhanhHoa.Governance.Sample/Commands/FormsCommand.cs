using System.CommandLine;
using System.Globalization;
using KhanhHoa.Governance.Calendar;
using KhanhHoa.Governance.Data;
using KhanhHoa.Governance.Reporting.Import;
using KhanhHoa.Governance.Sample.Cli;
using KhanhHoa.Governance.Sample.Pipeline;
using KhanhHoa.Governance.Submissions;
using Microsoft.Extensions.DependencyInjection;

namespace KhanhHoa.Governance.Sample.Commands;

/// <summary>
/// <c>forms</c>: writes the Excel form each reporting unit fills in for a period, one per unit and data set
/// (<c>UNIT_DATASET_PERIOD.xlsx</c>), all or nothing. <c>submissions check</c> reads them back once filled.
/// </summary>
internal static class FormsCommand
{
    public static Command Create(IServiceProvider services)
    {
        var period = new Option<string>("--period") { Description = "The period the forms report on (2025-09, 2025-H1, 2025).", HelpName = "2025-09", Required = true };
        var dataSetOption = new Option<string?>("--data-set") { Description = "Only this data set (default: every data set reported for the period and in force).", HelpName = "CODE" };
        var unitOption = new Option<string[]>("--unit") { Description = "Only these units (default: every unit that must report).", HelpName = "CODE", AllowMultipleArgumentsPerToken = true };
        var output = new Option<DirectoryInfo>("--out") { Description = "The folder to write to (created when missing).", HelpName = "DIR", Required = true };
        var command = new Command("forms", "Writes the Excel form (.xlsx) each reporting unit fills in for a period: one per unit and data set.") { period, dataSetOption, unitOption, output };
        HostPlans.AddTo(command);
        command.SetAction(parsed =>
        {
            var terminal = SampleCommands.Prepare(parsed, services);
            var data = HostPlans.Data(parsed, services, terminal);
            var desk = SubmissionInputs.Desk(data);
            var folder = parsed.GetValue(output)!.ToString();
            OutputFiles.CheckFolder(folder, "--out");
            var forms = Forms(desk, CliValues.PeriodId(parsed.GetValue(period)!), parsed.GetValue(dataSetOption), parsed.GetValue(unitOption) ?? []);
            OutputFiles.Write([.. forms.Select(f => new OutputFile(Path.Combine(folder, f.FileName), stream => SubmissionFormWriter.Write(stream, desk, f.Unit, f.DataSet, f.Period)))]);
            terminal.Say(string.Create(CultureInfo.InvariantCulture, $"wrote {forms.Count} form{(forms.Count == 1 ? string.Empty : "s")} ({string.Join(", ", forms.GroupBy(static f => f.DataSet).Select(static g => $"{g.Key}: {g.Count()}"))}) to {Path.GetFullPath(folder)}"));
            return ExitCodes.Success;
        });
        return command;
    }

    // Every (unit, data set) that owes a report for the period, narrowed to the data set and units asked for.
    private static List<Form> Forms(SubmissionDesk desk, string periodId, string? dataSetCode, string[] units)
    {
        var dataSets = dataSetCode is null
            ? desk.DataSets.DataSets
            : [desk.DataSets.Find(dataSetCode) ?? throw CliException.BadUsage($"--data-set '{dataSetCode}': no such data set (there are {string.Join(", ", desk.DataSets.DataSets.Select(static d => d.Code))}).")];
        var forms = new List<Form>();
        foreach (var dataSet in dataSets)
        {
            if (!dataSet.ParsePeriod(periodId).TryPickT0(out var period, out var error) || (dataSet.InForceFrom is { } from && period.End < from))
            {
                if (dataSetCode is not null)
                {
                    throw CliException.BadUsage($"--period '{periodId}': {(error?.Message ?? $"data set {dataSet.Code} applies from {dataSet.InForceFrom:uuuu-MM-dd}")}.");
                }

                continue;
            }

            var expected = desk.ExpectedReporters(dataSet, period);
            forms.AddRange(expected.Where(u => units.Length == 0 || units.Contains(u, StringComparer.Ordinal)).Select(u => new Form(u, dataSet.Code, period)));
        }

        var unknown = units.Where(u => !forms.Any(f => f.Unit == u)).ToList();
        if (unknown.Count > 0)
        {
            throw CliException.BadUsage($"--unit {string.Join(", ", unknown)}: no such unit reports {(dataSetCode ?? "any data set")} for {periodId}.");
        }

        return forms.Count > 0 ? forms : throw CliException.BadUsage($"--period '{periodId}': no data set is reported for such a period.");
    }

    private sealed record Form(string Unit, string DataSet, ReportingPeriod Period)
    {
        public string FileName => $"{Unit}_{DataSet}_{Period.Id}.xlsx";
    }
}
