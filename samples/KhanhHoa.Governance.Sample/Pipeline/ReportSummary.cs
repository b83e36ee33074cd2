using System.Globalization;
using KhanhHoa.Governance.Indicators;
using KhanhHoa.Governance.Reporting;
using KhanhHoa.Governance.Reporting.Documents;
using KhanhHoa.Governance.Sample.Cli;

namespace KhanhHoa.Governance.Sample.Pipeline;

/// <summary>
/// The console summary of a rollup's report: where the dossiers came from, the province's indicators with their
/// status in colour, the tasks overdue by lead agency, the consistency findings, completeness, the units' texts, the report's outline as
/// its document numbers it (one more writer of <see cref="ReportDocument"/>) and the files written.
/// </summary>
internal static class ReportSummary
{
    private const int NameWidth = 52;

    public static void Print(Terminal terminal, RollupOutcome outcome, MonthlyReport report, IReadOnlyList<string> notes)
    {
        var province = report.Units.First(unit => unit.ParentCode is null);
        terminal.Say();
        terminal.Say(Invariant($"Dossiers: {outcome.Source}; {outcome.DossierCount:N0} dossiers, {outcome.Current.Units.Count} units"));
        terminal.Say(Invariant($"Province {province.Code}, {outcome.Period.Id}: received {province.Measures.Received:N0}, resolved {province.Measures.Resolved:N0}, pending at the end {province.Measures.PendingEnd:N0}"));
        Indicators(terminal, report, outcome.IsSynthetic);
        Tasks(terminal, report.Tasks);
        Findings(terminal, report);
        var completeness = report.Completeness;
        var reports = completeness.Reports is { } due
            ? Invariant($"{due.Submitted}/{due.Expected} reports received ({string.Join(", ", due.DataSets.Select(static r => Invariant($"{r.DataSet.Code} {r.Submitted.Count}/{r.Expected.Count}")))}); ")
            : string.Empty;
        terminal.Say(Invariant($"Completeness: {reports}{completeness.ReportedCount}/{completeness.Expected} units reported in the period") + Label(completeness.Provenance));
        var texts = report.UnitTexts;
        terminal.Say(Invariant($"Units' texts: {Count(texts.Count, "text")} from {Count(texts.Select(static t => t.Unit).Distinct(StringComparer.Ordinal).Count(), "unit")}, printed under their sections") + Label(texts.Count == 0 ? Provenance.Reported : texts.Max(static t => t.Provenance)));
        Outline(terminal, ReportDocumentComposer.Compose(report));
        foreach (var note in notes)
        {
            terminal.Say($"Note: {note}");
        }
    }

    private static void Indicators(Terminal terminal, MonthlyReport report, bool synthetic)
    {
        terminal.Say();
        terminal.Say($"I. Indicators of the province, in the report's order{(synthetic ? " (dossiers SYNTHETIC)" : string.Empty)}");
        terminal.Say($"  {"code",-12} {"indicator".PadRight(NameWidth)} {"value",10} {"target",8} {"m/m",7}  {"from",-9} status");
        foreach (var row in report.Indicators)
        {
            // Rows computed from the units' submitted figures are theirs, not the dossiers'.
            var from = row.Provenance switch
            {
                Provenance.Reported => "units",
                Provenance.Synthetic => "SYNTHETIC",
                _ => "dossiers",
            };
            var value = row.Value is { } v ? Number(v, row.Unit) : "—";
            var target = row.Target is { } t ? t.Symbol + Number(t.Value, row.Unit) : string.Empty;
            var change = row.MonthOnMonthChange is { } c ? c.ToString(row.Unit == "%" ? "+0.00;-0.00;0.00" : "+#,##0;-#,##0;0", CultureInfo.InvariantCulture) : string.Empty;
            // The core's TargetEvaluator status, as the report carries it; the projection when the evaluator made one.
            var status = row.Status switch
            {
                null => terminal.Paint("no target", ConsoleColor.Gray),
                TargetStatus.Achieved => terminal.Paint("achieved", ConsoleColor.Green),
                TargetStatus.OnTrack => terminal.Paint("on track", ConsoleColor.Green),
                TargetStatus.AtRisk => terminal.Paint("at risk", ConsoleColor.Yellow),
                TargetStatus.NotYetDue => terminal.Paint("not yet due", ConsoleColor.Yellow),
                TargetStatus.Missed => terminal.Paint("missed", ConsoleColor.Red),
                _ => terminal.Paint("no data", ConsoleColor.Gray),
            };
            var projection = row.Target?.Projection is { } p ? $" (projected {Number(p, row.Unit)})" : string.Empty;
            terminal.Say($"  {row.Code,-12} {Shorten(row.Name).PadRight(NameWidth)} {value,10} {target,8} {change,7}  {from,-9} {status}{projection}");
        }
    }

    private static void Tasks(Terminal terminal, TaskSection tasks)
    {
        var total = tasks.Total;
        terminal.Say();
        terminal.Say(Invariant($"Tasks{Label(tasks.Provenance)}: on time {total.CompletedOnTime}, late {total.CompletedLate}, within deadline {total.OpenWithinDeadline}, overdue {total.OpenOverdue}, continuous {total.Continuous}; due soon {tasks.DueSoon.Count}"));
        var byAgency = tasks.Overdue.GroupBy(task => task.LeadAgency, StringComparer.Ordinal)
            .Select(group => (Agency: group.Key, Count: group.Count(), Latest: group.Max(task => task.WorkingDaysLate)))
            .OrderByDescending(row => row.Count).ThenBy(row => row.Agency, StringComparer.Ordinal)
            .ToList();
        if (byAgency.Count == 0)
        {
            return;
        }

        terminal.Say("Overdue tasks by lead agency:");
        foreach (var (agency, count, latest) in byAgency)
        {
            terminal.Say(Invariant($"  {terminal.Paint(count.ToString(CultureInfo.InvariantCulture).PadLeft(3), ConsoleColor.Red)}  {Shorten(agency).PadRight(NameWidth)} up to {Count(latest, "working day")} late"));
        }
    }

    private static void Findings(Terminal terminal, MonthlyReport report)
    {
        terminal.Say();
        var reported = report.Violations.Where(v => v.Provenance == Provenance.Reported).ToList();
        var computed = report.Violations.Except(reported).ToList();
        terminal.Say(Invariant($"Consistency findings: {reported.Count} in report 87/BC-BCĐ's printed figures (facts as the report states them), {computed.Count} in the period's figures"));
        // The console is for developers, so it prints a finding's English text; the report's files carry the Vietnamese one.
        foreach (var violation in report.Violations)
        {
            var unit = violation.UnitCode is { } code ? $" [{code}]" : string.Empty;
            terminal.Say($"  {terminal.Paint(violation.RuleCode, ConsoleColor.Yellow)}{unit}: {Shorten(violation.DescriptionEn ?? violation.Description, 110)}");
        }
    }

    // The report as its document has it: each part (I, II, III) and annex with its numbered items, the rows of its
    // tables and the footnotes it refers to, in the Vietnamese the report prints.
    private static void Outline(Terminal terminal, ReportDocument document)
    {
        terminal.Say();
        terminal.Say($"Report outline ({(document.Purpose == ReportPurpose.Signable ? "signable" : "review")}):");
        var parts = new List<(string Heading, List<DocumentBlock> Blocks)>();
        foreach (var block in document.Body)
        {
            if (block is DocumentHeading { Level: 1 } part)
            {
                parts.Add((part.Printed, []));
            }
            else if (parts.Count > 0)
            {
                parts[^1].Blocks.Add(block);
            }
        }

        foreach (var (heading, blocks) in parts.Concat(document.Annexes.Select(static annex => (annex.Heading, annex.Blocks.ToList()))))
        {
            var items = blocks.OfType<DocumentHeading>().Count(static h => h.Level == 2);
            var tables = blocks.OfType<DocumentTable>().ToList();
            var footnotes = blocks.SelectMany(static b => b switch
            {
                DocumentParagraph paragraph => paragraph.Inlines,
                DocumentList list => list.Items.SelectMany(static item => item.Inlines),
                _ => [],
            }).OfType<FootnoteReference>().Count();
            terminal.Say(Invariant($"  {Shorten(heading)}: {Count(items, "numbered item")}, {Count(tables.Count, "table")} of {Count(tables.Sum(static t => t.Rows.Count), "row")}, {Count(footnotes, "footnote")}"));
        }
    }

    // "1 table", "2 tables": the developer's summary is English.
    private static string Count(int count, string noun) => Invariant($"{count} {noun}{(count == 1 ? string.Empty : "s")}");

    private static string Label(Provenance provenance) => provenance == Provenance.Synthetic ? " (SYNTHETIC)" : string.Empty;

    private static string Number(decimal value, string unit) =>
        unit == "%" ? value.ToString("0.00", CultureInfo.InvariantCulture) + "%" : value.ToString("#,##0", CultureInfo.InvariantCulture);

    private static string Shorten(string text, int width = NameWidth) => text.Length <= width ? text : string.Concat(text.AsSpan(0, width - 1), "…");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
