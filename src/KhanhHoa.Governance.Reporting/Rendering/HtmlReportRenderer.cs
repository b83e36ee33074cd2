using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace KhanhHoa.Governance.Reporting;

/// <summary>
/// Writes the report as one self-contained HTML page (no external assets; works offline), well-formed as XML so it
/// can be checked and transformed: the header blocks, a value-versus-target bar chart, a 12-month trend per
/// indicator, a heat map of overdue tasks by agency, the tables of every section, recipients and signature.
/// </summary>
/// <remarks>
/// Charts are inline SVG with <c>role="img"</c>, a <c>&lt;title&gt;</c> and a <c>&lt;desc&gt;</c> that states every
/// figure; status is printed in words as well as coloured; colours reach a 4.5:1 contrast on white. The layout is a
/// single column that fits a 360-pixel phone screen, with wide tables scrolling sideways.
/// </remarks>
/// <threadsafety>Stateless; safe to use from any thread.</threadsafety>
public sealed class HtmlReportRenderer : IMonthlyReportRenderer
{
    private static readonly XNamespace Html = "http://www.w3.org/1999/xhtml";

    // No '<', '>' or '&' here: the style text is written as XML text and read by browsers as raw text.
    private const string Style = """
        :root { color-scheme: light; }
        body { font-family: "Times New Roman", "Liberation Serif", "DejaVu Serif", serif; color: #1f2328; background: #ffffff; margin: 0 auto; padding: 12px; max-width: 960px; line-height: 1.45; font-size: 16px; }
        .draft { text-align: right; font-weight: bold; margin: 0 0 8px; }
        .draft span { border: 1px solid #000; padding: 2px 8px; }
        .synthetic { border: 2px solid #c62828; background: #fff4f2; color: #8e1b10; padding: 8px 12px; margin: 8px 0 16px; font-weight: bold; }
        .blocks { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 12px; text-align: center; }
        .blocks div { flex: 1 1 260px; }
        .blocks p { margin: 2px 0; }
        .upper { text-transform: uppercase; }
        .place-date { text-align: right; font-style: italic; margin: 12px 0; }
        h1 { text-align: center; font-size: 1.3em; margin: 16px 0 4px; }
        .subject { text-align: center; font-weight: bold; margin: 0; }
        .range { text-align: center; font-style: italic; margin: 4px 0 16px; }
        h2 { font-size: 1.1em; margin-top: 24px; }
        h3 { font-size: 1em; }
        .table-wrap { overflow-x: auto; margin-bottom: 12px; }
        table { border-collapse: collapse; font-size: 14px; min-width: 100%; }
        th, td { border: 1px solid #8c959f; padding: 4px 6px; vertical-align: top; }
        th { background: #eaeef2; }
        td.num { text-align: right; white-space: nowrap; }
        .status-achieved { color: #1a7f37; font-weight: bold; }
        .status-onTrack { color: #0969da; font-weight: bold; }
        .status-atRisk { color: #9a6700; font-weight: bold; }
        .status-missed { color: #c62828; font-weight: bold; }
        .status-notYetDue, .status-noTarget, .status-noData { color: #57606a; }
        .synthetic-tag { color: #8e1b10; font-style: italic; }
        figure { margin: 8px 0 16px; }
        figcaption { font-size: 14px; color: #1f2328; }
        .trends { display: flex; flex-wrap: wrap; gap: 12px; }
        .trends figure { flex: 0 1 170px; margin: 0; }
        .legend span { display: inline-block; margin-right: 12px; font-size: 14px; }
        .signature { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 12px; margin-top: 16px; }
        .recipients { flex: 1 1 280px; font-size: 14px; }
        .recipients ul { margin: 4px 0; padding-left: 18px; }
        .signer { flex: 1 1 240px; text-align: center; font-weight: bold; }
        .signer .name { margin-top: 48px; }
        """;

    private HtmlReportRenderer()
    {
    }

    /// <summary>The renderer.</summary>
    public static HtmlReportRenderer Instance { get; } = new();

    /// <inheritdoc />
    public string Format => "html";

    /// <inheritdoc />
    public string FileExtension => ".html";

    /// <inheritdoc />
    public string MediaType => "text/html";

    /// <inheritdoc />
    public void Render(MonthlyReport report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var encoding = new UTF8Encoding(false);
        output.Write(encoding.GetBytes("<!DOCTYPE html>\n"));
        var settings = new XmlWriterSettings
        {
            Encoding = encoding,
            OmitXmlDeclaration = true,
            Indent = true,
            IndentChars = " ",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Replace,
            CloseOutput = false,
        };
        using (var writer = XmlWriter.Create(output, settings))
        {
            Page(report).WriteTo(writer);
        }

        output.WriteByte((byte)'\n');
    }

    private static XElement Page(MonthlyReport report)
    {
        var header = report.Header;
        var body = E("body");
        if (report.ContainsSyntheticData)
        {
            body.Add(E("div", new XAttribute("class", "synthetic"), new XAttribute("role", "note"), ReportText.SyntheticBanner));
        }

        body.Add(
            E(
                "header",
                header.IsDraft ? E("p", new XAttribute("class", "draft"), E("span", ReportHeader.DraftMark)) : null,
                E(
                    "div",
                    new XAttribute("class", "blocks"),
                    E(
                        "div",
                        header.ParentBody.Length > 0 ? E("p", new XAttribute("class", "upper"), header.ParentBody) : null,
                        E("p", E("strong", header.IssuingBody)),
                        E("p", header.NumberAndSymbol)),
                    E(
                        "div",
                        E("p", E("strong", ReportText.NationalName)),
                        E("p", E("strong", ReportText.Motto)))),
                E("p", new XAttribute("class", "place-date"), header.PlaceAndDate),
                E("h1", header.Title),
                E("p", new XAttribute("class", "subject"), header.Subject),
                E("p", new XAttribute("class", "range"), VietnameseFormat.PeriodRange(report.Period)),
                ReportText.AddresseeLines(header).Select(line => E("p", new XAttribute("class", "addressee"), line))));

        var main = E("main");
        body.Add(main);
        main.Add(E("h2", ReportText.SectionResults));
        AddCharts(main, report);
        var outline = ReportOutline.Of(report);
        foreach (var entry in outline.Entries)
        {
            if (entry.StartsSection)
            {
                main.Add(E("h3", entry.SectionHeading));
            }

            if (entry.SubsectionHeading is { } subsection)
            {
                main.Add(E("h4", subsection));
            }

            var group = entry.Group;
            if (group.IsEmpty)
            {
                main.Add(E("p", ReportText.NoFigures));
            }

            if (group.Rows.Count > 0)
            {
                main.Add(IndicatorTable(group.Rows));
            }

            if (group.Figures.Count > 0)
            {
                main.Add(Table(ReportText.FigureColumns, group.Figures.Select(ReportText.FigureCells), firstTextColumns: 1));
            }
        }

        main.Add(E("h3", $"{outline.TaskSectionNumber}. {ReportText.Tasks}"));
        main.Add(E("p", ReportText.TaskSummaryLine(report.Tasks.Total), SyntheticTag(report.Tasks.Provenance)));
        main.Add(E("h4", ReportText.TasksByPlan));
        main.Add(Table(["Kế hoạch", .. ReportText.CountColumns], report.Tasks.ByPlan.Select(s => (string[])[s.Name, .. ReportText.CountCells(s.Counts)]), firstTextColumns: 1));
        main.Add(E("h4", ReportText.TasksByAgency));
        main.Add(Table(["Đơn vị chủ trì", .. ReportText.CountColumns], report.Tasks.ByAgency.Select(s => (string[])[s.Name, .. ReportText.CountCells(s.Counts)]), firstTextColumns: 1));
        main.Add(E("h4", ReportText.Overdue));
        main.Add(report.Tasks.Overdue.Count == 0
            ? E("p", ReportText.NoOverdue)
            : Table(ReportText.OverdueColumns, report.Tasks.Overdue.Select(ReportText.OverdueCells), firstTextColumns: 4));
        main.Add(E("h4", ReportText.DueSoon));
        main.Add(report.Tasks.DueSoon.Count == 0
            ? E("p", ReportText.NoDueSoon)
            : Table(ReportText.DueSoonColumns, report.Tasks.DueSoon.Select(ReportText.DueSoonCells), firstTextColumns: 4));

        main.Add(E("h2", ReportText.SectionDifficulties));
        var topic = 0;
        foreach (var (subject, items) in ReportText.DifficultiesByTopic(report))
        {
            main.Add(E("h3", $"{++topic}. {subject}"));
            main.Add(E("ul", items.Select(item => E("li", ReportText.DifficultyLine(item)))));
        }

        if (topic == 0)
        {
            main.Add(E("p", ReportText.NoDifficulties));
        }

        main.Add(E("h2", ReportText.SectionPriorities));
        var number = 0;
        foreach (var (responsible, items) in ReportText.PrioritiesByResponsible(report))
        {
            main.Add(E("h3", $"{++number}. {responsible}"));
            main.Add(E("ol", new XAttribute("type", "a"), items.Select(item => E("li", ReportText.PriorityText(item)))));
        }

        if (report.Closing.Length > 0)
        {
            main.Add(E("p", report.Closing));
        }

        var signature = report.Signature;
        body.Add(E(
            "footer",
            new XAttribute("class", "signature"),
            E(
                "div",
                new XAttribute("class", "recipients"),
                E("p", E("strong", E("em", ReportText.Recipients))),
                E("ul", ReportText.RecipientLines(report).Select(line => E("li", line)))),
            E(
                "div",
                new XAttribute("class", "signer"),
                new[] { signature.Authority, signature.Position, signature.SecondaryTitle }.Where(part => part.Length > 0).Select(part => E("p", part)),
                E("p", new XAttribute("class", "name"), signature.SignerName))));

        var annex = E("section", new XAttribute("class", "annex"), E("h2", ReportText.AnnexData));
        annex.Add(E("h3", "1. " + ReportText.DataQuality));
        annex.Add(report.Violations.Count == 0
            ? E("p", ReportText.NoViolations)
            : Table(
                ["Quy tắc", "Nội dung", "Đơn vị", "Số liệu liên quan", "Nguồn"],
                report.Violations.Select(v => (string[])[v.RuleCode, v.Description, v.UnitCode ?? "Toàn tỉnh", ReportText.ViolationFigures(v), ReportText.Source(v.Provenance)]),
                firstTextColumns: 5));
        annex.Add(E("h3", "2. " + ReportText.Completeness));
        annex.Add(E("p", ReportText.CompletenessLine(report.Completeness), SyntheticTag(report.Completeness.Provenance)));

        body.Add(annex);
        if (report.Units.Count > 0)
        {
            body.Add(E(
                "section",
                E("h2", ReportText.UnitsAppendix),
                Table(ReportText.UnitColumns, report.Units.Select(unit => ReportText.UnitCells(report, unit)), firstTextColumns: 2)));
        }

        return new XElement(
            Html + "html",
            new XAttribute("lang", "vi"),
            E(
                "head",
                E("meta", new XAttribute("charset", "utf-8")),
                E("meta", new XAttribute("name", "viewport"), new XAttribute("content", "width=device-width, initial-scale=1")),
                E("title", $"{header.Title} {header.NumberAndSymbol} — {VietnameseFormat.MonthName(report.Period.LastMonth)}"),
                E("style", "\n" + Style)),
            body);
    }

    private static void AddCharts(XElement main, MonthlyReport report)
    {
        var rates = report.Indicators.Where(row => row.IsRate && row.Value is not null && row.Target is not null).ToList();
        if (rates.Count > 0)
        {
            main.Add(E(
                "figure",
                SvgCharts.ValueVersusTarget("chart-targets", rates),
                E(
                    "figcaption",
                    "Kết quả so với mục tiêu (vạch đen: mục tiêu). ",
                    E(
                        "span",
                        new XAttribute("class", "legend"),
                        rates.Select(row => row.Status).Distinct().Order().Select(status =>
                            E("span", new XAttribute("class", "status-" + JsonReportRenderer.Name(status)), "■ " + ReportText.Status(status)))))));
        }

        var trending = report.Indicators.Where(row => row.Trend.Count >= 2).ToList();
        if (trending.Count > 0)
        {
            main.Add(E("h3", "Xu hướng 12 tháng"));
            main.Add(E(
                "div",
                new XAttribute("class", "trends"),
                trending.Select((row, index) => E(
                    "figure",
                    SvgCharts.Trend("chart-trend-" + (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), row),
                    E("figcaption", $"{row.Code}: {ReportText.Value(row)} ({ReportText.Change(row)})")))));
        }

        var agencies = report.Tasks.ByAgency.Where(summary => summary.Counts.OpenOverdue > 0).Select(summary => summary.Name).ToList();
        if (agencies.Count > 0)
        {
            main.Add(E("h3", "Nhiệm vụ quá hạn theo đơn vị"));
            main.Add(E(
                "figure",
                SvgCharts.OverdueHeatMap("chart-overdue", agencies, report.Tasks.Overdue),
                E("figcaption", "Số nhiệm vụ quá hạn theo đơn vị chủ trì và số ngày làm việc quá hạn.")));
        }
    }

    private static XElement IndicatorTable(IReadOnlyList<IndicatorRow> rows) => E(
        "div",
        new XAttribute("class", "table-wrap"),
        E(
            "table",
            E("thead", E("tr", ReportText.IndicatorColumns.Select(column => E("th", new XAttribute("scope", "col"), column)))),
            E("tbody", rows.Select(row =>
            {
                var cells = ReportText.IndicatorCells(row);
                return E(
                    "tr",
                    E("td", cells[0]),
                    E("td", cells[1]),
                    E("td", new XAttribute("class", "num"), cells[2]),
                    E("td", new XAttribute("class", "num"), cells[3]),
                    E("td", cells[4]),
                    E("td", new XAttribute("class", "num"), cells[5]),
                    E("td", new XAttribute("class", "status-" + JsonReportRenderer.Name(row.Status)), cells[6]),
                    E("td", new XAttribute("class", "num"), cells[7]),
                    E("td", row.Provenance == Provenance.Synthetic ? new XAttribute("class", "synthetic-tag") : null, cells[8]));
            }))));

    private static XElement Table(IReadOnlyList<string> columns, IEnumerable<string[]> rows, int firstTextColumns) => E(
        "div",
        new XAttribute("class", "table-wrap"),
        E(
            "table",
            E("thead", E("tr", columns.Select(column => E("th", new XAttribute("scope", "col"), column)))),
            E("tbody", rows.Select(row => E(
                "tr",
                row.Select((cell, index) => index < firstTextColumns || index == row.Length - 1
                    ? E("td", cell)
                    : E("td", new XAttribute("class", "num"), cell)))))));

    private static XElement? SyntheticTag(Provenance provenance) =>
        provenance == Provenance.Synthetic ? E("span", new XAttribute("class", "synthetic-tag"), $" (Nguồn: {ReportText.SyntheticLabel})") : null;

    // Every HTML element gets explicit content so that none is written as <x/>, which an HTML parser would read as an
    // unclosed start tag; void elements (meta) are the exception and may stay empty.
    private static XElement E(string name, params object?[] content)
    {
        var element = new XElement(Html + name, content);
        if (element.IsEmpty && name != "meta")
        {
            element.Add(string.Empty);
        }

        return element;
    }
}
