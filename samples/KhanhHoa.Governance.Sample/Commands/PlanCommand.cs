using System.CommandLine;
using System.Globalization;
using KhanhHoa.Governance.Data;
using KhanhHoa.Governance.Organization;
using KhanhHoa.Governance.Sample.Cli;
using KhanhHoa.Governance.Sample.Demo;
using KhanhHoa.Governance.Sample.Pipeline;
using KhanhHoa.Governance.Tasks;
using Microsoft.Extensions.DependencyInjection;

namespace KhanhHoa.Governance.Sample.Commands;

/// <summary>
/// <c>plan</c>: the seed plans' tasks, the five-clears check, an agency's responsibilities and task statuses as of a
/// date, from the <see cref="GovernanceData"/> the container registers.
/// </summary>
internal static class PlanCommand
{
    public static Command Create(IServiceProvider services)
    {
        var command = new Command("plan", "The plans (embedded, or a host's with --plans): import from a document, tasks, five-clears check, responsibility matrix, statuses as of a date.");
        command.Subcommands.Add(List(services));
        command.Subcommands.Add(Tasks(services));
        command.Subcommands.Add(FiveClears(services));
        command.Subcommands.Add(Matrix(services));
        command.Subcommands.Add(Status(services));
        command.Subcommands.Add(PlanImportCommand.Create(services));
        HostPlans.AddTo(command);
        return command;
    }

    private static Argument<string> PlanArgument() => new("plan") { Description = "The plan's id or document number, e.g. 3433/KH-UBND (see 'plan list')." };

    private static Command List(IServiceProvider services)
    {
        var command = new Command("list", "The plans, with their task counts.");
        command.SetAction(parsed =>
        {
            var terminal = SampleCommands.Prepare(parsed, services);
            foreach (var plan in HostPlans.Data(parsed, services, terminal).Plans)
            {
                var tasks = plan.Tasks.Count(task => !plan.HasChildren(task));
                terminal.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{plan.Id,-20} {tasks,3} tasks  {plan.Directive.IssuedOn:uuuu-MM-dd}  {plan.Directive.Subject}"));
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Tasks(IServiceProvider services)
    {
        var plan = PlanArgument();
        var command = new Command("tasks", "A plan's rows: id, lead agencies, deadline as printed and as read.") { plan };
        command.SetAction(parsed =>
        {
            var terminal = SampleCommands.Prepare(parsed, services);
            var found = Find(HostPlans.Data(parsed, services, terminal), parsed.GetValue(plan)!);
            terminal.Say($"{found.Id}: {found.Tasks.Count} rows ({found.Directive.Subject})");
            foreach (var task in found.Tasks)
            {
                var leads = task.LeadAgencies.Count == 0 ? "—" : string.Join(", ", task.LeadAgencies.Select(a => a.Agency.Code).Distinct(StringComparer.Ordinal));
                var due = task.Deadline?.DueDate is { } d ? d.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) : task.Deadline?.Kind.ToString() ?? "—";
                terminal.Output.WriteLine($"{task.Id,-10} {leads,-34} {due,-12} {Shorten(task.Text, 70)}");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command FiveClears(IServiceProvider services)
    {
        var plan = new Argument<string?>("plan") { Description = "The plan (every plan when omitted).", Arity = ArgumentArity.ZeroOrOne };
        var details = new Option<bool>("--details") { Description = "List every finding, task by task." };
        var command = new Command("five-clears", "The five-clears check (rõ người, rõ việc, rõ thời gian, rõ trách nhiệm, rõ sản phẩm) of a plan's tasks.") { plan, details };
        command.SetAction(parsed =>
        {
            var terminal = SampleCommands.Prepare(parsed, services);
            var data = HostPlans.Data(parsed, services, terminal);
            var plans = parsed.GetValue(plan) is { } id ? [Find(data, id)] : data.Plans;
            foreach (var p in plans)
            {
                var report = FiveClearsCheck.Run(p);
                terminal.Output.WriteLine(report.ToString());
                if (parsed.GetValue(details))
                {
                    foreach (var finding in report.Findings)
                    {
                        terminal.Output.WriteLine($"  {finding.TaskId,-10} {finding.Issue,-18} {Shorten(finding.Detail ?? string.Empty, 60)}");
                    }
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Matrix(IServiceProvider services)
    {
        var agency = new Argument<string>("agency") { Description = "The agency's code or name, e.g. SO_KHCN or \"Sở Khoa học và Công nghệ\"." };
        var command = new Command("matrix", "The responsibility matrix row of an agency: the tasks it leads and those it supports, in every plan.") { agency };
        command.SetAction(parsed =>
        {
            var terminal = SampleCommands.Prepare(parsed, services);
            var data = HostPlans.Data(parsed, services, terminal);
            var text = parsed.GetValue(agency)!;
            var found = data.Agencies.FindByCode(text) ?? data.Agencies.Resolve(text)
                ?? throw CliException.BadUsage($"agency '{text}' is neither a code nor a name of the agency registry (codes such as {string.Join(", ", data.Agencies.Agencies.Take(3).Select(a => a.Code))}).");
            // The forms' rule: a unit also carries what a collective of its kind ("Các sở, ban, ngành") is given.
            var tasks = SubmissionInputs.Desk(data).Assignments.TasksOf(found.Code, data.OrgUnits.Find(found.Code)?.Kind);
            var leads = tasks.Where(static a => a.Role == ResponsibilityRole.Lead).ToList();
            var supports = tasks.Where(static a => a.Role == ResponsibilityRole.Coordinating).ToList();
            terminal.Output.WriteLine($"{found.Name} ({found.Code}): leads {leads.Count} tasks, supports {supports.Count}");
            foreach (var (role, list) in new[] { ("lead", leads), ("support", supports) })
            {
                foreach (var group in list.GroupBy(a => a.Plan.Id, StringComparer.Ordinal))
                {
                    terminal.Output.WriteLine($"  {role,-8} {group.Key,-20} {string.Join(' ', group.Select(a => a.Task.Id).Distinct(StringComparer.Ordinal))}");
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Status(IServiceProvider services)
    {
        var plan = PlanArgument();
        var asOf = CliValues.DateOption("--as-of", "The date the statuses hold on (default 2025-09-14, the end of reporting month 2025-09).");
        var progress = new Option<string>("--progress")
        {
            Description = "'synthetic': the illustrative SYNTHETIC progress history of the default run; 'none': no progress known, every task open.",
            DefaultValueFactory = _ => "synthetic",
        };
        progress.AcceptOnlyFromAmong("synthetic", "none");
        var command = new Command("status", "Task statuses of a plan as of a date, and the Government Office's 2×2 counts.") { plan, asOf, progress };
        command.SetAction(parsed =>
        {
            var terminal = SampleCommands.Prepare(parsed, services);
            var found = Find(HostPlans.Data(parsed, services, terminal), parsed.GetValue(plan)!);
            var date = CliValues.InCalendar(parsed.GetValue(asOf) ?? SampleDefaults.AsOf, "--as-of");
            var synthetic = parsed.GetValue(progress) == "synthetic";
            var histories = synthetic ? IllustrativeProgress.For(found, date) : new Dictionary<string, ProgressHistory>();
            var statuses = TaskStatusEvaluator.EvaluatePlan(found, histories, date);
            terminal.Say(synthetic
                ? $"{found.Id} as of {date:uuuu-MM-dd}; progress: SYNTHETIC illustrative history (not real data)"
                : $"{found.Id} as of {date:uuuu-MM-dd}; progress: none known");
            if (found.Directive.IssuedOn > date)
            {
                terminal.Say($"note: {found.Id} was issued on {found.Directive.IssuedOn:uuuu-MM-dd}, after {date:uuuu-MM-dd}");
            }

            foreach (var status in statuses)
            {
                var due = status.DueDate?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) ?? "—";
                var done = status.CompletedOn?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;
                terminal.Output.WriteLine($"{status.TaskId,-10} {status.Status,-26} due {due,-10} {done}");
            }

            var rates = TaskRates.Count(statuses.Select(s => s.Status));
            terminal.Say(string.Create(CultureInfo.InvariantCulture,
                $"2x2: on time {rates.CompletedOnTime}, late {rates.CompletedLate}, within deadline {rates.OpenWithinDeadline}, overdue {rates.OpenOverdue}; continuous {rates.Continuous}, awaiting {rates.AwaitingExternalSchedule}, no deadline {rates.NoDeadline}; completion {rates.CompletionRate()?.ToString(CultureInfo.InvariantCulture) ?? "—"}%"));
            return ExitCodes.Success;
        });
        return command;
    }

    private static Plan Find(GovernanceData data, string id) =>
        data.FindPlan(id)
            ?? throw CliException.BadUsage($"plan '{id}' is not in the plans; they are {string.Join(", ", data.Plans.Select(p => p.Id))}.");

    private static string Shorten(string text, int length)
    {
        var line = text.ReplaceLineEndings(" ");
        return line.Length <= length ? line : string.Concat(line.AsSpan(0, length - 1), "…");
    }
}
