using System.CommandLine;
using System.Globalization;
using KhanhHoa.Governance.Data;
using KhanhHoa.Governance.Primitives;
using KhanhHoa.Governance.Reporting.Import;
using KhanhHoa.Governance.Sample.Cli;
using KhanhHoa.Governance.Tasks.Import;
using Microsoft.Extensions.DependencyInjection;

namespace KhanhHoa.Governance.Sample.Commands;

/// <summary>
/// <c>plan import FILE.docx|FILE.txt [--out plan.json]</c>: reads a plan from the Word file a department receives (or
/// its text), prints what it read (rows, unresolved agencies, unreadable deadlines, ambiguities) and writes the plan
/// in the plans format, which <c>--plans</c> loads.
/// </summary>
internal static class PlanImportCommand
{
    public static Command Create(IServiceProvider services)
    {
        var file = new Argument<string>("file") { Description = "The plan document: a Word file (.docx) or its text (.txt, UTF-8), told by its bytes; - reads standard input." };
        var output = new Option<string?>("--out") { Description = "Where to write the plan (plans format, schemas/plans.v1.schema.json).", HelpName = "plan.json" };
        var id = new Option<string?>("--id") { Description = "The plan's id when the document number is blank (a draft).", HelpName = "ID" };
        var year = CliValues.YearOption("--year", "The year deadlines without a year refer to, when the document has no date (2001–2099).");
        var command = new Command("import", "Imports a plan from its Word file or text: its task tables into tasks, agencies resolved, deadlines read.") { file, output, id, year };
        command.SetAction(parsed =>
        {
            var terminal = SampleCommands.Prepare(parsed, services);
            var path = parsed.GetValue(file)!;
            var target = parsed.GetValue(output);
            if (target is not null)
            {
                OutputFiles.CheckFile(target, "--out");
            }

            var bytes = InputFile.ReadAllBytes(path, "FILE", terminal);
            var name = Path.GetFileName(InputFile.Describe(path));
            // Word or text, told by the bytes: a .docx piped to standard input is read as Word too.
            var options = new PlanImportOptions { PlanId = parsed.GetValue(id), ContextYear = parsed.GetValue(year) };
            var imported = PlanFileReader.Read(bytes, name, services.GetRequiredService<GovernanceData>().Agencies, options);
            if (!imported.TryGetValue(out var result))
            {
                throw InputProblem.From(name, imported.Errors, imported.ErrorCount);
            }

            Print(terminal, result);
            if (target is not null)
            {
                OutputFiles.Write([new OutputFile(target, stream => stream.Write(PlanJsonWriter.Write([result.Plan])))]);
                terminal.Say($"Wrote {target}");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static void Print(Terminal terminal, PlanImport import)
    {
        var plan = import.Plan;
        var report = import.Report;
        terminal.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{plan.Id}: {report.Rows} rows from {report.Tables} table(s), {plan.Tasks.Count(t => !plan.HasChildren(t))} tasks; {plan.Directive.EffectiveType?.ToString() ?? "type unknown"}, {plan.Directive.IssuedOn?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) ?? "undated"}, context year {plan.ContextYear}"));
        Section(terminal, "Unresolved agencies", report.UnresolvedAgencies);
        Section(terminal, "Unreadable deadlines", report.UnreadableDeadlines);
        Section(terminal, "Ambiguities", report.Ambiguities);
    }

    private static void Section(Terminal terminal, string title, IReadOnlyList<InputError> findings)
    {
        terminal.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{title}: {findings.Count}"));
        foreach (var finding in findings)
        {
            terminal.Output.WriteLine("  " + finding);
        }
    }
}
