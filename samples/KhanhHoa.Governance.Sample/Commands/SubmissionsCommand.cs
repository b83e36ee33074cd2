using System.CommandLine;
using System.Globalization;
using KhanhHoa.Governance.Calendar;
using KhanhHoa.Governance.Data;
using KhanhHoa.Governance.Indicators;
using KhanhHoa.Governance.Organization;
using KhanhHoa.Governance.Primitives;
using KhanhHoa.Governance.Reporting;
using KhanhHoa.Governance.Sample.Cli;
using KhanhHoa.Governance.Sample.Demo;
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
        var command = new Command("check", "Validates submissions file by file and prints what was read (exit 1 when any file is rejected: each is listed with all its errors, the others still count).") { input };
        command.SetAction(parsed =>
        {
            var terminal = SampleCommands.Prepare(parsed, services);
            var intake = Read(parsed, input, services, terminal);
            var accepted = intake.Accepted;
            var output = terminal.Output;
            var language = terminal.Language;
            output.WriteLine(SubmissionMessages.Format(language, "check.accepted", accepted.Count));
            foreach (var s in accepted)
            {
                var sub = s.Submission;
                var received = sub.ReceivedAt is { } at ? SubmissionMessages.Format(language, "check.received", Time(at)) : string.Empty;
                output.WriteLine(SubmissionMessages.Format(language, "check.submission", sub.UnitCode, sub.DataSetCode, sub.Period.Id, Time(sub.SubmittedAt), received,
                    sub.Figures.Count, sub.Progress.Count, sub.Difficulties.Count, s.Findings.Count));
                foreach (var finding in s.Findings)
                {
                    output.WriteLine($"    [{finding.Rule.Importance}] {finding.Rule.Id}: {finding.Message.ReplaceLineEndings(" ")}");
                }
            }

            return SubmissionInputs.ListRejected(intake, terminal) ? ExitCodes.BadInput : ExitCodes.Success;
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
        var unit = new Option<string?>("--unit") { Description = "Only this unit's line in each data set it reports (text output).", HelpName = "CODE" };
        var command = new Command("status", "Prints completeness, timeliness, the reminder list and the province figures of a period (exit 1 when any file is rejected; the others still count).") { input, period, asOf, format, unit };
        command.SetAction(parsed =>
        {
            var terminal = SampleCommands.Prepare(parsed, services);
            var data = HostPlans.Data(parsed, services, terminal);
            var calendar = services.GetRequiredService<BusinessCalendar>();
            var day = CliValues.InCalendar(parsed.GetValue(asOf) ?? services.GetRequiredService<IClock>().GetCurrentInstant().InZone(services.GetRequiredService<DateTimeZone>()).Date, "--as-of");
            var periodId = CliValues.PeriodId(parsed.GetValue(period)!);
            var only = parsed.GetValue(unit);
            if (only is not null && data.OrgUnits.Find(only) is null)
            {
                throw CliException.BadUsage($"--unit '{only}': no such unit.");
            }

            var intake = Read(parsed, input, services, terminal);
            var status = SubmissionStatus.Take(SubmissionInputs.Desk(data), intake, periodId, calendar, day);
            if (status.DataSets.Count == 0)
            {
                throw CliException.BadUsage($"--period '{periodId}': no data set is reported for such a period.");
            }

            if (parsed.GetValue(format) == "json")
            {
                WriteJson(terminal.Output, status);
            }
            else
            {
                WriteText(terminal.Output, status.DataSets, only, data.OrgUnits, terminal.Language);
            }

            return SubmissionInputs.ListRejected(intake, terminal) ? ExitCodes.BadInput : ExitCodes.Success;
        });
        return command;
    }

    private static SubmissionIntake Read(ParseResult parsed, Argument<string> input, IServiceProvider services, Terminal terminal) =>
        SubmissionInputs.Read(parsed.GetValue(input)!, "path", SubmissionInputs.Desk(HostPlans.Data(parsed, services, terminal), terminal.Language), terminal,
            services.GetRequiredService<IClock>(), services.GetRequiredService<DateTimeZone>());

    private static string Time(LocalDateTime time) => time.ToString("uuuu-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static Command Sample(IServiceProvider services)
    {
        var output = new Option<DirectoryInfo>("--out") { Description = "The folder to write to (created when missing).", HelpName = "DIR", Required = true };
        var command = new Command("sample", "Writes the default run's 2025-09 submissions, one file per unit: report 87's figures from the units that own them (JSON), and SYNTHETIC figure parts of the communes, progress and difficulties (CSV).") { output };
        command.SetAction(parsed =>
        {
            var terminal = SampleCommands.Prepare(parsed, services);
            var data = HostPlans.Data(parsed, services, terminal);
            var folder = parsed.GetValue(output)!.ToString();
            OutputFiles.CheckFolder(folder, "--out");
            var desk = SubmissionInputs.Desk(data);
            var (figures, figureParts) = DemoSubmissions.Report87Files(data, desk);
            var synthetic = DemoSubmissions.SyntheticCsv(data, desk, services.GetRequiredService<BusinessCalendar>());
            OutputFiles.Write(
            [
                .. figures.Concat(figureParts).Concat(synthetic).Select(file => new OutputFile(Path.Combine(folder, file.Name), stream => stream.Write(file.Content))),
            ]);
            terminal.Say($"wrote report 87's figures (from their owners) and SYNTHETIC commune figures and progress (not real data) to {Path.GetFullPath(folder)}");
            return ExitCodes.Success;
        });
        return command;
    }

    private static void WriteText(TextWriter output, IReadOnlyList<DataSetStatus> statuses, string? only, OrgHierarchy units, MessageLanguage language)
    {
        string Say(string key, params object?[] args) => SubmissionMessages.Format(language, key, args);

        // A reminder names the unit as the office knows it: Sở Y tế (SO_YT).
        string Unit(string code) => units.Find(code) is { } unit ? $"{unit.Name} ({code})" : code;
        foreach (var status in statuses)
        {
            var rate = status.Rate;
            if (rate.DataSet.InForceFrom is { } from && rate.Period.End < from)
            {
                output.WriteLine(Say("status.notInForce", rate.DataSet.Code, rate.Period.Id, Day(from)));
                continue;
            }

            output.WriteLine(Say("status.dataSet", rate.DataSet.Code, rate.Period.Id, rate.Period.Start.ToString("dd/MM", CultureInfo.InvariantCulture), Day(rate.Period.End),
                Day(rate.DueDate), rate.DataSet.Recipient, rate.Submitted.Count, rate.Expected.Count, rate.OnTime, rate.Late, rate.Missing.Count));
            if (only is not null && !rate.Expected.Contains(only, StringComparer.Ordinal))
            {
                output.WriteLine(Say("status.notReporting", Unit(only)));
                continue;
            }

            // Each expected unit has its own line: sent (on time or late) or reminded.
            foreach (var sent in rate.Submitted.Where(s => only is null || s.Unit == only))
            {
                var at = sent.SubmittedAt.ToString("dd/MM HH:mm", CultureInfo.InvariantCulture);
                output.WriteLine(sent.OnTime ? Say("status.onTime", Unit(sent.Unit), at) : Say("status.late", Unit(sent.Unit), at, sent.WorkingDaysLate));
            }

            foreach (var reminder in rate.Reminders.Where(r => only is null || r.Unit == only))
            {
                output.WriteLine(reminder.Overdue ? Say("status.overdue", Unit(reminder.Unit), -reminder.WorkingDaysLeft) : Say("status.left", Unit(reminder.Unit), reminder.WorkingDaysLeft));
            }

            foreach (var total in status.Figures.Where(static t => t.Value is not null))
            {
                var value = language == MessageLanguage.English ? total.Value!.Value.ToString(CultureInfo.InvariantCulture) : VietnameseNumber.Format(total.Value!.Value, total.Value.Value.Scale);
                output.WriteLine(Say("status.figure", total.Element.Code, value, total.Units.Count));
            }
        }
    }

    private static string Day(LocalDate day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static void WriteJson(TextWriter output, SubmissionStatus status)
    {
        using var buffer = new MemoryStream();
        SubmissionStatusJson.Write(buffer, status);
        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }
}
