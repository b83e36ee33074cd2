using System.Text;
using System.Xml;
using System.Xml.Linq;
using KhanhHoa.Governance.Indicators;

namespace KhanhHoa.Governance.Reporting;

/// <summary>
/// Writes the report as one self-contained HTML page (no external assets; works offline), well-formed as XML so it
/// can be checked and transformed: the report's document (<see cref="ReportDocumentComposer"/>) through
/// <see cref="HtmlDocumentWriter"/>, with the page's charts after section I's heading — a value-versus-target bar
/// chart, a 12-month trend per indicator, a heat map of overdue tasks by agency.
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
        var title = $"{report.Header.Title} {report.Header.NumberAndSymbol} — {VietnameseFormat.MonthName(report.Period.LastMonth)}";
        HtmlDocumentWriter.Write(ReportDocumentComposer.Compose(report), title, Charts(report), output);
    }

    // The charts, which the printed report has not: after section I's heading.
    private static List<XElement> Charts(MonthlyReport report)
    {
        var main = new List<XElement>();
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
                            HtmlDocumentWriter.StatusLabel(status, ReportText.Status(status))))))));
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

        return main;
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
            row.Status is { } status ? HtmlDocumentWriter.StatusLabel(status, ReportText.Status(status)) : null));

    private static XElement E(string name, params object?[] content) => HtmlDocumentWriter.E(name, content);
}
