using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace KhanhHoa.Governance.Reporting;

/// <summary>
/// Writes the report as CommonMark with GitHub tables (UTF-8, no byte-order mark, <c>\n</c> line ends): the header
/// blocks, section I with an indicator table per group and the task tables, section II (data quality and reporting
/// completeness), section III, recipients, signature, and the per-unit appendix. Synthetic figures are labelled in
/// their rows and by a banner at the top.
/// </summary>
/// <threadsafety>Stateless; safe to use from any thread.</threadsafety>
internal sealed partial class MarkdownReportRenderer : IMonthlyReportRenderer
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
        foreach (var line in ReportText.AddresseeLines(header))
        {
            Line(md, Escape(line) + "  ");
        }

        if (header.Addressees.Count > 0)
        {
            Line(md);
        }

        Line(md, $"## {ReportText.SectionResults}");
        Line(md);
        var outline = ReportOutline.Of(report);
        foreach (var entry in outline.Entries)
        {
            if (entry.StartsSection)
            {
                Line(md, $"### {Escape(entry.SectionHeading)}");
                Line(md);
            }

            if (entry.SubsectionHeading is { } subsection)
            {
                Line(md, $"#### {Escape(subsection)}");
                Line(md);
            }

            var group = entry.Group;
            if (group.IsEmpty)
            {
                Line(md, ReportText.Empty(report, ReportText.NoFigures));
                Line(md);
            }

            if (group.Rows.Count > 0)
            {
                Table(md, ReportText.IndicatorColumns, group.Rows.Select(ReportText.IndicatorCells));
            }

            if (group.Figures.Count > 0)
            {
                Table(md, ReportText.FigureColumns, group.Figures.Select(ReportText.FigureCells));
            }
        }

        foreach (var index in report.Indexes)
        {
            Line(md, Escape(ReportText.IndexLine(index)));
            Line(md);
        }

        if (report.HasTaskSection)
        {
            Line(md, $"### {outline.TaskSectionNumber}. {ReportText.Tasks}");
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
        }

        Line(md, Escape(ReportText.AnnexesReferred(report)));
        Line(md);
        Line(md, $"## {ReportText.SectionDifficulties}");
        Line(md);
        var topic = 0;
        foreach (var (subject, items) in ReportText.DifficultiesByTopic(report))
        {
            Line(md, $"### {++topic}. {Escape(subject)}");
            Line(md);
            foreach (var item in items)
            {
                Line(md, "- " + Escape(ReportText.DifficultyLine(item)));
            }

            Line(md);
        }

        if (topic == 0)
        {
            Line(md, ReportText.Empty(report, ReportText.NoDifficulties));
            Line(md);
        }

        Line(md, $"## {ReportText.SectionPriorities}");
        Line(md);
        var number = 0;
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

        if (number == 0)
        {
            Line(md, ReportText.Empty(report, ReportText.NoPriorities));
            Line(md);
        }

        if (report.Closing.Length > 0)
        {
            Line(md, Escape(report.Closing));
            Line(md);
        }

        Line(md, $"***{ReportText.Recipients}***");
        Line(md);
        foreach (var line in ReportText.RecipientLines(report))
        {
            Line(md, $"- {Escape(line)}");
        }

        Line(md);
        var signature = report.Signature;
        // A hard line break ("  ") after every line of the block but its last; the name is empty while no signer is configured.
        var signer = new[] { signature.Authority, signature.Position, signature.SecondaryTitle, signature.SignerName }.Where(part => part.Length > 0).ToList();
        for (var i = 0; i < signer.Count; i++)
        {
            Line(md, $"**{Escape(signer[i])}**{(i < signer.Count - 1 ? "  " : string.Empty)}");
        }

        Line(md);

        Line(md, $"## {ReportText.AnnexData(report)}");
        Line(md);
        Line(md, $"*{Escape(ReportText.AnnexReference(report))}*");
        Line(md);
        var part = 0;
        if (report.HasDataQualityAnnex)
        {
            Line(md, $"### {++part}. {ReportText.DataQuality}");
            Line(md);
            TableOrNote(
                md,
                ReportText.ViolationColumns,
                [.. report.Violations.Select(ReportText.ViolationCells)],
                ReportText.NoViolations);
        }

        Line(md, $"### {++part}. {ReportText.Completeness}");
        Line(md);
        Line(md, Escape(ReportText.CompletenessLine(report.Completeness)) + SourceNote(report.Completeness.Provenance));
        Line(md);

        if (report.Units.Count > 0)
        {
            Line(md, $"## {ReportText.UnitsAppendix}");
            Line(md);
            Line(md, $"*{Escape(ReportText.AnnexReference(report))}*");
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

    // A GitHub table: a row is one line of cells, each cell's text written so that it neither ends the row, nor splits
    // the cell, nor turns into markup (Cell).
    internal static void Table(StringBuilder md, IReadOnlyList<string> columns, IEnumerable<string[]> rows)
    {
        Line(md, "| " + string.Join(" | ", columns.Select(Cell)) + " |");
        Line(md, "|" + string.Concat(Enumerable.Repeat("---|", columns.Count)));
        foreach (var row in rows)
        {
            Line(md, "| " + string.Join(" | ", row.Select(Cell)) + " |");
        }

        Line(md);
    }

    // A cell's text on the row's one line: each line break becomes <br> (GitHub's line break inside a cell), and the
    // white space at either end of the text or of one of its lines a character reference, which a reader keeps where it
    // would trim the cell.
    private static string Cell(string text) => string.Join("<br>", text.ReplaceLineEndings("\n").Split('\n').Select(static line =>
    {
        var start = line.Length - line.TrimStart().Length;
        var end = Math.Max(start, line.TrimEnd().Length);
        return Blanks(line[..start]) + Unlinked(Escape(line[start..end])) + Blanks(line[end..]);
    }));

    // GitHub links an address in a cell from its raw text, backslashes and all, so an address is written as text: the
    // colon after a scheme escaped, the dot after "www" a character reference.
    private static string Unlinked(string text) => Address().Replace(text, static match => match.Value[^1] == ':' ? match.Value[..^1] + "\\:" : match.Value[..^1] + "&#46;");

    [GeneratedRegex(@"(?:https?|ftp|mailto|tel):|www\.", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Address();

    private static string Blanks(string blanks) =>
        string.Concat(blanks.Select(static c => string.Create(CultureInfo.InvariantCulture, $"&#{(int)c};")));

    private static void Line(StringBuilder md, string text = "") => md.Append(text).Append('\n');

    // Characters that would start emphasis, strikethrough, links, tables, character references or HTML inside running text.
    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '|' or '*' or '_' or '~' or '`' or '[' or ']' or '<' or '>' or '#' or '&')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }
}
