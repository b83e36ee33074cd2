// Linked into each test project that prints a Word report (see its .csproj): one printer and one reading of Decree 30's
// layout for the library's sample report and the host's reports alike.
using System.Diagnostics;
using System.Globalization;
using System.Xml.Linq;

namespace KhanhHoa.Governance.Tests.Shared;

/// <summary>
/// A Word report as it prints: LibreOffice (headless) turns it into a PDF and poppler's <c>pdftotext</c> reads it back,
/// a page's text each (<c>-layout</c>) and every word with its box (<c>-bbox</c>), and the checks of Decree 30's layout
/// that every printed report must pass.
/// </summary>
internal static class WordPrinter
{
    /// <summary>A printed word: its page (from 1), its box in points, its text.</summary>
    public sealed record Word(int Page, double XMin, double XMax, double YMin, double YMax, string Text);

    /// <summary>A printed report: one string per page and every word with its box.</summary>
    public sealed record Printout(string[] Pages, IReadOnlyList<Word> Words)
    {
        /// <summary>The pages that start an annex ("Phụ lục …"): their non-empty lines and their index.</summary>
        public IReadOnlyList<(IReadOnlyList<string> Lines, int Page)> Annexes => [.. Pages
            .Select(static (text, i) => ((IReadOnlyList<string>)[.. text.Split('\n').Select(static l => l.Trim()).Where(static l => l.Length > 0)], i))
            .Where(static p => p.Item1.Count > 2 && p.Item1[0].StartsWith("Phụ lục", StringComparison.Ordinal))];
    }

    /// <summary>The first non-empty line of a page.</summary>
    public static string FirstLine(string page) => page.Split('\n').Select(static l => l.Trim()).FirstOrDefault(static l => l.Length > 0) ?? string.Empty;

    /// <summary>Prints a .docx once.</summary>
    public static Printout Print(byte[] docx)
    {
        var soffice = Require("/usr/bin/soffice", "libreoffice-writer-nogui");
        var pdftotext = Require("/usr/bin/pdftotext", "poppler-utils");
        var work = Directory.CreateTempSubdirectory("khanhhoa-print-");
        try
        {
            var file = Path.Combine(work.FullName, "bao-cao.docx");
            File.WriteAllBytes(file, docx);
            Run(soffice, work.FullName, "--headless", $"-env:UserInstallation=file://{work.FullName}/profile", "--convert-to", "pdf", "--outdir", work.FullName, file);
            Run(pdftotext, work.FullName, "-layout", Path.Combine(work.FullName, "bao-cao.pdf"), Path.Combine(work.FullName, "bao-cao.txt"));
            Run(pdftotext, work.FullName, "-bbox", Path.Combine(work.FullName, "bao-cao.pdf"), Path.Combine(work.FullName, "bao-cao.html"));
            var pages = File.ReadAllText(Path.Combine(work.FullName, "bao-cao.txt")).Split('\f');
            XNamespace xhtml = "http://www.w3.org/1999/xhtml";
            var words = XDocument.Load(Path.Combine(work.FullName, "bao-cao.html")).Descendants(xhtml + "page")
                .SelectMany((page, i) => page.Elements(xhtml + "word").Select(w => new Word(
                    i + 1, Number(w, "xMin"), Number(w, "xMax"), Number(w, "yMin"), Number(w, "yMax"), w.Value)))
                .ToList();
            return new([.. pages.Take(pages[^1].Trim().Length == 0 ? pages.Length - 1 : pages.Length)], words);

            static double Number(XElement word, string name) => double.Parse((string)word.Attribute(name)!, CultureInfo.InvariantCulture);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    /// <summary>
    /// Decree 30, as printed: "Số" and the place-and-date line on one baseline; each annex headed "Phụ lục …", its title
    /// and the line naming the report it goes with, the body referring to the first; the body's pages numbered from 2,
    /// each annex's from 1 again (its first page shows no number).
    /// </summary>
    /// <param name="printout">The printed report.</param>
    /// <param name="annexes">The annexes expected, in order ("Phụ lục I", …).</param>
    public static void AssertDecree30Layout(Printout printout, IReadOnlyList<string> annexes)
    {
        var first = printout.Words.Where(static w => w.Page == 1).ToList();
        var number = first.First(static w => w.Text == "Số:");
        var place = first.First(w => w.Text == "Khánh" && w.YMax > number.YMin - 20 && w.XMin > number.XMax);
        Assert.InRange(place.YMax - number.YMax, -2, 2);

        var found = printout.Annexes;
        Assert.Equal(annexes, found.Select(static a => a.Lines[0]));
        Assert.All(found, static a => Assert.StartsWith("(Kèm theo Báo cáo số", a.Lines[2], StringComparison.Ordinal));
        Assert.Contains("tại Phụ lục I", string.Join(' ', printout.Pages.Take(found[0].Page)), StringComparison.Ordinal);

        var page = 1;
        for (var i = 0; i < printout.Pages.Length; i++)
        {
            if (FirstLine(printout.Pages[i]).StartsWith("Phụ lục", StringComparison.Ordinal))
            {
                page = 1;
            }
            else if (i > 0)
            {
                Assert.Equal((++page).ToString(CultureInfo.InvariantCulture), FirstLine(printout.Pages[i]));
            }
        }
    }

    private static string Require(string path, string package)
    {
        Assert.True(File.Exists(path), $"{path} is required for the print test; install it with: apt-get install -y {package} (.ci/run does this when it is missing).");
        return path;
    }

    private static void Run(string program, string work, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = work };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromSeconds(180)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{program} did not finish within 180 s");
        }

        Assert.True(process.ExitCode == 0, $"{program} exited with {process.ExitCode}: {stderr.Result}");
    }
}
