using System.Globalization;
using System.Text;
using System.Xml.Linq;
using KhanhHoa.Governance.Indicators;

namespace KhanhHoa.Governance.Reporting;

// The HTML report's inline charts. Each chart is an <svg role="img"> with a <title> and a <desc> that states every
// figure the chart shows, so a screen reader gets the same information as the eye; colours are never the only cue
// (values, status symbols and words are printed next to the marks).
//
// No chart has a viewBox: one SVG user unit is one CSS pixel, so chart text is FontSize pixels at every page width
// instead of growing and shrinking with the chart. The bar chart and the heat map take the page's width by placing
// their marks at percentages of it (an SVG length may be a percentage of the viewport); the trends keep their natural
// size and the page wraps them, one to three a row.
internal static class SvgCharts
{
    public static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    /// <summary>The size of chart labels and figures, in CSS pixels.</summary>
    public const int FontSize = 13;

    /// <summary>The size of axis tick labels, in CSS pixels.</summary>
    public const int TickFontSize = 12;

    // The natural width of a trend chart: one fits a 360-pixel phone beside the page's margins.
    private const int TrendWidth = 300;

    private const int TrendHeight = 150;
    private const int LineHeight = 16;
    private const string Ink = "#1f2328";
    private const string Muted = "#57606a";
    private const string Grid = "#d0d7de";

    // Prefixes a short label drops: the name's "rate of" / "number of" says nothing the unit does not.
    private static readonly string[] DroppedPrefixes = ["Tỷ lệ ", "Tỉ lệ ", "Số lượng "];

    // "Số" starts the noun itself in "số hóa" (digitisation), "số liệu" (data), "số định danh" (id number) …
    private static readonly string[] KeptAfterSo = ["hóa", "hoá", "liệu", "định", "điện", "hiệu", "học"];

    /// <summary>
    /// Status colours, colour-blind safe: met is a navy and missed an orange far lighter than it (CIE L* 22 against 48;
    /// 21 against 51 for a deuteranope, 24 against 43 for a protanope, who see navy against olive), at risk a dark
    /// brown and on track a mid blue; every one reaches 4.5:1 on white, so the status words are printed in them.
    /// </summary>
    public static string StatusColor(TargetStatus? status) => status switch
    {
        TargetStatus.Achieved => "#0b3563",
        TargetStatus.OnTrack => "#1f6fb2",
        TargetStatus.AtRisk => "#704800",
        TargetStatus.Missed => "#b35900",
        _ => Muted,
    };

    /// <summary>The shape printed beside a status word, so that a status reads without its colour.</summary>
    public static string StatusSymbol(TargetStatus? status) => status switch
    {
        TargetStatus.Achieved => "✓",
        TargetStatus.OnTrack => "▲",
        TargetStatus.AtRisk => "⚠\uFE0E",
        TargetStatus.NotYetDue => "○",
        TargetStatus.Missed => "✗",
        TargetStatus.NoData => "–",
        _ => "·",
    };

    /// <summary>
    /// A short label for an indicator: its Vietnamese name without a leading "Tỷ lệ" or "Số" ("Tỷ lệ hồ sơ nộp trực
    /// tuyến" → "Hồ sơ nộp trực tuyến"), capitalised.
    /// </summary>
    public static string ShortName(string name)
    {
        var text = name.Trim().Normalize(NormalizationForm.FormC);
        var prefix = DroppedPrefixes.FirstOrDefault(p => text.StartsWith(p, StringComparison.OrdinalIgnoreCase));
        if (prefix is not null)
        {
            text = text[prefix.Length..].TrimStart();
        }
        else if (text.StartsWith("Số ", StringComparison.OrdinalIgnoreCase)
            && !KeptAfterSo.Any(word => text[3..].StartsWith(word + " ", StringComparison.OrdinalIgnoreCase) || text[3..].Equals(word, StringComparison.OrdinalIgnoreCase)))
        {
            text = text[3..].TrimStart();
        }

        if (text.Length == 0)
        {
            return name;
        }

        return char.IsLower(text[0]) ? char.ToUpperInvariant(text[0]) + text[1..] : text;
    }

    /// <summary>Words wrapped into at most <paramref name="maxLines"/> lines of <paramref name="width"/> characters, the last ending in "…" when cut.</summary>
    public static IReadOnlyList<string> Wrap(string text, int width, int maxLines)
    {
        static string Cut(string line, int width) => line.Length < width ? line + "…" : line[..(width - 1)].TrimEnd() + "…";

        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                if (lines.Count == maxLines - 1)
                {
                    lines.Add(Cut(line.ToString(), width));
                    return lines;
                }

                lines.Add(line.ToString());
                line.Clear();
            }

            line.Append(line.Length > 0 ? " " : string.Empty).Append(word);
        }

        if (line.Length > 0)
        {
            lines.Add(line.Length > width ? Cut(line.ToString(), width) : line.ToString());
        }

        return lines;
    }

    /// <summary>
    /// Horizontal bars, one a row under the indicator's short name: each rate's value on a 0–100% scale across the
    /// page's width, its target as a black marker, coloured by status, with the value and the status symbol on the
    /// name's line.
    /// </summary>
    public static XElement ValueVersusTarget(string id, IReadOnlyList<IndicatorRow> rows)
    {
        const int AxisHeight = 22;
        const int BarHeight = 14;
        var labels = rows.Select(row => Wrap(ShortName(row.Name), 34, 2)).ToList();
        static int RowHeight(IReadOnlyList<string> lines) => (lines.Count * LineHeight) + BarHeight + 14;
        var height = AxisHeight + labels.Sum(RowHeight);
        var description = string.Join("; ", rows.Select(row =>
            $"{row.Name} ({row.Code}): {ReportText.Value(row)}, mục tiêu {ReportText.Target(row)}, {ReportText.Status(row)}"));
        var svg = Root(id, "100%", height, "Kết quả các chỉ tiêu tỷ lệ so với mục tiêu", description);
        svg.Add(new XAttribute("class", "chart chart-bars"));
        foreach (var tick in new[] { 0, 25, 50, 75, 100 })
        {
            var x = Percent(tick);
            svg.Add(
                new XElement(Svg + "line", new XAttribute("x1", x), new XAttribute("x2", x), Attr("y1", AxisHeight - 4), Attr("y2", height - 4), new XAttribute("stroke", Grid), new XAttribute("stroke-width", "1")),
                Text(x, 14, VietnameseFormat.Percent(tick), tick == 0 ? "start" : tick == 100 ? "end" : "middle", TickFontSize, Muted, "tick"));
        }

        var y = AxisHeight;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var lines = labels[i];
            var value = Math.Clamp(row.Value ?? 0m, 0m, 100m);
            var barY = y + (lines.Count * LineHeight) + 4;
            var bar = new XElement(
                Svg + "g",
                new XAttribute("class", "bar"),
                new XElement(Svg + "title", $"{row.Name} ({row.Code}): {ReportText.Value(row)} — mục tiêu {ReportText.Target(row)} — {ReportText.Status(row)}"),
                Label(lines, "0", y + FontSize, "start", "label"),
                new XElement(
                    Svg + "text",
                    new XAttribute("x", "100%"),
                    Attr("y", y + FontSize),
                    new XAttribute("text-anchor", "end"),
                    new XAttribute("font-size", FontSize),
                    new XAttribute("fill", Ink),
                    new XAttribute("class", "value"),
                    ReportText.Value(row) + " ",
                    new XElement(Svg + "tspan", new XAttribute("fill", StatusColor(row.Status)), new XAttribute("font-weight", "bold"), StatusSymbol(row.Status))),
                new XElement(Svg + "rect", new XAttribute("x", "0"), Attr("y", barY), new XAttribute("width", "100%"), Attr("height", BarHeight), new XAttribute("fill", "#eef1f4")),
                new XElement(Svg + "rect", new XAttribute("x", "0"), Attr("y", barY), new XAttribute("width", Percent(value)), Attr("height", BarHeight), new XAttribute("fill", StatusColor(row.Status))));
            if (row.Target is { } target)
            {
                // A 3-pixel marker centred on the threshold, standing out above and below the bar.
                bar.Add(new XElement(
                    Svg + "rect",
                    new XAttribute("x", Percent(Math.Clamp(target.Value, 0m, 100m))),
                    Attr("y", barY - 4),
                    Attr("width", 3),
                    Attr("height", BarHeight + 8),
                    new XAttribute("transform", "translate(-1.5 0)"),
                    new XAttribute("fill", Ink)));
            }

            svg.Add(bar);
            y += RowHeight(lines);
        }

        return svg;
    }

    /// <summary>A y scale: its lowest and highest values and the step between its labelled ticks.</summary>
    public sealed record Scale(decimal Min, decimal Max, decimal Step)
    {
        public IEnumerable<decimal> Ticks()
        {
            for (var tick = Min; tick <= Max; tick += Step)
            {
                yield return tick;
            }
        }
    }

    /// <summary>
    /// The scale that holds all <paramref name="values"/>, widened to round ticks (a step of 1, 2, 2,5 or 5 times a
    /// power of ten, about four steps); never below zero for values that are not.
    /// </summary>
    public static Scale NiceScale(IEnumerable<decimal> values)
    {
        var all = values.ToList();
        var low = all.Count == 0 ? 0m : all.Min();
        var high = all.Count == 0 ? 1m : all.Max();
        var span = high - low;
        if (span == 0)
        {
            var pad = Math.Max(Math.Abs(high) / 10m, 1m);
            (low, high, span) = (low >= 0 && low - pad < 0 ? 0 : low - pad, high + pad, 2 * pad);
        }

        var step = NiceStep(span / 4);
        var min = Math.Floor(low / step) * step;
        var max = Math.Ceiling(high / step) * step;
        if (max == min)
        {
            max += step;
        }

        return new Scale(min, max, step);
    }

    /// <summary>
    /// The scale of a count: from zero, so that the height of a line above the axis is the count itself and a change of
    /// a few hundred on 78.000 does not look like a doubling; up to the round tick above the largest value.
    /// </summary>
    public static Scale CountScale(IEnumerable<decimal> values) => NiceScale(values.Prepend(0m));

    /// <summary>
    /// A 12-month line at its natural size on the given y scale, with labelled y ticks, month ticks on the x axis, the
    /// target's threshold as a dashed line when the row has a target, and the last month's point in its status colour.
    /// </summary>
    public static XElement Trend(string id, IndicatorRow row, Scale scale)
    {
        var points = row.Trend;
        var tickLabels = scale.Ticks().Select(tick => AxisNumber(tick, row.IsRate)).ToList();
        var left = 8 + (int)Math.Ceiling(tickLabels.Max(label => label.Length) * 6.5);
        const int Right = TrendWidth - 12;
        const int Top = 10;
        const int Bottom = TrendHeight - 26;
        var description = $"Thang đo từ {AxisNumber(scale.Min, row.IsRate)} đến {AxisNumber(scale.Max, row.IsRate)}"
            + (row.Target is not null ? $"; mục tiêu {ReportText.Target(row)}" : string.Empty) + ". "
            + string.Join("; ", points.Select(point => $"{MonthLabel(point.Month)}: {VietnameseFormat.WithUnit(point.Value, row.Unit)}"));
        var svg = Root(id, TrendWidth.ToString(CultureInfo.InvariantCulture), TrendHeight, $"Xu hướng 12 tháng: {row.Name} ({row.Code})", description);
        svg.Add(
            new XAttribute("class", "chart chart-trend"),
            new XAttribute("data-y-min", Num(scale.Min)),
            new XAttribute("data-y-max", Num(scale.Max)));
        var span = scale.Max - scale.Min;
        decimal X(int index) => points.Count == 1 ? (left + Right) / 2m : left + ((Right - left) * (decimal)index / (points.Count - 1));
        decimal Y(decimal value) => Bottom - ((Bottom - Top) * (value - scale.Min) / span);
        var ticks = scale.Ticks().ToList();
        for (var i = 0; i < ticks.Count; i++)
        {
            var y = Y(ticks[i]);
            svg.Add(
                new XElement(Svg + "line", Attr("x1", left), Attr("x2", Right), Attr("y1", y), Attr("y2", y), new XAttribute("stroke", i == 0 ? "#8c959f" : Grid), new XAttribute("stroke-width", "1")),
                Text(left - 5, y + 4, tickLabels[i], "end", TickFontSize, Muted, "tick tick-y"));
        }

        // Every month gets a tick; every other one, counting back from the report's month, its label (T9, T7 …).
        var labelEvery = points.Count > 7 ? 2 : 1;
        for (var i = 0; i < points.Count; i++)
        {
            var x = X(i);
            svg.Add(new XElement(Svg + "line", Attr("x1", x), Attr("x2", x), Attr("y1", Bottom), Attr("y2", Bottom + 4), new XAttribute("stroke", "#8c959f"), new XAttribute("stroke-width", "1")));
            if ((points.Count - 1 - i) % labelEvery == 0)
            {
                svg.Add(Text(x, Bottom + 18, MonthTick(points[i].Month), "middle", TickFontSize, Muted, "tick tick-x"));
            }
        }

        if (row.Target is { } target)
        {
            var ty = Y(Math.Clamp(target.Value, scale.Min, scale.Max));
            svg.Add(new XElement(
                Svg + "line",
                new XAttribute("class", "target"),
                Attr("x1", left),
                Attr("x2", Right),
                Attr("y1", ty),
                Attr("y2", ty),
                new XAttribute("stroke", Ink),
                new XAttribute("stroke-dasharray", "6 4"),
                new XAttribute("stroke-width", "1.5")));
        }

        var path = string.Join(" ", points.Select((point, index) => $"{Num(X(index))},{Num(Y(point.Value))}"));
        svg.Add(new XElement(Svg + "polyline", new XAttribute("points", path), new XAttribute("fill", "none"), new XAttribute("stroke", "#3d4852"), new XAttribute("stroke-width", "2"), new XAttribute("stroke-linejoin", "round")));
        var last = points.Count - 1;
        svg.Add(new XElement(
            Svg + "circle",
            Attr("cx", X(last)),
            Attr("cy", Y(points[last].Value)),
            Attr("r", 4.5m),
            new XAttribute("fill", StatusColor(row.Status)),
            new XAttribute("stroke", "#ffffff"),
            new XAttribute("stroke-width", "1.5")));
        return svg;
    }

    /// <summary>Lead agencies × lateness bands (working days), each cell shaded by its count of overdue tasks, across the page's width.</summary>
    public static XElement OverdueHeatMap(string id, IReadOnlyList<string> agencies, IReadOnlyList<OverdueTask> overdue)
    {
        string[] bands = ["1–5", "6–10", "11–20", "> 20"];
        static int Band(int days) => days switch { <= 5 => 0, <= 10 => 1, <= 20 => 2, _ => 3 };
        var counts = agencies.Select(agency => bands.Select((_, band) => overdue.Count(task => task.LeadAgency == agency && Band(task.WorkingDaysLate) == band)).ToArray()).ToArray();
        var max = Math.Max(1, counts.SelectMany(row => row).DefaultIfEmpty(0).Max());

        // The labels take the left 44% (150 px on a phone: two lines of 22 characters), the four bands 14% each.
        const decimal CellsLeft = 44m;
        const decimal CellWidth = 14m;
        const int HeaderHeight = 22;
        var labels = agencies.Select(agency => Wrap(agency, 22, 2)).ToList();
        int RowHeight(int a) => Math.Max(28, (labels[a].Count * LineHeight) + 12);
        var height = HeaderHeight + Enumerable.Range(0, agencies.Count).Sum(RowHeight);
        var description = string.Join("; ", agencies.Select((agency, a) =>
            $"{agency}: " + string.Join(", ", bands.Select((band, b) => $"{counts[a][b]} nhiệm vụ quá {band} ngày làm việc"))));
        var svg = Root(id, "100%", height, "Nhiệm vụ quá hạn theo đơn vị chủ trì và số ngày làm việc quá hạn", description);
        svg.Add(new XAttribute("class", "chart chart-heat"));
        for (var b = 0; b < bands.Length; b++)
        {
            svg.Add(Text(Percent(CellsLeft + (b * CellWidth) + (CellWidth / 2)), 15, bands[b], "middle", TickFontSize, Muted, "tick"));
        }

        var y = HeaderHeight;
        for (var a = 0; a < agencies.Count; a++)
        {
            var rowHeight = RowHeight(a);
            var firstBaseline = y + ((rowHeight - (labels[a].Count * LineHeight)) / 2) + FontSize - 1;
            svg.Add(Label(labels[a], Percent(CellsLeft - 2), firstBaseline, "end", "label"));
            for (var b = 0; b < bands.Length; b++)
            {
                var count = counts[a][b];
                var (fill, ink) = HeatColor(count, max);
                svg.Add(new XElement(
                    Svg + "g",
                    new XElement(Svg + "title", $"{agencies[a]}: {count} nhiệm vụ quá hạn {bands[b]} ngày làm việc"),
                    new XElement(
                        Svg + "rect",
                        new XAttribute("x", Percent(CellsLeft + (b * CellWidth))),
                        Attr("y", y),
                        new XAttribute("width", Percent(CellWidth)),
                        Attr("height", rowHeight),
                        new XAttribute("fill", fill),
                        new XAttribute("stroke", "#ffffff"),
                        new XAttribute("stroke-width", "2")),
                    Text(Percent(CellsLeft + (b * CellWidth) + (CellWidth / 2)), y + (rowHeight / 2) + 5, count.ToString(CultureInfo.InvariantCulture), "middle", FontSize, ink, "value")));
            }

            y += rowHeight;
        }

        return svg;
    }

    private static XElement Root(string id, string width, int height, string title, string description) => new(
        Svg + "svg",
        new XAttribute("xmlns", Svg.NamespaceName),
        new XAttribute("id", id),
        new XAttribute("width", width),
        new XAttribute("height", height),
        new XAttribute("role", "img"),
        new XAttribute("aria-labelledby", $"{id}-title {id}-desc"),
        new XElement(Svg + "title", new XAttribute("id", id + "-title"), title),
        new XElement(Svg + "desc", new XAttribute("id", id + "-desc"), description));

    // From a pale to a deep red; counts above half the maximum get white text so the figure keeps its contrast.
    private static (string Fill, string Ink) HeatColor(int count, int max)
    {
        if (count == 0)
        {
            return ("#f6f8fa", Muted);
        }

        var share = (decimal)count / max;
        int Mix(int from, int to) => (int)Math.Round(from + ((to - from) * share), MidpointRounding.AwayFromZero);
        var fill = string.Create(CultureInfo.InvariantCulture, $"#{Mix(0xfd, 0x8e):x2}{Mix(0xd8, 0x1b):x2}{Mix(0xd3, 0x10):x2}");
        return (fill, share > 0.5m ? "#ffffff" : Ink);
    }

    private static decimal NiceStep(decimal raw)
    {
        var power = 1m;
        while (power * 10 <= raw)
        {
            power *= 10;
        }

        while (power > raw && power > 0.0001m)
        {
            power /= 10;
        }

        return new[] { 1m, 2m, 2.5m, 5m, 10m }.Select(factor => factor * power).First(step => step >= raw);
    }

    private static string AxisNumber(decimal value, bool rate) => rate ? VietnameseFormat.Percent(value) : VietnameseFormat.Number(value);

    private static string MonthLabel(YearMonth month) =>
        string.Create(CultureInfo.InvariantCulture, $"{month.Month:00}/{month.Year}");

    // Lines of a label, one <text> each (a <text> of <tspan>s would be indented by the writer, and the whitespace
    // between the lines would shift a right-aligned label), LineHeight apart.
    private static XElement Label(IReadOnlyList<string> lines, string x, decimal y, string anchor, string cssClass) => new(
        Svg + "g",
        new XAttribute("class", cssClass),
        lines.Select((line, index) => Text(x, y + (index * LineHeight), line, anchor, FontSize, Ink, "line")));

    private static XElement Text(decimal x, decimal y, string text, string anchor, int size, string fill, string cssClass) =>
        Text(Num(x), y, text, anchor, size, fill, cssClass);

    private static XElement Text(string x, decimal y, string text, string anchor, int size, string fill, string cssClass) => new(
        Svg + "text",
        new XAttribute("x", x),
        Attr("y", y),
        new XAttribute("text-anchor", anchor),
        new XAttribute("font-size", size),
        new XAttribute("fill", fill),
        new XAttribute("class", cssClass),
        text);

    private static string Percent(decimal value) => Num(value) + "%";

    private static XAttribute Attr(string name, decimal value) => new(name, Num(value));

    // An SVG coordinate: "0.##" itself rounds a decimal half away from zero to two places.
    private static string Num(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    // A month on the trend's axis: "T9" for September, the short form the page's note explains.
    internal static string MonthTick(YearMonth month) => "T" + month.Month.ToString(CultureInfo.InvariantCulture);
}
