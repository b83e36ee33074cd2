using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using KhanhHoa.Governance.Data;
using KhanhHoa.Governance.Indicators;
using KhanhHoa.Governance.Sample.Cli;

namespace KhanhHoa.Governance.Sample.Commands;

/// <summary>
/// <c>check</c>: runs a figure set's consistency rules (sums of parts, parts within wholes, stated rates against their
/// own numerators) and lists the contradictions. Report 87/BC-BCĐ's figures are checked when no file is given.
/// </summary>
internal static class CheckCommand
{
    public static Command Create(IServiceProvider services)
    {
        var figures = new Option<FileInfo?>("--figures")
        {
            Description = "A figure-set JSON file (the format of report-87-figures.json); report 87/BC-BCĐ's figures when omitted.",
            HelpName = "FILE.json",
        };
        var format = new Option<string>("--format")
        {
            Description = "'text' for people, 'json' for programs.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("check", "Runs the consistency rules over a report's figures and lists every contradiction (exit code 0 either way).") { figures, format };
        command.SetAction(parsed =>
        {
            var terminal = SampleCommands.Prepare(parsed, services);
            var set = Load(parsed.GetValue(figures), terminal);
            var report = set.Check();
            if (parsed.GetValue(format) == "json")
            {
                WriteJson(terminal.Output, set, report);
            }
            else
            {
                WriteText(terminal, set, report);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static ReportFigureSet Load(FileInfo? file, Terminal terminal)
    {
        if (file is null)
        {
            return GovernanceData.Default.ReportFigures;
        }

        var path = file.ToString();
        var loaded = GovernanceDataLoader.LoadReportFigures(InputFile.ReadAllBytes(path, "--figures", terminal));
        return loaded.Match(set => set, errors => throw InputProblem.From(InputFile.Describe(path), errors));
    }

    private static void WriteText(Terminal terminal, ReportFigureSet set, ConsistencyReport report)
    {
        var output = terminal.Output;
        terminal.Say($"{set.Document} ({set.PeriodText}): {set.Figures.Count} figures as printed (facts stated by the report), {report.Results.Count} rules");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{report.Violations.Count} contradictions, {report.Skipped.Count} rules skipped, {report.Results.Count - report.Violations.Count - report.Skipped.Count} passed"));
        foreach (var violation in report.Violations)
        {
            var importance = violation.Rule.Importance switch
            {
                RuleImportance.High => terminal.Paint("High  ", ConsoleColor.Red),
                RuleImportance.Medium => terminal.Paint("Medium", ConsoleColor.Yellow),
                _ => terminal.Paint("Low   ", ConsoleColor.Gray),
            };
            output.WriteLine($"  [{importance}] {violation.Rule.Id}: {violation.Rule.Description}");
            output.WriteLine($"           {violation.Message.ReplaceLineEndings(" ")}");
            output.WriteLine($"           {string.Join(", ", violation.Figures.Select(f => $"{f.Name}={f.Figure?.Text ?? "—"}"))}");
        }

        foreach (var figure in report.UnusualReadings)
        {
            terminal.Say($"  reading: {figure.Number.Explanation}");
        }
    }

    private static void WriteJson(TextWriter output, ReportFigureSet set, ConsistencyReport report)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("document", set.Document);
            json.WriteString("period", set.PeriodText);
            json.WriteNumber("figures", set.Figures.Count);
            json.WriteNumber("rules", report.Results.Count);
            json.WriteNumber("violationCount", report.Violations.Count);
            json.WriteStartArray("results");
            foreach (var result in report.Results)
            {
                json.WriteStartObject();
                json.WriteString("rule", result.Rule.Id);
                json.WriteString("description", result.Rule.Description);
                json.WriteString("importance", result.Rule.Importance.ToString());
                json.WriteString("outcome", result.Outcome.ToString());
                json.WriteString("message", result.Message);
                json.WriteStartObject("figures");
                foreach (var figure in result.Figures)
                {
                    if (figure.Figure is { } printed)
                    {
                        json.WriteString(figure.Name, printed.Text);
                    }
                    else
                    {
                        json.WriteNull(figure.Name);
                    }
                }

                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }
}
