using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using System.Globalization;
using System.IO.Compression;
using System.Xml.Linq;
using KhanhHoa.Governance.Indicators;
using KhanhHoa.Governance.Tests.Shared;
using static KhanhHoa.Governance.Tests.Shared.Browser;

namespace KhanhHoa.Governance.Reporting.Tests;

public class HtmlReportTest
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";
    private static readonly byte[] Html = HtmlReportRenderer.Instance.RenderToBytes(SampleReport.Build());

    // The page as a phone (390 px) and a desktop (1280 px) lay it out, measured once for all the tests that need it.
    private static readonly Lazy<PageLayout> Phone = new(() => PageLayout.Measure(Html, 390));
    private static readonly Lazy<PageLayout> Desktop = new(() => PageLayout.Measure(Html, 1280));

    private static string Text => System.Text.Encoding.UTF8.GetString(Html);

    private static XDocument Document => Parse(Text);

    private static XDocument Page(MonthlyReport report) => Parse(System.Text.Encoding.UTF8.GetString(HtmlReportRenderer.Instance.RenderToBytes(report)));

    private static XDocument Parse(string html) => XDocument.Parse(html["<!DOCTYPE html>\n".Length..]);

    [Fact]
    public void The_page_is_well_formed_xhtml_with_accessible_charts()
    {
        Assert.StartsWith("<!DOCTYPE html>\n", Text, StringComparison.Ordinal);
        var document = XDocument.Parse(Text["<!DOCTYPE html>\n".Length..]);
        Assert.Equal("vi", document.Root!.Attribute("lang")!.Value);
        var charts = document.Descendants(Svg + "svg").ToList();
        Assert.Contains(charts, c => c.Attribute("id")!.Value == "chart-targets");
        Assert.Contains(charts, c => c.Attribute("id")!.Value == "chart-overdue");
        Assert.Equal(SampleReport.Build().Indicators.Count(), charts.Count(c => c.Attribute("id")!.Value.StartsWith("chart-trend-", StringComparison.Ordinal)));
        Assert.All(charts, chart =>
        {
            Assert.Equal("img", chart.Attribute("role")!.Value);
            Assert.False(string.IsNullOrWhiteSpace(chart.Element(Svg + "title")!.Value));
            Assert.False(string.IsNullOrWhiteSpace(chart.Element(Svg + "desc")!.Value));
        });
        Assert.Contains("82,67%", charts.Single(c => c.Attribute("id")!.Value == "chart-targets").Element(Svg + "desc")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void The_page_needs_nothing_from_outside()
    {
        Assert.DoesNotContain("src=", Text, StringComparison.Ordinal);
        Assert.DoesNotContain("href=", Text, StringComparison.Ordinal);
        Assert.DoesNotContain("url(", Text, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", Text, StringComparison.Ordinal);
        Assert.DoesNotMatch("<(div|td|th|p|span|li|ul|ol|h[1-4]|table|tr|figure|figcaption|title|style)( [^>]*)?/>", Text);
    }

    [Fact]
    public void Synthetic_figures_are_labelled()
    {
        Assert.Contains("class=\"synthetic\"", Text, StringComparison.Ordinal);
        Assert.Contains(">giả lập<", Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Chart_text_is_the_same_readable_size_on_a_phone_and_on_a_desktop()
    {
        var phone = Phone.Value.Texts;
        var desktop = Desktop.Value.Texts;

        Assert.NotEmpty(phone);
        Assert.Equal(phone.Select(text => (text.Chart, text.Text)), desktop.Select(text => (text.Chart, text.Text)));
        for (var i = 0; i < phone.Count; i++)
        {
            Assert.True(phone[i].Size >= 11, $"\"{phone[i].Text}\" in {phone[i].Chart} is drawn at {phone[i].Size} px on a phone");
            Assert.True(Math.Abs(phone[i].Size - desktop[i].Size) < 0.01, $"\"{phone[i].Text}\" in {phone[i].Chart} is drawn at {phone[i].Size} px on a phone, {desktop[i].Size} px on a desktop");
        }
    }

    [Theory]
    [InlineData(390)]
    [InlineData(1280)]
    public void Chart_text_stays_on_the_screen_and_bar_labels_clear_their_values(int width)
    {
        var layout = width == 390 ? Phone.Value : Desktop.Value;

        Assert.All(layout.Texts, text => Assert.True(
            text.Left >= -0.5 && text.Right <= width + 0.5,
            $"\"{text.Text}\" in {text.Chart} spans {text.Left}–{text.Right} px on a {width}-pixel screen"));
        Assert.NotEmpty(layout.Bars);
        Assert.All(layout.Bars, bar => Assert.True(bar.LabelRight + 4 <= bar.ValueLeft, $"the label of bar {bar.Title} runs into its value"));
    }

    [Fact]
    public void On_a_phone_tables_are_stacked_so_no_column_is_narrower_than_its_longest_word()
    {
        var phone = Phone.Value;

        Assert.True(phone.PageOverflow <= 0.5, $"the page is {phone.PageOverflow} px wider than a phone's screen");
        Assert.All(phone.Wraps, wrap => Assert.True(wrap.Overflow <= 0.5, $"a table of {wrap.Columns} columns scrolls sideways by {wrap.Overflow} px on a phone"));
        Assert.NotEmpty(phone.Cells);
        Assert.All(phone.Cells, cell =>
        {
            var what = $"the \"{cell.Label}\" cell \"{cell.Content}\"";
            Assert.True(cell.Overflow <= 0.5, $"{what} overflows by {cell.Overflow} px");
            Assert.True(cell.Left >= -0.5 && cell.Right <= 390.5, $"{what} spans {cell.Left}–{cell.Right} px, off a 390-pixel screen");
            Assert.True(cell.Broken.Count == 0, $"{what} is narrower than its words {string.Join(", ", cell.Broken)}");
            Assert.True(cell.Outside.Count == 0, $"{what} is narrower than its words {string.Join(", ", cell.Outside)}");
            Assert.True(cell.Words < 4 || cell.Words >= 2 * cell.Lines, $"{what} is crushed to {cell.Lines} lines for {cell.Words} words");
        });

        // Every row's status is among them, on screen: the column that used to be pushed off it.
        Assert.Equal(SampleReport.Build().Indicators.Count(), phone.Cells.Count(cell => cell.Label == "Đánh giá"));
    }

    [Fact]
    public void At_1280_pixels_no_table_is_cut_off_not_even_the_units_annex()
    {
        var desktop = Desktop.Value;

        Assert.True(desktop.PageOverflow <= 0.5, $"the page is {desktop.PageOverflow} px wider than the screen");
        Assert.Contains(desktop.Wraps, wrap => wrap.Columns >= ReportText.UnitColumns.Length - 1);
        Assert.All(desktop.Wraps, wrap => Assert.True(wrap.Overflow <= 0.5, $"a table of {wrap.Columns} columns scrolls sideways by {wrap.Overflow} px on a desktop"));
        Assert.True(desktop.TableRight <= 1280, $"the widest table ends at {desktop.TableRight} px on a 1280-pixel screen");
    }

    // A4 is 1123 CSS pixels tall: on a phone the page, annexes, trends and long tables folded, scrolls no further than
    // the Word report of the same data is long on paper (the default run's was 108.900 px for 15 printed pages, two
    // thirds of it annex cards).
    [Fact]
    public void On_a_phone_the_page_is_no_longer_than_the_Word_report_printed()
    {
        var printed = WordPrintTest.PrintedPages.Value.Length * 1123;
        Assert.True(Phone.Value.PageHeight <= printed, $"the page is {Phone.Value.PageHeight} px tall on a phone; the Word report prints {printed} px");
        Assert.All(Document.Descendants(Xhtml + "details"), details => Assert.Null(details.Attribute("open")));
        Assert.Equal(2, Document.Descendants(Xhtml + "details").Count(d => d.Attribute("class")!.Value.StartsWith("annex", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_column_empty_in_every_row_is_left_out_and_an_empty_cell_takes_no_line_of_a_card()
    {
        var sample = SampleReport.Build();
        var report = sample with { IndicatorGroups = [.. sample.IndicatorGroups.Select(g => g with { Rows = [.. g.Rows.Select(r => r with { MonthOnMonthChange = null })] })] };
        var page = Page(report);
        var headers = page.Descendants(Xhtml + "th").Select(th => th.Value).ToList();
        Assert.Contains("Chỉ tiêu", headers);
        Assert.DoesNotContain("So với tháng trước", headers);
        Assert.Contains("So với tháng trước", Document.Descendants(Xhtml + "th").Select(th => th.Value));
        Assert.All(page.Descendants(Xhtml + "td").Where(td => td.Value == "—"), td => Assert.Contains("empty", td.Attribute("class")!.Value, StringComparison.Ordinal));
        Assert.Contains("td.empty { display: none; }", Text, StringComparison.Ordinal);
    }

    // A count's trend is drawn from zero, so that 78.508 beside 78.000 is not drawn as a doubling; its axis covers the
    // largest month and the target.
    [Property(MaxTest = 60)]
    public Property Every_count_axis_starts_at_zero_and_covers_the_largest_value()
    {
        var sample = SampleReport.Build();
        var values = Gen.Choose(0, 2_000_000).Select(v => (decimal)v).ArrayOf(12);
        return Prop.ForAll(values.ToArbitrary(), trend =>
        {
            IndicatorRow Count(IndicatorRow row) => row.IsRate ? row : row with { Trend = [.. row.Trend.Select((point, i) => point with { Value = trend[i % trend.Length] })] };
            var report = sample with { IndicatorGroups = [.. sample.IndicatorGroups.Select(g => g with { Rows = [.. g.Rows.Select(Count)] })] };
            var page = Page(report);
            var charts = page.Descendants(Svg + "svg").ToDictionary(svg => svg.Attribute("id")!.Value);
            var counts = report.IndicatorGroups.SelectMany(g => g.Rows).Where(r => r.Trend.Count >= 2)
                .Select((row, i) => (Row: row, Chart: charts["chart-trend-" + (i + 1).ToString(CultureInfo.InvariantCulture)]))
                .Where(t => !t.Row.IsRate)
                .ToList();
            return counts.Count > 0 && counts.All(t =>
                decimal.Parse(t.Chart.Attribute("data-y-min")!.Value, CultureInfo.InvariantCulture) == 0
                && decimal.Parse(t.Chart.Attribute("data-y-max")!.Value, CultureInfo.InvariantCulture) >= t.Row.Trend.Max(p => p.Value)
                && Texts(t.Chart, "tick-y")[0] == "0");
        });
    }

    [Fact]
    public void The_rate_trends_of_a_group_share_one_labelled_y_scale_with_month_ticks_and_the_target()
    {
        var report = SampleReport.Build();
        var charts = Document.Descendants(Svg + "svg").ToDictionary(svg => svg.Attribute("id")!.Value);
        var number = 0;
        foreach (var group in report.IndicatorGroups)
        {
            var trends = group.Rows.Where(row => row.Trend.Count >= 2).Select(row => (Row: row, Chart: charts["chart-trend-" + ++number])).ToList();
            var rateScales = trends.Where(trend => trend.Row.IsRate)
                .Select(trend => (trend.Chart.Attribute("data-y-min")!.Value, trend.Chart.Attribute("data-y-max")!.Value))
                .Distinct()
                .ToList();
            Assert.True(rateScales.Count <= 1, $"the rates of group {group.Code} are drawn on {rateScales.Count} scales");
            foreach (var (row, chart) in trends)
            {
                var min = decimal.Parse(chart.Attribute("data-y-min")!.Value, CultureInfo.InvariantCulture);
                var max = decimal.Parse(chart.Attribute("data-y-max")!.Value, CultureInfo.InvariantCulture);
                Assert.All(row.Trend, point => Assert.InRange(point.Value, min, max));
                var yTicks = Texts(chart, "tick-y");
                Assert.True(yTicks.Count >= 3, $"{row.Code}'s trend has {yTicks.Count} y labels");
                Assert.Equal(row.IsRate ? VietnameseFormat.Percent(min) : VietnameseFormat.Number(min), yTicks[0]);
                Assert.Equal(row.IsRate ? VietnameseFormat.Percent(max) : VietnameseFormat.Number(max), yTicks[^1]);
                var xTicks = Texts(chart, "tick-x");
                Assert.True(xTicks.Count >= 4, $"{row.Code}'s trend has {xTicks.Count} month labels");
                Assert.All(xTicks, tick => Assert.Matches("^T(1[0-2]|[1-9])$", tick));
                Assert.Equal("T" + report.Period.LastMonth.Month.ToString(CultureInfo.InvariantCulture), xTicks[^1]);
                var target = chart.Elements(Svg + "line").SingleOrDefault(line => line.Attribute("class")?.Value == "target");
                Assert.Equal(row.Target is not null, target is not null);
                if (target is not null)
                {
                    Assert.Equal("6 4", target.Attribute("stroke-dasharray")!.Value);
                }
            }
        }

        Assert.Equal(number, charts.Keys.Count(id => id.StartsWith("chart-trend-", StringComparison.Ordinal)));
    }

    [Fact]
    public void Charts_label_indicators_by_short_vietnamese_names_not_codes()
    {
        var report = SampleReport.Build();
        var codes = report.Indicators.Select(row => row.Code).ToList();
        var document = Document;
        var charts = document.Descendants(Svg + "svg").ToList();
        var shown = charts.SelectMany(chart => chart.Descendants(Svg + "text")).Select(text => text.Value)
            .Concat(document.Descendants(Xhtml + "figcaption").Select(caption => caption.Value))
            .ToList();
        Assert.All(shown, text => Assert.DoesNotContain(codes, code => text.Contains(code, StringComparison.Ordinal)));

        var bars = charts.Single(chart => chart.Attribute("id")!.Value == "chart-targets").Elements(Svg + "g").ToList();
        var rates = report.Indicators.Where(row => row.IsRate && row.Value is not null && row.Target is not null).ToList();
        Assert.Equal(rates.Count, bars.Count);
        for (var i = 0; i < rates.Count; i++)
        {
            var label = string.Join(" ", Texts(bars[i], "line"));
            Assert.Equal(string.Join(" ", SvgCharts.Wrap(SvgCharts.ShortName(rates[i].Name), 34, 2)), label);
            Assert.DoesNotMatch("^Tỷ lệ", label);
            Assert.StartsWith(rates[i].Name + " (" + rates[i].Code + ")", bars[i].Element(Svg + "title")!.Value, StringComparison.Ordinal);
        }

        Assert.Contains(
            document.Descendants(Xhtml + "span"),
            span => span.Attribute("class")?.Value == "trend-name" && span.Value == "TTHC cung cấp dịch vụ công trực tuyến");
    }

    [Theory]
    [InlineData("Tỷ lệ hồ sơ nộp trực tuyến", "Hồ sơ nộp trực tuyến")]
    [InlineData("Tỷ lệ TTHC cung cấp DVCTT", "TTHC cung cấp DVCTT")]
    [InlineData("Số hồ sơ tiếp nhận", "Hồ sơ tiếp nhận")]
    [InlineData("Số lượng tài khoản được kích hoạt", "Tài khoản được kích hoạt")]
    [InlineData("Số hóa hồ sơ, kết quả giải quyết TTHC", "Số hóa hồ sơ, kết quả giải quyết TTHC")]
    [InlineData("Số liệu được đồng bộ", "Số liệu được đồng bộ")]
    [InlineData("Chi trả trợ cấp một lần không dùng tiền mặt", "Chi trả trợ cấp một lần không dùng tiền mặt")]
    public void A_short_name_drops_a_leading_rate_or_number_of(string name, string expected) =>
        Assert.Equal(expected, SvgCharts.ShortName(name));

    [Fact]
    public void A_label_wraps_to_two_lines_and_ends_in_an_ellipsis_when_cut()
    {
        Assert.Equal(["Hồ sơ nộp trực tuyến"], SvgCharts.Wrap("Hồ sơ nộp trực tuyến", 34, 2));
        Assert.Equal(["Hồ sơ giải quyết TTHC được gắn", "định danh cá nhân"], SvgCharts.Wrap("Hồ sơ giải quyết TTHC được gắn định danh cá nhân", 34, 2));
        var cut = SvgCharts.Wrap("Hồ sơ DVCTT toàn trình trên hồ sơ của TTHC đủ điều kiện cung cấp DVCTT toàn trình trên địa bàn tỉnh", 34, 2);
        Assert.Equal(2, cut.Count);
        Assert.EndsWith("…", cut[1], StringComparison.Ordinal);
        Assert.All(cut, line => Assert.True(line.Length <= 34, line));
    }

    [Fact]
    public void Statuses_are_shown_by_symbol_and_word_in_colours_a_colour_blind_reader_tells_apart()
    {
        var report = SampleReport.Build();
        var document = Document;
        var statusCells = document.Descendants(Xhtml + "td").Where(td => td.Attribute("data-label")?.Value == "Đánh giá").ToList();
        var rows = report.IndicatorGroups.SelectMany(group => group.Rows).ToList();
        Assert.Equal(rows.Count, statusCells.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var symbol = statusCells[i].Descendants(Xhtml + "span").Single(span => span.Attribute("class")?.Value == "symbol");
            Assert.Equal("true", symbol.Attribute("aria-hidden")?.Value);
            Assert.Equal(SvgCharts.StatusSymbol(rows[i].Status) + " " + ReportText.Status(rows[i]), statusCells[i].Value);
        }

        TargetStatus?[] statuses = [null, .. Enum.GetValues<TargetStatus>()];
        Assert.Equal(statuses.Length, statuses.Select(SvgCharts.StatusSymbol).Distinct().Count());
        Assert.All(statuses, status => Assert.True(Contrast(SvgCharts.StatusColor(status), "#ffffff") >= 4.5, $"{status} has less than 4.5:1 on white"));

        // Met and missed differ in lightness by at least 15 CIE L* units, as the eye sees them and as a deuteranope or
        // a protanope does (Machado, Oliveira and Fernandes 2009, full severity).
        foreach (var vision in new[] { Vision.Normal, Vision.Deuteranopia, Vision.Protanopia })
        {
            var met = Lightness(SvgCharts.StatusColor(TargetStatus.Achieved), vision);
            var missed = Lightness(SvgCharts.StatusColor(TargetStatus.Missed), vision);
            Assert.True(Math.Abs(met - missed) >= 15, $"met L* {met:0} and missed L* {missed:0} are too close for {vision}");
        }
    }

    [Fact]
    public void A_headless_chromium_lays_the_page_out_with_its_charts_and_paints_it()
    {
        var chromium = Chromium.Find();
        var directory = Directory.CreateTempSubdirectory("khanhhoa-report-");
        try
        {
            var page = Path.Combine(directory.FullName, "report.html");
            File.WriteAllBytes(page, Html);
            var screenshot = Path.Combine(directory.FullName, "report.png");
            var url = new Uri(page).AbsoluteUri;
            var shot = Chromium.Run(chromium, directory.FullName, "shot", $"--screenshot={screenshot}", "--window-size=390,2000", url);
            var dom = Chromium.Run(chromium, directory.FullName, "dom", "--dump-dom", "--window-size=390,2000", url);

            Assert.True(File.Exists(screenshot), "chromium wrote no screenshot: " + shot);
            Assert.Contains("chart-targets", dom, StringComparison.Ordinal);
            Assert.Contains("chart-overdue", dom, StringComparison.Ordinal);
            Assert.Contains("<title id=\"chart-targets-title\">", dom, StringComparison.Ordinal);
            Assert.Contains("aria-labelledby=\"chart-targets-title chart-targets-desc\"", dom, StringComparison.Ordinal);
            Assert.Contains("Nơi nhận:", dom, StringComparison.Ordinal);

            var (width, height, distinctColours, inkShare) = Png.Inspect(File.ReadAllBytes(screenshot));
            Assert.Equal(390, width);
            Assert.Equal(2000, height);
            Assert.True(distinctColours > 20, $"the screenshot has only {distinctColours} colours: blank page?");
            Assert.True(inkShare > 0.02, $"only {inkShare:P1} of the screenshot is not white: blank page?");
            Golden.Rewrite(Path.Combine(TestFiles.RepositoryRoot, "docs", "report-screenshot.png"), File.ReadAllBytes(screenshot));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private enum Vision
    {
        Normal,
        Deuteranopia,
        Protanopia,
    }

    // The text of the SVG <text> elements under an element that carry a class.
    private static List<string> Texts(XElement element, string cssClass) =>
        [.. element.Descendants(Svg + "text")
            .Where(text => (text.Attribute("class")?.Value ?? string.Empty).Split(' ').Contains(cssClass))
            .Select(text => text.Value)];

    private static double Contrast(string a, string b)
    {
        var (la, lb) = (Luminance(Linear(a)), Luminance(Linear(b)));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    private static double Lightness(string colour, Vision vision)
    {
        double[][]? matrix = vision switch
        {
            Vision.Deuteranopia => [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.011820, 0.042940, 0.968881]],
            Vision.Protanopia => [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
            _ => null,
        };
        var rgb = Linear(colour);
        if (matrix is not null)
        {
            rgb = [.. matrix.Select(row => Math.Clamp((row[0] * rgb[0]) + (row[1] * rgb[1]) + (row[2] * rgb[2]), 0, 1))];
        }

        var y = Luminance(rgb);
        return y > 216.0 / 24389 ? (116 * Math.Cbrt(y)) - 16 : y * 24389 / 27;
    }

    private static double Luminance(double[] rgb) => (0.2126 * rgb[0]) + (0.7152 * rgb[1]) + (0.0722 * rgb[2]);

    private static double[] Linear(string colour) =>
    [
        .. new[] { 1, 3, 5 }.Select(at => int.Parse(colour.AsSpan(at, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0)
            .Select(c => c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4)),
    ];

    // Just enough of PNG (8-bit RGB or RGBA, non-interlaced, as Chromium writes) to count colours and ink.
    private static class Png
    {
        public static (int Width, int Height, int DistinctColours, double InkShare) Inspect(byte[] png)
        {
            Assert.Equal([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], png[..8]);
            int width = 0, height = 0, channels = 0;
            using var compressed = new MemoryStream();
            for (var at = 8; at < png.Length;)
            {
                var length = ReadInt(png, at);
                var type = System.Text.Encoding.ASCII.GetString(png, at + 4, 4);
                if (type == "IHDR")
                {
                    width = ReadInt(png, at + 8);
                    height = ReadInt(png, at + 12);
                    Assert.Equal(8, png[at + 16]);
                    channels = png[at + 17] switch { 2 => 3, 6 => 4, var other => throw new InvalidOperationException($"colour type {other}") };
                    Assert.Equal(0, png[at + 20]);
                }
                else if (type == "IDAT")
                {
                    compressed.Write(png, at + 8, length);
                }

                at += 12 + length;
            }

            compressed.Position = 0;
            using var inflater = new ZLibStream(compressed, CompressionMode.Decompress);
            using var raw = new MemoryStream();
            inflater.CopyTo(raw);
            var data = raw.ToArray();
            var stride = width * channels;
            var previous = new byte[stride];
            var current = new byte[stride];
            var colours = new HashSet<int>();
            long ink = 0;
            for (var y = 0; y < height; y++)
            {
                var filter = data[y * (stride + 1)];
                Array.Copy(data, (y * (stride + 1)) + 1, current, 0, stride);
                for (var i = 0; i < stride; i++)
                {
                    int left = i >= channels ? current[i - channels] : 0, up = previous[i], upLeft = i >= channels ? previous[i - channels] : 0;
                    current[i] = (byte)(current[i] + filter switch
                    {
                        0 => 0,
                        1 => left,
                        2 => up,
                        3 => (left + up) / 2,
                        _ => Paeth(left, up, upLeft),
                    });
                }

                for (var x = 0; x < width; x++)
                {
                    int r = current[x * channels], g = current[(x * channels) + 1], b = current[(x * channels) + 2];
                    colours.Add((r << 16) | (g << 8) | b);
                    if (r + g + b < 3 * 240)
                    {
                        ink++;
                    }
                }

                (previous, current) = (current, previous);
            }

            return (width, height, colours.Count, (double)ink / ((long)width * height));
        }

        private static int Paeth(int a, int b, int c)
        {
            var p = a + b - c;
            int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
            return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
        }

        private static int ReadInt(byte[] bytes, int at) => (bytes[at] << 24) | (bytes[at + 1] << 16) | (bytes[at + 2] << 8) | bytes[at + 3];
    }
}
