using System.Diagnostics;
using System.IO.Compression;
using System.Xml.Linq;

namespace KhanhHoa.Governance.Reporting.Tests;

public class HtmlReportTest
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly byte[] Html = HtmlReportRenderer.Instance.RenderToBytes(SampleReport.Build());

    private static string Text => System.Text.Encoding.UTF8.GetString(Html);

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
    public void A_headless_chromium_lays_the_page_out_with_its_charts_and_paints_it()
    {
        var chromium = FindChromium();
        var directory = Directory.CreateTempSubdirectory("khanhhoa-report-");
        try
        {
            var page = Path.Combine(directory.FullName, "report.html");
            File.WriteAllBytes(page, Html);
            var screenshot = Path.Combine(directory.FullName, "report.png");
            var url = new Uri(page).AbsoluteUri;
            var shot = RunChromium(chromium, directory.FullName, "shot", $"--screenshot={screenshot}", "--window-size=390,2000", url);
            var dom = RunChromium(chromium, directory.FullName, "dom", "--dump-dom", "--window-size=390,2000", url);

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
            if (TestFiles.Updating)
            {
                File.Copy(screenshot, Path.Combine(TestFiles.RepositoryRoot, "docs", "report-screenshot.png"), overwrite: true);
            }
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static string FindChromium()
    {
        string[] candidates = [Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? string.Empty, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
        var found = candidates.FirstOrDefault(path => path.Length > 0 && File.Exists(path));
        Assert.True(
            found is not null,
            "Debian's chromium is required for the browser test and was not found at /usr/bin/chromium (or $CHROMIUM_PATH). "
            + "Install it with: apt-get update && apt-get install -y chromium (.ci/run does this when it is missing).");
        return found!;
    }

    private static string RunChromium(string chromium, string work, string name, params string[] arguments)
    {
        var start = new ProcessStartInfo(chromium)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        string[] common =
        [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run", "--hide-scrollbars", $"--user-data-dir={Path.Combine(work, "profile-" + name)}",
        ];
        foreach (var argument in common.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"chromium ({name}) did not finish within 60 s");
        }

        Assert.True(process.ExitCode == 0, $"chromium ({name}) exited with {process.ExitCode}: {stderr.Result}");
        return stdout.Result;
    }

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
