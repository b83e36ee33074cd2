using System.Globalization;
using System.Xml.Linq;
using KhanhHoa.Governance.Indicators;

namespace KhanhHoa.Governance.Reporting;

// The HTML report's inline charts. Each chart is an <svg role="img"> with a <title> and a <desc> that states every
// figure the chart shows, so a screen reader gets the same information as the eye; colours are never the only cue
// (values and status words are printed next to the marks).
internal static class SvgCharts
{
    public static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private const int Width = 360;
    private const int LabelWidth = 84;
    private const int BarLeft = LabelWidth + 4;
    private const int BarWidth = 200;
    private const int RowHeight = 26;

    public static string StatusColor(TargetStatus? status) => status switch
    {
        TargetStatus.Achieved => "#1a7f37",
        TargetStatus.OnTrack => "#0969da",
        TargetStatus.AtRisk => "#9a6700",
        TargetStatus.Missed => "#c62828",
        _ => "#57606a",
    };

    /// <summary>Horizontal bars: each rate's value on a 0–100% scale, its target as a black marker, coloured by status.</summary>
    public static XElement ValueVersusTarget(string id, IReadOnlyList<IndicatorRow> rows)
    {
        var height = 30 + (rows.Count * RowHeight);
        var description = string.Join("; ", rows.Select(row =>
            $"{row.Code} {row.Name}: {ReportText.Value(row)}, mục tiêu {ReportText.Target(row)}, {ReportText.Status(row)}"));
        var svg = Root(id, height, "Kết quả các chỉ tiêu tỷ lệ so với mục tiêu", description);
        foreach (var tick in new[] { 0, 50, 100 })
        {
            var x = BarLeft + (BarWidth * tick / 100);
            svg.Add(
                new XElement(Svg + "line", Attr("x1", x), Attr("x2", x), Attr("y1", 16), Attr("y2", height - 4), new XAttribute("stroke", "#d0d7de"), new XAttribute("stroke-width", "1")),
                Text(x, 12, tick + "%", "middle", 10, "#57606a"));
        }

        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var y = 22 + (i * RowHeight);
            var value = Math.Clamp(row.Value ?? 0m, 0m, 100m);
            var barLength = BarWidth * value / 100m;
            var bar = new XElement(
                Svg + "g",
                new XElement(Svg + "title", $"{row.Code} {row.Name}: {ReportText.Value(row)} — mục tiêu {ReportText.Target(row)} — {ReportText.Status(row)}"),
                Text(LabelWidth, y + 13, row.Code, "end", 11, "#1f2328"),
                new XElement(Svg + "rect", Attr("x", BarLeft), Attr("y", y + 3), Attr("width", barLength), Attr("height", 14), new XAttribute("fill", StatusColor(row.Status)), new XAttribute("rx", "2")),
                Text(BarLeft + BarWidth + 6, y + 14, ReportText.Value(row), "start", 11, "#1f2328"));
            if (row.Target is { } target)
            {
                var tx = BarLeft + (BarWidth * Math.Clamp(target.Value, 0m, 100m) / 100m);
                bar.Add(new XElement(Svg + "line", Attr("x1", tx), Attr("x2", tx), Attr("y1", y), Attr("y2", y + 20), new XAttribute("stroke", "#1f2328"), new XAttribute("stroke-width", "2")));
            }

            svg.Add(bar);
        }

        return svg;
    }

    /// <summary>A sparkline of up to 12 monthly values, with the last value marked.</summary>
    public static XElement Trend(string id, IndicatorRow row)
    {
        const int W = 160;
        const int H = 56;
        var points = row.Trend;
        var description = string.Join("; ", points.Select(point =>
            $"{point.Month.Month.ToString("00", CultureInfo.InvariantCulture)}/{point.Month.Year.ToString(CultureInfo.InvariantCulture)}: {VietnameseFormat.WithUnit(point.Value, row.Unit)}"));
        var svg = new XElement(
            Svg + "svg",
            new XAttribute("xmlns", Svg.NamespaceName),
            new XAttribute("id", id),
            new XAttribute("viewBox", $"0 0 {W} {H}"),
            new XAttribute("width", W),
            new XAttribute("height", H),
            new XAttribute("role", "img"),
            new XAttribute("aria-labelledby", $"{id}-title {id}-desc"),
            new XElement(Svg + "title", new XAttribute("id", id + "-title"), $"Xu hướng 12 tháng: {row.Code} {row.Name}"),
            new XElement(Svg + "desc", new XAttribute("id", id + "-desc"), description));
        var min = points.Min(point => point.Value);
        var max = points.Max(point => point.Value);
        if (row.Target is { } target && row.IsRate)
        {
            min = Math.Min(min, target.Value);
            max = Math.Max(max, target.Value);
        }

        var span = max - min == 0 ? 1m : max - min;
        decimal X(int index) => points.Count == 1 ? W / 2m : 6 + ((W - 12) * (decimal)index / (points.Count - 1));
        decimal Y(decimal value) => H - 6 - ((H - 12) * (value - min) / span);
        if (row.Target is { } t && row.IsRate)
        {
            svg.Add(new XElement(Svg + "line", Attr("x1", 0), Attr("x2", W), Attr("y1", Y(t.Value)), Attr("y2", Y(t.Value)), new XAttribute("stroke", "#57606a"), new XAttribute("stroke-dasharray", "4 3"), new XAttribute("stroke-width", "1")));
        }

        var path = string.Join(" ", points.Select((point, index) => $"{Num(X(index))},{Num(Y(point.Value))}"));
        svg.Add(new XElement(Svg + "polyline", new XAttribute("points", path), new XAttribute("fill", "none"), new XAttribute("stroke", "#0b5cad"), new XAttribute("stroke-width", "2")));
        var last = points.Count - 1;
        svg.Add(new XElement(Svg + "circle", Attr("cx", X(last)), Attr("cy", Y(points[last].Value)), Attr("r", 3.5m), new XAttribute("fill", StatusColor(row.Status))));
        return svg;
    }

    /// <summary>Lead agencies × lateness bands (working days), each cell shaded by its count of overdue tasks.</summary>
    public static XElement OverdueHeatMap(string id, IReadOnlyList<string> agencies, IReadOnlyList<OverdueTask> overdue)
    {
        string[] bands = ["1–5", "6–10", "11–20", "> 20"];
        static int Band(int days) => days switch { <= 5 => 0, <= 10 => 1, <= 20 => 2, _ => 3 };
        var counts = agencies.Select(agency => bands.Select((_, band) => overdue.Count(task => task.LeadAgency == agency && Band(task.WorkingDaysLate) == band)).ToArray()).ToArray();
        var max = Math.Max(1, counts.SelectMany(row => row).DefaultIfEmpty(0).Max());
        const int LabelW = 150;
        const int CellW = 50;
        const int CellH = 24;
        var height = 24 + (agencies.Count * CellH);
        var description = string.Join("; ", agencies.Select((agency, a) =>
            $"{agency}: " + string.Join(", ", bands.Select((band, b) => $"{counts[a][b]} nhiệm vụ quá {band} ngày làm việc"))));
        var svg = Root(id, height, "Nhiệm vụ quá hạn theo đơn vị chủ trì và số ngày làm việc quá hạn", description);
        for (var b = 0; b < bands.Length; b++)
        {
            svg.Add(Text(LabelW + (b * CellW) + (CellW / 2), 14, bands[b], "middle", 10, "#57606a"));
        }

        for (var a = 0; a < agencies.Count; a++)
        {
            var y = 20 + (a * CellH);
            svg.Add(Text(LabelW - 6, y + 16, Shorten(agencies[a], 24), "end", 11, "#1f2328"));
            for (var b = 0; b < bands.Length; b++)
            {
                var count = counts[a][b];
                var (fill, ink) = HeatColor(count, max);
                svg.Add(new XElement(
                    Svg + "g",
                    new XElement(Svg + "title", $"{agencies[a]}: {count} nhiệm vụ quá hạn {bands[b]} ngày làm việc"),
                    new XElement(Svg + "rect", Attr("x", LabelW + (b * CellW) + 1), Attr("y", y + 1), Attr("width", CellW - 2), Attr("height", CellH - 2), new XAttribute("fill", fill)),
                    Text(LabelW + (b * CellW) + (CellW / 2), y + 16, count.ToString(CultureInfo.InvariantCulture), "middle", 11, ink)));
            }
        }

        return svg;
    }

    private static XElement Root(string id, int height, string title, string description) => new(
        Svg + "svg",
        new XAttribute("xmlns", Svg.NamespaceName),
        new XAttribute("id", id),
        new XAttribute("viewBox", $"0 0 {Width} {height}"),
        new XAttribute("width", "100%"),
        new XAttribute("preserveAspectRatio", "xMinYMin meet"),
        new XAttribute("role", "img"),
        new XAttribute("aria-labelledby", $"{id}-title {id}-desc"),
        new XElement(Svg + "title", new XAttribute("id", id + "-title"), title),
        new XElement(Svg + "desc", new XAttribute("id", id + "-desc"), description));

    // From a pale to a deep red; counts above half the maximum get white text so the figure keeps its contrast.
    private static (string Fill, string Ink) HeatColor(int count, int max)
    {
        if (count == 0)
        {
            return ("#f6f8fa", "#57606a");
        }

        var share = (decimal)count / max;
        int Mix(int from, int to) => (int)Math.Round(from + ((to - from) * share), MidpointRounding.AwayFromZero);
        var fill = string.Create(CultureInfo.InvariantCulture, $"#{Mix(0xfd, 0x8e):x2}{Mix(0xd8, 0x1b):x2}{Mix(0xd3, 0x10):x2}");
        return (fill, share > 0.5m ? "#ffffff" : "#1f2328");
    }

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";

    private static XElement Text(decimal x, decimal y, string text, string anchor, int size, string fill) => new(
        Svg + "text",
        Attr("x", x),
        Attr("y", y),
        new XAttribute("text-anchor", anchor),
        new XAttribute("font-size", size),
        new XAttribute("fill", fill),
        text);

    private static XAttribute Attr(string name, decimal value) => new(name, Num(value));

    // An SVG coordinate: "0.##" itself rounds a decimal half away from zero to two places.
    private static string Num(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
