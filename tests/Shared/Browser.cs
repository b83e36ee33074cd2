// Linked into each test project that lays a report out in a browser (see its .csproj): one way to find and run Debian's
// headless chromium and one measure of a page as a phone or a desktop lays it out, for the library's sample report and
// the host's reports alike.
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace KhanhHoa.Governance.Tests.Shared;

/// <summary>Debian's headless chromium, as the browser tests run it.</summary>
internal static class Chromium
{
    /// <summary>Debian's chromium: $CHROMIUM_PATH, else its usual paths; the test fails, never skips, without it.</summary>
    public static string Find()
    {
        string[] candidates = [Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? string.Empty, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
        var found = candidates.FirstOrDefault(path => path.Length > 0 && File.Exists(path));
        Assert.True(
            found is not null,
            "Debian's chromium is required for the browser test and was not found at /usr/bin/chromium (or $CHROMIUM_PATH). "
            + "Install it with: apt-get update && apt-get install -y chromium (.ci/run does this when it is missing).");
        return found!;
    }

    /// <summary>Runs headless chromium with a profile of its own under <paramref name="work"/>; its standard output.</summary>
    public static string Run(string chromium, string work, string name, params string[] arguments)
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
}

/// <summary>A report's HTML as a browser of a given width lays it out.</summary>
internal static class Browser
{
    // What a browser lays out: the report in an <iframe> of a given width, measured by a script in the page that holds
    // the frame (the report itself has none) and written into that page, which Chromium's --dump-dom prints.
    // The page's height is taken as it opens, folds closed; then every fold (annex, trends, long table) is opened and the
    // rest measured.
    internal sealed record PageLayout(double PageHeight, double PageOverflow, double TableRight, IReadOnlyList<ChartText> Texts, IReadOnlyList<Bar> Bars, IReadOnlyList<Wrap> Wraps, IReadOnlyList<Cell> Cells)
    {
        private const string Probe = """
            <!DOCTYPE html>
            <html><head><meta charset="utf-8"></head><body style="margin:0">
            <pre id="result">pending</pre>
            <iframe id="report" src="report.html" style="border:0;display:block;width:WIDTHpx;height:2000px"></iframe>
            <script>
            const frame = document.getElementById('report');
            frame.addEventListener('load', () => {
              const doc = frame.contentDocument, win = frame.contentWindow;
              const round = v => Math.round(v * 100) / 100;
              const pageHeight = doc.documentElement.scrollHeight;
              doc.querySelectorAll('details').forEach(d => { d.open = true; });
              doc.querySelectorAll('input.fold-toggle').forEach(c => { c.checked = true; });
              const rect = e => e.getBoundingClientRect();
              const texts = Array.from(doc.querySelectorAll('svg text')).map(t => {
                const m = t.getScreenCTM();
                return { chart: t.ownerSVGElement.id, text: t.textContent.trim(), size: round(parseFloat(win.getComputedStyle(t).fontSize) * Math.hypot(m.a, m.b)), left: round(rect(t).left), right: round(rect(t).right) };
              });
              const bars = Array.from(doc.querySelectorAll('g.bar')).map(g => ({
                title: g.querySelector('title').textContent, labelRight: round(rect(g.querySelector('.label text')).right), valueLeft: round(rect(g.querySelector('text.value')).left) }));
              const wraps = Array.from(doc.querySelectorAll('.table-wrap')).map(w => ({ columns: w.querySelectorAll('thead th').length, overflow: round(w.scrollWidth - w.clientWidth) }));
              const cells = Array.from(doc.querySelectorAll('td')).map(td => {
                const box = rect(td), words = [];
                const walker = doc.createTreeWalker(td, NodeFilter.SHOW_TEXT);
                for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                  // A word runs to a space, or to a hyphen or an underscore after which a line may break.
                  for (const match of node.data.matchAll(/[^\s_-]+[_-]?|[_-]/g)) {
                    const range = doc.createRange();
                    range.setStart(node, match.index);
                    range.setEnd(node, match.index + match[0].length);
                    const pieces = Array.from(range.getClientRects()).filter(r => r.width > 0);
                    if (pieces.length > 0) words.push({ word: match[0], pieces: pieces.length, top: round(pieces[0].top), left: Math.min(...pieces.map(r => r.left)), right: Math.max(...pieces.map(r => r.right)) });
                  }
                }
                return {
                  label: td.getAttribute('data-label'), content: td.textContent.replace(/\s+/g, ' ').trim(),
                  left: round(box.left), right: round(box.right), overflow: round(td.scrollWidth - td.clientWidth),
                  words: words.length, lines: new Set(words.map(w => w.top)).size,
                  broken: words.filter(w => w.pieces > 1).map(w => w.word),
                  outside: words.filter(w => w.left < box.left - 0.5 || w.right > box.right + 0.5).map(w => w.word),
                };
              });
              const pageOverflow = round(doc.documentElement.scrollWidth - win.innerWidth);
              const tableRight = Math.max(...Array.from(doc.querySelectorAll('table')).map(t => round(rect(t).right)));
              document.getElementById('result').textContent = JSON.stringify({ pageHeight, pageOverflow, tableRight, texts, bars, wraps, cells });
            });
            </script>
            </body></html>
            """;

        private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

        public static PageLayout Measure(byte[] html, int width)
        {
            var chromium = Chromium.Find();
            var directory = Directory.CreateTempSubdirectory("khanhhoa-layout-");
            try
            {
                File.WriteAllBytes(Path.Combine(directory.FullName, "report.html"), html);
                var probe = Path.Combine(directory.FullName, "probe.html");
                File.WriteAllText(probe, Probe.Replace("WIDTH", width.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal));
                var dom = Chromium.Run(
                    chromium,
                    directory.FullName,
                    "measure",
                    "--allow-file-access-from-files",
                    "--run-all-compositor-stages-before-draw",
                    "--virtual-time-budget=10000",
                    $"--window-size={width},2000",
                    "--dump-dom",
                    new Uri(probe).AbsoluteUri);
                var result = WebUtility.HtmlDecode(Regex.Match(dom, "<pre id=\"result\">(.*?)</pre>", RegexOptions.Singleline).Groups[1].Value);
                Assert.True(result.StartsWith('{'), $"the measuring page reported \"{result}\"");
                return JsonSerializer.Deserialize<PageLayout>(result, Options)!;
            }
            finally
            {
                directory.Delete(recursive: true);
            }
        }
    }

    internal sealed record ChartText(string Chart, string Text, double Size, double Left, double Right);

    internal sealed record Bar(string Title, double LabelRight, double ValueLeft);

    internal sealed record Wrap(int Columns, double Overflow);

    internal sealed record Cell(string Label, string Content, double Left, double Right, double Overflow, int Words, int Lines, IReadOnlyList<string> Broken, IReadOnlyList<string> Outside);
}
