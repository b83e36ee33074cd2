using System.Text;
using System.Xml;
using System.Xml.Linq;
using KhanhHoa.Governance.Indicators;

namespace KhanhHoa.Governance.Reporting;

/// <summary>
/// Writes the report as one self-contained HTML page (no external assets; works offline), well-formed as XML so it
/// can be checked and transformed: the header blocks, a value-versus-target bar chart, a 12-month trend per
/// indicator, a heat map of overdue tasks by agency, the tables of every section, recipients and signature.
/// </summary>
/// <remarks>
/// Charts are inline SVG with <c>role="img"</c>, a <c>&lt;title&gt;</c> and a <c>&lt;desc&gt;</c> that states every
/// figure. No chart is scaled by a viewBox, so chart text is the same 12–13 CSS pixels on a phone and on a desktop:
/// the bars and the heat map spread across the page's width by percentages, the trends keep their natural size and
/// wrap. Charts label indicators by a short Vietnamese name (the code is only in the tooltip and the description);
/// the rate trends of a group share one labelled y scale. A status is printed as a symbol and a word as well as a
/// colour, in a palette whose met and missed colours differ in lightness as well as hue; every colour reaches 4.5:1
/// on white. Below 600 pixels every table is stacked, each row a card of "column: value" lines, so no column is
/// crushed and nothing scrolls sideways on a phone; a table of more than three rows is folded there under a line that
/// opens it. The annexes and the trends are folded under their headings at every width; a column empty in every row is
/// left out; the units annex takes the window's width. The CSS styles elements by class (<c>table.data</c>,
/// <c>figure.trend</c>, <c>svg.chart</c> …), never by position, so sections can be added without touching it.
/// </remarks>
/// <threadsafety>Stateless; safe to use from any thread.</threadsafety>
internal sealed class HtmlReportRenderer : IMonthlyReportRenderer
{
    private static readonly XNamespace Html = "http://www.w3.org/1999/xhtml";

    // Tables of this many columns or more are stacked below 800 pixels instead of 600.
    private const int WideColumns = 7;

    // Tables of more rows than this are folded on a phone (DataTable).
    private const int FoldedRows = 3;

    private static readonly string Style = BaseStyle + Stacked("table.data", 599.98m) + Stacked("table.data.wide", 799.98m);

    // No '<', '>' or '&' here nor in Stacked: the style text is written as XML text and read by browsers as raw text.
    private const string BaseStyle = """
        :root { color-scheme: light; }
        body { font-family: "Times New Roman", "Liberation Serif", "DejaVu Serif", serif; color: #1f2328; background: #ffffff; margin: 0; padding: 12px; line-height: 1.45; font-size: 16px; overflow-wrap: break-word; }
        .synthetic, header, main, footer, details.annex { max-width: 960px; margin-left: auto; margin-right: auto; }
        details.annex-wide { max-width: none; }
        summary { cursor: pointer; }
        details.annex summary { margin: 24px 0 8px; }
        details.trends-section summary { margin: 16px 0 8px; }
        summary h2, summary h3 { display: inline; }
        .fold-toggle { position: absolute; opacity: 0; width: 1px; height: 1px; }
        .fold-label { display: none; }
        @media (max-width: 599.98px) {
          .fold-label { display: block; cursor: pointer; font-size: 14px; color: #0b3563; text-decoration: underline; margin: 4px 0 12px; }
          .fold-label::before { content: "▸ "; }
          .fold-toggle:checked + .fold-label::before { content: "▾ "; }
          .fold-toggle:focus-visible + .fold-label { outline: 2px solid #0b3563; }
          .fold-toggle:not(:checked) ~ .table-wrap { display: none; }
        }
        .annex-wide table.data { font-size: 13px; }
        .draft { text-align: right; font-weight: bold; margin: 0 0 8px; }
        .draft span { border: 1px solid #000; padding: 2px 8px; }
        .synthetic { border: 2px solid #c62828; background: #fff4f2; color: #8e1b10; padding: 8px 12px; margin: 8px auto 16px; font-weight: bold; }
        .blocks { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 12px; text-align: center; }
        .blocks div { flex: 1 1 260px; }
        .blocks p { margin: 2px 0; }
        .upper { text-transform: uppercase; }
        .place-date { text-align: right; font-style: italic; margin: 12px 0; }
        h1 { text-align: center; font-size: 1.3em; margin: 16px 0 4px; }
        .subject { text-align: center; font-weight: bold; margin: 0; }
        .range { text-align: center; font-style: italic; margin: 4px 0 16px; }
        .addressee { margin: 0 0 0 30%; }
        h2 { font-size: 1.1em; margin-top: 24px; }
        h3 { font-size: 1em; }
        h4 { font-size: 1em; font-style: italic; margin: 16px 0 8px; }
        .note { font-size: 14px; margin: 4px 0 8px; }
        .table-wrap { overflow-x: auto; margin-bottom: 12px; }
        table.data { border-collapse: collapse; font-size: 14px; width: 100%; }
        table.data th, table.data td { border: 1px solid #8c959f; padding: 4px 6px; vertical-align: top; text-align: left; }
        table.data th { background: #eaeef2; }
        table.data td.num { text-align: right; white-space: nowrap; }
        table.data.wide .title { position: sticky; left: 0; z-index: 1; background: #ffffff; }
        table.data.wide th.title { background: #eaeef2; }
        .status-achieved { color: #0b3563; font-weight: bold; }
        .status-onTrack { color: #1f6fb2; font-weight: bold; }
        .status-atRisk { color: #704800; font-weight: bold; }
        .status-missed { color: #b35900; font-weight: bold; }
        .status-notYetDue, .status-noTarget, .status-noData { color: #57606a; }
        .symbol { font-family: "DejaVu Sans", "Segoe UI Symbol", "Noto Sans Symbols 2", sans-serif; font-weight: bold; }
        .synthetic-tag { color: #8e1b10; font-style: italic; }
        figure { margin: 8px 0 16px; }
        figcaption { font-size: 14px; color: #1f2328; }
        svg.chart { display: block; overflow: visible; font-family: inherit; }
        svg.chart-bars, svg.chart-heat { width: 100%; margin-bottom: 6px; }
        svg.chart-heat { max-width: 520px; }
        .legend { display: flex; flex-wrap: wrap; gap: 2px 16px; margin-top: 4px; }
        .legend-item { white-space: nowrap; }
        .swatch { margin-right: 4px; }
        .trends { display: flex; flex-wrap: wrap; gap: 16px 24px; margin-bottom: 8px; }
        figure.trend { flex: 0 0 auto; width: min-content; max-width: 100%; margin: 0; }
        figure.trend figcaption { margin-top: 2px; }
        figure.trend .trend-name { display: block; font-weight: bold; }
        figure.trend .status { display: block; }
        .signature { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 12px; margin-top: 16px; }
        .recipients { flex: 1 1 280px; font-size: 14px; }
        .recipients ul { margin: 4px 0; padding-left: 18px; }
        .signer { flex: 1 1 240px; text-align: center; font-weight: bold; }
        .signer .name { margin-top: 48px; }
        """;

    // Below the given width a table of the selector is stacked: each row a card headed by its "title" cell, each other
    // cell a line "column: value" (the column's name comes from the cell's data-label) but an empty one ("—"). The
    // header row stays for screen readers, out of sight.
    private static string Stacked(string table, decimal maxWidth) => string.Create(
        System.Globalization.CultureInfo.InvariantCulture,
        $$"""
        @media (max-width: {{maxWidth}}px) {
          {{table}}, {{table}} tbody, {{table}} tr { display: block; width: auto; }
          {{table}} thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
          {{table}} tr { display: flex; flex-direction: column; border: 1px solid #8c959f; border-radius: 4px; margin: 0 0 10px; padding: 6px 10px; }
          {{table}} td, {{table}} td.num { display: grid; grid-template-columns: 40% 1fr; column-gap: 10px; border: 0; padding: 2px 0; text-align: left; white-space: normal; }
          {{table}} td::before { content: attr(data-label); color: #57606a; font-style: normal; font-weight: normal; overflow-wrap: anywhere; }
          {{table}} td.title { order: -1; display: block; position: static; font-size: 15px; font-weight: bold; border-bottom: 1px solid #d0d7de; padding-bottom: 4px; margin-bottom: 2px; }
          {{table}} td.title::before { content: none; }
          {{table}} td.empty { display: none; }
        }

        """);

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
                main.Add(E("p", ReportText.Empty(report, ReportText.NoFigures)));
            }

            if (group.Rows.Count > 0)
            {
                main.Add(IndicatorTable(group.Rows));
            }

            if (group.Figures.Count > 0)
            {
                main.Add(Table(ReportText.FigureColumns, group.Figures.Select(ReportText.FigureCells), firstTextColumns: 1, titleColumn: 0));
            }
        }

        main.Add(report.Indexes.Select(index => E("p", ReportText.IndexLine(index))));
        if (report.HasTaskSection)
        {
            main.Add(E("h3", $"{outline.TaskSectionNumber}. {ReportText.Tasks}"));
            main.Add(E("p", ReportText.TaskSummaryLine(report.Tasks.Total), SyntheticTag(report.Tasks.Provenance)));
            main.Add(E("h4", ReportText.TasksByPlan));
            main.Add(Table(["Kế hoạch", .. ReportText.CountColumns], report.Tasks.ByPlan.Select(s => (string[])[s.Name, .. ReportText.CountCells(s.Counts)]), firstTextColumns: 1, titleColumn: 0));
            main.Add(E("h4", ReportText.TasksByAgency));
            main.Add(Table(["Đơn vị chủ trì", .. ReportText.CountColumns], report.Tasks.ByAgency.Select(s => (string[])[s.Name, .. ReportText.CountCells(s.Counts)]), firstTextColumns: 1, titleColumn: 0));
            main.Add(E("h4", ReportText.Overdue));
            main.Add(report.Tasks.Overdue.Count == 0
                ? E("p", ReportText.NoOverdue)
                : Table(ReportText.OverdueColumns, report.Tasks.Overdue.Select(ReportText.OverdueCells), firstTextColumns: 4, titleColumn: 1));
            main.Add(E("h4", ReportText.DueSoon));
            main.Add(report.Tasks.DueSoon.Count == 0
                ? E("p", ReportText.NoDueSoon)
                : Table(ReportText.DueSoonColumns, report.Tasks.DueSoon.Select(ReportText.DueSoonCells), firstTextColumns: 4, titleColumn: 1));
        }

        main.Add(E("p", ReportText.AnnexesReferred(report)));
        main.Add(E("h2", ReportText.SectionDifficulties));
        var topic = 0;
        foreach (var (subject, items) in ReportText.DifficultiesByTopic(report))
        {
            main.Add(E("h3", $"{++topic}. {subject}"));
            main.Add(E("ul", items.Select(item => E("li", ReportText.DifficultyLine(item)))));
        }

        if (topic == 0)
        {
            main.Add(E("p", ReportText.Empty(report, ReportText.NoDifficulties)));
        }

        main.Add(E("h2", ReportText.SectionPriorities));
        var number = 0;
        foreach (var (responsible, items) in ReportText.PrioritiesByResponsible(report))
        {
            main.Add(E("h3", $"{++number}. {responsible}"));
            main.Add(E("ol", new XAttribute("type", "a"), items.Select(item => E("li", ReportText.PriorityText(item)))));
        }

        if (number == 0)
        {
            main.Add(E("p", ReportText.Empty(report, ReportText.NoPriorities)));
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
                signature.SignerName.Length > 0 ? E("p", new XAttribute("class", "name"), signature.SignerName) : null)));

        var annex = Annex(ReportText.AnnexData(report), wide: false);
        annex.Add(E("p", new XAttribute("class", "range"), ReportText.AnnexReference(report)));
        var part = 0;
        if (report.HasDataQualityAnnex)
        {
            annex.Add(E("h3", $"{++part}. {ReportText.DataQuality}"));
            annex.Add(report.Violations.Count == 0
                ? E("p", ReportText.NoViolations)
                : Table(
                    ReportText.ViolationColumns,
                    report.Violations.Select(ReportText.ViolationCells),
                    firstTextColumns: 5,
                    titleColumn: 0));
        }

        annex.Add(E("h3", $"{++part}. {ReportText.Completeness}"));
        annex.Add(E("p", ReportText.CompletenessLine(report.Completeness), SyntheticTag(report.Completeness.Provenance)));

        body.Add(annex);
        if (report.Units.Count > 0)
        {
            var units = Annex(ReportText.UnitsAppendix, wide: true);
            units.Add(E("p", new XAttribute("class", "range"), ReportText.AnnexReference(report)));
            units.Add(Table(ReportText.UnitColumns, report.Units.Select(unit => ReportText.UnitCells(report, unit)), firstTextColumns: 3, titleColumn: 1));
            body.Add(units);
        }

        // A folded table's check box and its label are paired by an id numbered in the page's order.
        var fold = 0;
        foreach (var toggle in body.Descendants(Html + "input").Where(input => (string?)input.Attribute("class") == "fold-toggle"))
        {
            var id = "fold-" + (++fold).ToString(System.Globalization.CultureInfo.InvariantCulture);
            toggle.SetAttributeValue("id", id);
            ((XElement)toggle.NextNode!).SetAttributeValue("for", id);
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
                    "Kết quả các chỉ tiêu tỷ lệ so với mục tiêu (thang 0–100%; vạch đen: mục tiêu; ký hiệu sau kết quả: đánh giá).",
                    E(
                        "span",
                        new XAttribute("class", "legend"),
                        rates.Select(row => row.Status).Distinct().Order().Select(status => E(
                            "span",
                            new XAttribute("class", "legend-item"),
                            E("span", new XAttribute("class", "swatch status-" + JsonReportRenderer.Name(status)), new XAttribute("aria-hidden", "true"), "■"),
                            StatusLabel(status, ReportText.Status(status))))))));
        }

        // The trends by group: a group's rates share one y scale, so that a tenth of a point looks like one; a count
        // has a scale of its own, from zero. Charts are numbered in the report's row order.
        var groups = report.IndicatorGroups
            .Select(group => (group.Title, Rows: group.Rows.Where(row => row.Trend.Count >= 2).ToList()))
            .Where(group => group.Rows.Count > 0)
            .ToList();
        if (groups.Count > 0)
        {
            var months = groups.SelectMany(group => group.Rows).SelectMany(row => row.Trend).Select(point => point.Month).ToList();
            // The trends, which the printed report has not, are folded under their heading, as the annexes are.
            var trends = E("details", new XAttribute("class", "trends-section"), E("summary", E("h3", "Xu hướng 12 tháng")));
            main.Add(trends);
            trends.Add(E(
                "p",
                new XAttribute("class", "note"),
                $"Từ {VietnameseFormat.MonthName(months.Min())} đến {VietnameseFormat.MonthName(months.Max())} ({SvgCharts.MonthTick(months.Max())}: tháng {months.Max().Month}). "
                + "Các chỉ tiêu tỷ lệ trong một nhóm dùng chung một thang đo; đường nét đứt: mục tiêu; điểm cuối: tháng báo cáo, tô màu theo đánh giá."));
            var number = 0;
            foreach (var (title, rows) in groups)
            {
                var rateScale = SvgCharts.NiceScale(rows.Where(row => row.IsRate).SelectMany(ScaleValues));
                trends.Add(E("h4", title));
                trends.Add(E(
                    "div",
                    new XAttribute("class", "trends"),
                    rows.Select(row => TrendFigure(
                        "chart-trend-" + (++number).ToString(System.Globalization.CultureInfo.InvariantCulture),
                        row,
                        row.IsRate ? rateScale : SvgCharts.CountScale(ScaleValues(row))))));
            }
        }

        var agencies = report.Tasks.ByAgency.Where(summary => summary.Counts.OpenOverdue > 0).Select(summary => summary.Name).ToList();
        if (agencies.Count > 0)
        {
            main.Add(E("h3", "Nhiệm vụ quá hạn theo đơn vị"));
            main.Add(E(
                "figure",
                SvgCharts.OverdueHeatMap("chart-overdue", agencies, report.Tasks.Overdue),
                E("figcaption", "Số nhiệm vụ quá hạn theo đơn vị chủ trì (hàng) và số ngày làm việc quá hạn (cột).")));
        }
    }

    // The values a trend's y scale must hold: the months' values and the target's threshold.
    private static IEnumerable<decimal> ScaleValues(IndicatorRow row) =>
        row.Trend.Select(point => point.Value).Concat(row.Target is { } target ? [target.Value] : []);

    private static XElement TrendFigure(string id, IndicatorRow row, SvgCharts.Scale scale) => E(
        "figure",
        new XAttribute("class", "trend"),
        SvgCharts.Trend(id, row, scale),
        E(
            "figcaption",
            E("span", new XAttribute("class", "trend-name"), SvgCharts.ShortName(row.Name)),
            row.MonthOnMonthChange is null ? ReportText.Value(row) : $"{ReportText.Value(row)} ({ReportText.Change(row)} so với tháng trước)",
            row.Status is { } status ? StatusLabel(status, ReportText.Status(status)) : null));

    // A status as its symbol (hidden from screen readers, which read the word) and its words, in its colour.
    private static XElement StatusLabel(TargetStatus? status, string text) => E(
        "span",
        new XAttribute("class", "status status-" + JsonReportRenderer.Name(status)),
        E("span", new XAttribute("class", "symbol"), new XAttribute("aria-hidden", "true"), SvgCharts.StatusSymbol(status)),
        " " + text);

    private static XElement IndicatorTable(IReadOnlyList<IndicatorRow> rows)
    {
        var cells = rows.Select(ReportText.IndicatorCells).ToList();
        string?[] classes = [null, "title", "num", "num", null, "num", null, "num", null];
        return DataTable(ReportText.IndicatorColumns, 1, cells, (row, index) => index switch
        {
            6 => Cell(ReportText.IndicatorColumns[index], null, StatusLabel(rows[row].Status, cells[row][index])),
            8 => Cell(ReportText.IndicatorColumns[index], rows[row].Provenance == Provenance.Synthetic ? "synthetic-tag" : null, cells[row][index]),
            _ => Cell(ReportText.IndicatorColumns[index], classes[index], Breakable(cells[row][index])),
        });
    }

    private static XElement Table(IReadOnlyList<string> columns, IEnumerable<string[]> rows, int firstTextColumns, int titleColumn)
    {
        var cells = rows.ToList();
        return DataTable(columns, titleColumn, cells, (row, index) => Cell(
            columns[index],
            index == titleColumn ? "title" : index < firstTextColumns || index == columns.Count - 1 ? null : "num",
            Breakable(cells[row][index])));
    }

    // A table of class "data": below 600 pixels (800 for a "wide" table) each row is stacked as a card, each cell a
    // line under its column's name (data-label); the cell of class "title" heads the card. A column that is empty in
    // every row ("—" throughout) is left out: on a phone it would be a line of "—" in every card. On a phone, a table
    // of more than FoldedRows rows is folded under a line that says how many it holds and opens it (a check box and its
    // label, no script), so that the report reads on past its cards; wider, every table is open and the line hidden.
    // The cell of row and column is made by the caller.
    private static XElement DataTable(IReadOnlyList<string> columns, int titleColumn, IReadOnlyList<string[]> cells, Func<int, int, XElement> cell)
    {
        var kept = Enumerable.Range(0, columns.Count).Where(index => index == titleColumn || cells.Any(row => row[index] is not ("" or "—"))).ToList();
        var table = E(
            "div",
            new XAttribute("class", "table-wrap"),
            E(
                "table",
                new XAttribute("class", kept.Count >= WideColumns ? "data wide" : "data"),
                E("thead", E("tr", kept.Select(index => E(
                    "th",
                    new XAttribute("scope", "col"),
                    index == titleColumn ? new XAttribute("class", "title") : null,
                    Breakable(columns[index]))))),
                E("tbody", Enumerable.Range(0, cells.Count).Select(row => E("tr", kept.Select(index => Empty(cell(row, index), cells[row][index] is "" or "—")))))));
        return cells.Count <= FoldedRows
            ? table
            : E(
                "div",
                new XAttribute("class", "fold"),
                E("input", new XAttribute("type", "checkbox"), new XAttribute("class", "fold-toggle")),
                E("label", new XAttribute("class", "fold-label"), $"Xem bảng chi tiết ({VietnameseFormat.Integer(cells.Count)} dòng)"),
                table);
    }

    // An empty cell keeps its column's place in a row, but takes no line of a stacked card.
    private static XElement Empty(XElement cell, bool empty)
    {
        if (empty)
        {
            cell.SetAttributeValue("class", ((string?)cell.Attribute("class") is { } classes ? classes + " " : string.Empty) + "empty");
        }

        return cell;
    }

    // An annex folded under its heading, so that a reader on a phone scrolls past it and opens it when needed; a wide
    // one (the units' measures) takes the window's whole width, so that its columns are not cut at 1280 pixels.
    private static XElement Annex(string heading, bool wide) => E(
        "details",
        new XAttribute("class", wide ? "annex annex-wide" : "annex"),
        E("summary", E("h2", heading)));

    // Text such as "received_full_eligible" (a contract name) may break after each underscore, so that its column
    // needs the width of its longest part, not of the whole name; the parts are one <span>, so that a stacked cell
    // still has a single node beside its label.
    private static object Breakable(string text)
    {
        if (!text.Contains('_', StringComparison.Ordinal))
        {
            return text;
        }

        var parts = text.Split('_');
        var span = new XElement(Html + "span", parts[0]);
        foreach (var part in parts.Skip(1))
        {
            span.Add("_", E("wbr"), part);
        }

        return span;
    }

    // A stacked cell lays out its label and its content as two grid columns, so the content is a single node.
    private static XElement Cell(string label, string? cssClass, object content) => E(
        "td",
        new XAttribute("data-label", label),
        cssClass is null ? null : new XAttribute("class", cssClass),
        content);

    private static XElement? SyntheticTag(Provenance provenance) =>
        provenance == Provenance.Synthetic ? E("span", new XAttribute("class", "synthetic-tag"), $" (Nguồn: {ReportText.SyntheticLabel})") : null;

    // Every HTML element gets explicit content so that none is written as <x/>, which an HTML parser would read as an
    // unclosed start tag; void elements (meta, wbr, input) are the exception and may stay empty.
    private static XElement E(string name, params object?[] content)
    {
        var element = new XElement(Html + name, content);
        if (element.IsEmpty && name is not ("meta" or "wbr" or "input"))
        {
            element.Add(string.Empty);
        }

        return element;
    }
}
