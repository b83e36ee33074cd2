using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using KhanhHoa.Governance.Calendar;
using KhanhHoa.Governance.Data;
using KhanhHoa.Governance.Reporting;
using KhanhHoa.Governance.Sample.Cli;
using KhanhHoa.Governance.Sample.Pipeline;
using KhanhHoa.Governance.Submissions;
using Microsoft.Extensions.DependencyInjection;

namespace KhanhHoa.Governance.Sample.Commands;

/// <summary>
/// <c>submissions</c>: the units' monthly submissions. <c>check</c> validates a file or folder at the desk and prints what
/// it read; <c>status</c> prints completeness, timeliness, the reminder list and the province figures of a period;
/// <c>sample</c> writes the default run's 2025-09 submissions (report 87's figures, SYNTHETIC progress) to a folder.
/// </summary>
internal static class SubmissionsCommand
{
    public static Command Create(IServiceProvider services)
    {
        var command = new Command("submissions", "The units' monthly submissions: figures, task progress and difficulties, checked at the door.")
        {
            Check(services), Status(services), Sample(services),
        };
        HostPlans.AddTo(command);
        return command;
    }

    private static Argument<string> Input() => new("path")
    {
        Description = "A submission file (.csv, .json or a filled .xlsx form) or a folder of them (every .csv read together, every .json and .xlsx one by one).",
        HelpName = "FILE|DIR",
    };

    private static Command Check(IServiceProvider services)
    {
        var input = Input();
        var command = new Command("check", "Validates submissions (exit 1 with every error listed, nothing accepted) and prints what was read.") { input };
        command.SetAction(parsed =>
        {
            var terminal = SampleCommands.Prepare(parsed, services);
            var data = HostPlans.Data(parsed, services, terminal);
            var accepted = SubmissionInputs.Read(parsed.GetValue(input)!, "path", SubmissionInputs.Desk(data), terminal);
            var output = terminal.Output;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{accepted.Count} submission{(accepted.Count == 1 ? string.Empty : "s")} accepted"));
            foreach (var s in accepted)
            {
                var sub = s.Submission;
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {sub.UnitCode} {sub.DataSetCode} {sub.Period.Id} sent {sub.SubmittedAt:uuuu-MM-dd HH:mm}: {sub.Figures.Count} figures, {sub.Progress.Count} tasks, {sub.Difficulties.Count} difficulties, {s.Findings.Count} findings"));
                foreach (var finding in s.Findings)
                {
                    output.WriteLine($"    [{finding.Rule.Importance}] {finding.Rule.Id}: {finding.Message.ReplaceLineEndings(" ")}");
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Status(IServiceProvider services)
    {
        var input = Input();
        var period = new Option<string>("--period")
        {
            Description = "The period (2025-09, 2025-H1, 2025); each data set reads it under its own cut-off.",
            HelpName = "2025-09",
            Required = true,
        };
        var asOf = CliValues.DateOption("--as-of", "The day the reminders count working days from (default: today).");
        var format = new Option<string>("--format") { Description = "'text' for people, 'json' for programs (schemas/submission-status.v1.schema.json).", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("status", "Prints completeness, timeliness, the reminder list and the province figures of a period.") { input, period, asOf, format };
        command.SetAction(parsed =>
        {
            var terminal = SampleCommands.Prepare(parsed, services);
            var data = HostPlans.Data(parsed, services, terminal);
            var calendar = services.GetRequiredService<BusinessCalendar>();
            var day = CliValues.InCalendar(parsed.GetValue(asOf) ?? services.GetRequiredService<IClock>().GetCurrentInstant().InZone(services.GetRequiredService<DateTimeZone>()).Date, "--as-of");
            var periodId = parsed.GetValue(period)!;
            var desk = SubmissionInputs.Desk(data);
            var register = SubmissionRegister.Empty.Add(SubmissionInputs.Read(parsed.GetValue(input)!, "path", desk, terminal));
            var statuses = DataSetStatus.Take(desk, register, periodId, calendar, day);
            if (statuses.Count == 0)
            {
                throw CliException.BadUsage($"--period '{periodId}': no data set is reported for such a period.");
            }

            if (parsed.GetValue(format) == "json")
            {
                WriteJson(terminal.Output, periodId, day, statuses);
            }
            else
            {
                WriteText(terminal.Output, statuses);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Sample(IServiceProvider services)
    {
        var output = new Option<DirectoryInfo>("--out") { Description = "The folder to write to (created when missing).", HelpName = "DIR", Required = true };
        var command = new Command("sample", "Writes the default run's 2025-09 submissions (CSV): report 87's figures from the units that own them, and SYNTHETIC figure parts of the communes, progress and difficulties.") { output };
        command.SetAction(parsed =>
        {
            var terminal = SampleCommands.Prepare(parsed, services);
            var data = HostPlans.Data(parsed, services, terminal);
            var folder = parsed.GetValue(output)!.ToString();
            OutputFiles.CheckFolder(folder, "--out");
            var desk = SubmissionInputs.Desk(data);
            var (progress, difficulties) = DefaultSubmissions.SyntheticCsv(data, desk, services.GetRequiredService<BusinessCalendar>());
            var (figures, figureParts) = DefaultSubmissions.Report87Csv(data, desk);
            OutputFiles.Write(
            [
                new OutputFile(Path.Combine(folder, DefaultSubmissions.Report87File), stream => stream.Write(figures)),
                new OutputFile(Path.Combine(folder, DefaultSubmissions.SyntheticFiguresFile), stream => stream.Write(figureParts)),
                new OutputFile(Path.Combine(folder, DefaultSubmissions.ProgressFile), stream => stream.Write(progress)),
                new OutputFile(Path.Combine(folder, DefaultSubmissions.DifficultiesFile), stream => stream.Write(difficulties)),
            ]);
            terminal.Say($"wrote report 87's figures (from their owners) and SYNTHETIC commune figures and progress (not real data) to {Path.GetFullPath(folder)}");
            return ExitCodes.Success;
        });
        return command;
    }

    private static void WriteText(TextWriter output, IReadOnlyList<DataSetStatus> statuses)
    {
        foreach (var status in statuses)
        {
            var rate = status.Rate;
            if (rate.DataSet.InForceFrom is { } from && rate.Period.End < from)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{rate.DataSet.Code} {rate.Period.Id}: not in force (applies from {from:dd/MM/yyyy})"));
                continue;
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{rate.DataSet.Code} {rate.Period.Id} ({rate.Period.Start:dd/MM}–{rate.Period.End:dd/MM/yyyy}) due {rate.DueDate:dd/MM/yyyy} to {rate.DataSet.Recipient}: {rate.Submitted.Count}/{rate.Expected.Count} submitted, {rate.OnTime} on time, {rate.Late} late, {rate.Missing.Count} missing"));
            foreach (var late in rate.Submitted.Where(static s => !s.OnTime))
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  late     {late.Unit,-24} sent {late.SubmittedAt:dd/MM HH:mm}, {late.WorkingDaysLate} working days late"));
            }

            foreach (var reminder in rate.Reminders)
            {
                output.WriteLine(reminder.Overdue
                    ? string.Create(CultureInfo.InvariantCulture, $"  remind   {reminder.Unit,-24} overdue by {-reminder.WorkingDaysLeft} working days")
                    : string.Create(CultureInfo.InvariantCulture, $"  remind   {reminder.Unit,-24} {reminder.WorkingDaysLeft} working days left"));
            }

            foreach (var total in status.Figures.Where(static t => t.Value is not null))
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  figure   {total.Element.Code,-32} {total.Value,16} ({total.Units.Count} unit{(total.Units.Count == 1 ? string.Empty : "s")})"));
            }
        }
    }

    private static void WriteJson(TextWriter output, string periodId, LocalDate asOf, IReadOnlyList<DataSetStatus> statuses)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("schemaVersion", 1);
            json.WriteString("period", periodId);
            json.WriteString("asOf", asOf.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
            json.WriteStartArray("dataSets");
            foreach (var status in statuses)
            {
                var rate = status.Rate;
                json.WriteStartObject();
                json.WriteString("code", rate.DataSet.Code);
                json.WriteString("dueDate", rate.DueDate.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
                json.WriteString("recipient", rate.DataSet.Recipient);
                Strings(json, "expected", rate.Expected);
                json.WriteStartArray("submitted");
                foreach (var sent in rate.Submitted)
                {
                    json.WriteStartObject();
                    json.WriteString("unit", sent.Unit);
                    json.WriteString("submittedAt", sent.SubmittedAt.ToString("uuuu-MM-dd'T'HH:mm", CultureInfo.InvariantCulture));
                    json.WriteBoolean("onTime", sent.OnTime);
                    json.WriteNumber("workingDaysLate", sent.WorkingDaysLate);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                Strings(json, "missing", rate.Missing);
                json.WriteStartArray("reminders");
                foreach (var reminder in rate.Reminders)
                {
                    json.WriteStartObject();
                    json.WriteString("unit", reminder.Unit);
                    json.WriteNumber("workingDaysLeft", reminder.WorkingDaysLeft);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteStartArray("figures");
                foreach (var total in status.Figures)
                {
                    json.WriteStartObject();
                    json.WriteString("element", total.Element.Code);
                    json.WriteString("aggregation", total.Element.Aggregation == ElementAggregation.Sum ? "sum" : "none");
                    if (total.Value is { } value)
                    {
                        json.WriteNumber("value", value);
                    }
                    else
                    {
                        json.WriteNull("value");
                    }

                    json.WriteNumber("units", total.Units.Count);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
