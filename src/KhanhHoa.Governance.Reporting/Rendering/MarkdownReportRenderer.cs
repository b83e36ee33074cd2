using System.Text;

namespace KhanhHoa.Governance.Reporting;

/// <summary>
/// Writes the report as CommonMark with GitHub tables (UTF-8, no byte-order mark, <c>\n</c> line ends): the header
/// blocks, section I with an indicator table per group and the task tables, section II (data quality and reporting
/// completeness), section III, recipients, signature, and the per-unit appendix. Synthetic figures are labelled in
/// their rows and by a banner at the top.
/// </summary>
/// <threadsafety>Stateless; safe to use from any thread.</threadsafety>
public sealed class MarkdownReportRenderer : IMonthlyReportRenderer
{
    private MarkdownReportRenderer()
    {
    }

    /// <summary>The renderer.</summary>
    public static MarkdownReportRenderer Instance { get; } = new();

    /// <inheritdoc />
    public string Format => "md";

    /// <inheritdoc />
    public string FileExtension => ".md";

    /// <inheritdoc />
    public string MediaType => "text/markdown";

    /// <inheritdoc />
    public void Render(MonthlyReport report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var bytes = new UTF8Encoding(false).GetBytes(ToMarkdown(report));
        output.Write(bytes);
    }

    /// <summary>The report as Markdown text.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The Markdown, ending with a line break.</returns>
    public static string ToMarkdown(MonthlyReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var md = new StringBuilder();
        var header = report.Header;
        if (report.ContainsSyntheticData)
        {
            Line(md, $"> **{Escape(ReportText.SyntheticBanner)}**");
            Line(md);
        }

        if (header.IsDraft)
        {
            Line(md, $"**{ReportHeader.DraftMark}**");
            Line(md);
        }

        if (header.ParentBody.Length > 0)
        {
            Line(md, Escape(header.ParentBody) + "  ");
        }

        Line(md, $"**{Escape(header.IssuingBody)}**  ");
        Line(md, Escape(header.NumberAndSymbol));
        Line(md);
        Line(md, $"**{ReportText.NationalName}**  ");
        Line(md, $"**{ReportText.Motto}**");
        Line(md);
        Line(md, $"*{Escape(header.PlaceAndDate)}*");
        Line(md);
        Line(md, $"# {Escape(header.Title)}");
        Line(md);
        Line(md, $"**{Escape(header.Subject)}**  ");
        Line(md, $"*{VietnameseFormat.PeriodRange(report.Period)}*");
        Line(md);

        Line(md, $"## {ReportText.SectionResults}");
        Line(md);
        var number = 0;
        foreach (var group in report.IndicatorGroups)
        {
            Line(md, $"### {++number}. {Escape(group.Title)}");
            Line(md);
            Table(md, ReportText.IndicatorColumns, group.Rows.Select(ReportText.IndicatorCells));
        }

        Line(md, $"### {++number}. {ReportText.Tasks}");
        Line(md);
        Line(md, Escape(ReportText.TaskSummaryLine(report.Tasks.Total)) + SourceNote(report.Tasks.Provenance));
        Line(md);
        Line(md, $"#### {ReportText.TasksByPlan}");
        Line(md);
        TableOrNote(md, ["Kế hoạch", .. ReportText.CountColumns], [.. report.Tasks.ByPlan.Select(s => (string[])[s.Name, .. ReportText.CountCells(s.Counts)])], string.Empty);
        Line(md, $"#### {ReportText.TasksByAgency}");
        Line(md);
        TableOrNote(md, ["Đơn vị chủ trì", .. ReportText.CountColumns], [.. report.Tasks.ByAgency.Select(s => (string[])[s.Name, .. ReportText.CountCells(s.Counts)])], string.Empty);
        Line(md, $"#### {ReportText.Overdue}");
        Line(md);
        TableOrNote(md, ReportText.OverdueColumns, [.. report.Tasks.Overdue.Select(ReportText.OverdueCells)], ReportText.NoOverdue);
        Line(md, $"#### {ReportText.DueSoon}");
        Line(md);
        TableOrNote(md, ReportText.DueSoonColumns, [.. report.Tasks.DueSoon.Select(ReportText.DueSoonCells)], ReportText.NoDueSoon);
        Line(md, $"## {ReportText.SectionData}");
        Line(md);
        Line(md, $"### 1. {ReportText.DataQuality}");
        Line(md);
        TableOrNote(
            md,
            ["Quy tắc", "Nội dung", "Căn cứ", "Đơn vị", "Số liệu liên quan", "Nguồn"],
            [.. report.Violations.Select(v => (string[])[v.RuleCode, v.Description, v.Citation ?? string.Empty, ReportText.ViolationUnit(v), ReportText.ViolationFigures(v), ReportText.Source(v.Provenance)])],
            ReportText.NoViolations);

        Line(md, $"### 2. {ReportText.Completeness}");
        Line(md);
        Line(md, Escape(ReportText.CompletenessLine(report.Completeness)) + SourceNote(report.Completeness.Provenance));
        Line(md);

        Line(md, $"## {ReportText.SectionPriorities}");
        Line(md);
        number = 0;
        foreach (var (responsible, items) in ReportText.PrioritiesByResponsible(report))
        {
            Line(md, $"**{++number}. {Escape(responsible)}**");
            Line(md);
            for (var i = 0; i < items.Count; i++)
            {
                Line(md, $"{ReportText.ItemLetter(i)}) {Escape(ReportText.PriorityText(items[i]))}");
                Line(md);
            }
        }

        if (report.Closing.Length > 0)
        {
            Line(md, Escape(report.Closing));
            Line(md);
        }

        Line(md, $"***{ReportText.Recipients}***");
        Line(md);
        for (var i = 0; i < report.Recipients.Count; i++)
        {
            Line(md, $"- {Escape(ReportText.RecipientLine(report, i))}");
        }

        Line(md);
        var signature = report.Signature;
        foreach (var part in new[] { signature.Authority, signature.Position, signature.SecondaryTitle }.Where(part => part.Length > 0))
        {
            Line(md, $"**{Escape(part)}**  ");
        }

        Line(md, $"**{Escape(signature.SignerName)}**");
        Line(md);

        if (report.Units.Count > 0)
        {
            Line(md, $"## {ReportText.UnitsAppendix}");
            Line(md);
            Table(md, ReportText.UnitColumns, report.Units.Select(unit => ReportText.UnitCells(report, unit)));
        }

        if (report.ContainsSyntheticData)
        {
            Line(md, $"> **{Escape(ReportText.SyntheticBanner)}**");
        }

        return md.ToString().TrimEnd('\n') + "\n";
    }

    private static string SourceNote(Provenance provenance) =>
        provenance == Provenance.Synthetic ? $" *(Nguồn: {ReportText.SyntheticLabel})*" : string.Empty;

    // An empty table is replaced by a sentence saying there is nothing to list, as officials write it.
    private static void TableOrNote(StringBuilder md, IReadOnlyList<string> columns, IReadOnlyList<string[]> rows, string whenEmpty)
    {
        if (rows.Count == 0 && whenEmpty.Length > 0)
        {
            Line(md, whenEmpty);
            Line(md);
        }
        else
        {
            Table(md, columns, rows);
        }
    }

    private static void Table(StringBuilder md, IReadOnlyList<string> columns, IEnumerable<string[]> rows)
    {
        Line(md, "| " + string.Join(" | ", columns.Select(Escape)) + " |");
        Line(md, "|" + string.Concat(Enumerable.Repeat("---|", columns.Count)));
        foreach (var row in rows)
        {
            Line(md, "| " + string.Join(" | ", row.Select(Escape)) + " |");
        }

        Line(md);
    }

    private static void Line(StringBuilder md, string text = "") => md.Append(text).Append('\n');

    // Characters that would start emphasis, links, tables or HTML inside running text.
    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '|' or '*' or '_' or '`' or '[' or ']' or '<' or '>' or '#')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }
}
