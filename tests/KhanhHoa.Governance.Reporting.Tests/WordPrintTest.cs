using System.Diagnostics;
using System.Globalization;
using System.Xml.Linq;
using KhanhHoa.Governance.Indicators;

namespace KhanhHoa.Governance.Reporting.Tests;

/// <summary>
/// The Word report as it prints: LibreOffice (headless) turns it into a PDF once and poppler's <c>pdftotext -layout</c>
/// reads it back, so a name or a column header broken inside a word, a motto on two lines, a figure or date cut in a
/// table, a heading left at the foot of a page or a missing page number fails here.
/// </summary>
public sealed class WordPrintTest
{
    // Both purposes of the same month, with the words' boxes (pdftotext -bbox) beside the text.
    private static readonly Lazy<Printout> Review = new(() => Print(SampleReport.Build()));

    private static readonly Lazy<Printout> Signable = new(() => Print(SignableReport.Of(SampleReport.Build())));

    /// <summary>The sample report's Word file (review) as LibreOffice prints it, a page's text each (the HTML test measures against it).</summary>
    internal static Lazy<string[]> PrintedPages { get; } = new(() => Review.Value.Pages);

    [Fact]
    public void The_first_page_prints_its_header_and_table_words_whole()
    {
        {
            var lines = PrintedPages.Value[0].Split('\n');

            Assert.Contains(lines, line => line.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", StringComparison.Ordinal));
            Assert.Contains(lines, line => line.Contains("Độc lập - Tự do - Hạnh phúc", StringComparison.Ordinal));
            Assert.Contains(lines, line => line.Contains("KHÁNH HÒA", StringComparison.Ordinal) && !line.Contains("CỘNG HÒA", StringComparison.Ordinal) && line.Contains("TỈNH", StringComparison.Ordinal));
            Assert.DoesNotContain(lines, line => line.TrimEnd().EndsWith("KHÁNH", StringComparison.Ordinal));
            var words = string.Join(' ', lines).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            foreach (var word in new[] { "Chênh", "lệch", "tháng", "trước", "Tử", "số/Mẫu" })
            {
                Assert.Contains(word, words);
            }
        }
    }

    [Fact]
    public void Every_page_after_the_first_has_its_number_at_the_top_and_none_ends_with_a_heading()
    {
        var report = SampleReport.Build();
        var pages = PrintedPages.Value;
        Assert.True(pages.Length >= 3, $"the sample prints on {pages.Length} pages");
        Assert.False(int.TryParse(FirstLine(pages[0]), out _), "page 1 has no page number");
        var outline = ReportOutline.Of(report);
        var headings = outline.Entries.SelectMany(e => new[] { e.SectionHeading, e.SubsectionHeading })
            .Concat(["I. KẾT QUẢ CÁC MẶT CÔNG TÁC", "II. KHÓ KHĂN, VƯỚNG MẮC VÀ KIẾN NGHỊ, ĐỀ XUẤT", "III. NHIỆM VỤ TRỌNG TÂM TRONG THỜI GIAN TỚI", "Nhiệm vụ quá hạn", "Theo đơn vị chủ trì"])
            .OfType<string>()
            .ToList();
        // Each annex starts its own numbering (Decree 30): its first page shows its heading, no number.
        var number = 1;
        for (var page = 0; page < pages.Length; page++)
        {
            if (FirstLine(pages[page]).StartsWith("Phụ lục", StringComparison.Ordinal))
            {
                number = 1;
            }
            else if (page > 0)
            {
                Assert.Equal((++number).ToString(CultureInfo.InvariantCulture), FirstLine(pages[page]));
            }

            var last = pages[page].Split('\n').Select(l => l.Trim()).LastOrDefault(l => l.Length > 0) ?? string.Empty;
            Assert.DoesNotContain(headings, heading => heading.StartsWith(last, StringComparison.Ordinal) && last.Length > 3);
        }
    }

    [Fact]
    public void Figures_and_dates_in_the_tables_are_never_cut_across_lines()
    {
        var report = SampleReport.Build();
        var text = string.Join(' ', PrintedPages.Value.SelectMany(p => p.Split('\n')).Select(l => " " + l.Trim() + " "));

        // A figure may wrap only after "/" ("1.706/" then "2.156"); each side, each value and each date stays whole.
        var tokens = report.Indicators.Select(r => r.Value is { } v ? Shown(v) : null)
            .Concat(report.Indicators.SelectMany(r => new[] { r.Numerator, r.Denominator }).OfType<long>().Select(n => VietnameseNumber.Format(n, 0)))
            .Concat(report.IndicatorGroups.SelectMany(g => g.Figures).SelectMany(f => f.Parts.Select(p => p.Value)).OfType<decimal>().Select(v => VietnameseNumber.Format(v, 0)))
            .Concat(report.Tasks.Overdue.Select(t => t.Deadline.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture)))
            .OfType<string>()
            .Distinct()
            .ToList();
        Assert.NotEmpty(tokens);
        Assert.All(tokens, token => Assert.Matches($"[ (/]{System.Text.RegularExpressions.Regex.Escape(token)}[ %/)]", text));
    }

    // Decree 30: "Số" and the place-and-date line on one baseline; each annex headed "Phụ lục …", its title and the
    // report it goes with, its pages numbered from 1; the body refers to them. Both purposes, as printed.
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Number_and_date_share_a_baseline_and_each_annex_has_its_heading(bool signable)
    {
        var printout = signable ? Signable.Value : Review.Value;
        var first = printout.Words.Where(static w => w.Page == 1).ToList();
        var number = first.First(static w => w.Text == "Số:");
        var place = first.First(w => w.Text == "Khánh" && w.YMax > number.YMin - 20 && w.XMin > number.XMax);
        Assert.InRange(place.YMax - number.YMax, -2, 2);

        var annexes = printout.Pages.Select(static (text, i) => (Lines: text.Split('\n').Select(static l => l.Trim()).Where(static l => l.Length > 0).ToList(), Page: i))
            .Where(static p => p.Lines.Count > 2 && p.Lines[0].StartsWith("Phụ lục", StringComparison.Ordinal)).ToList();
        Assert.Equal(signable ? ["Phụ lục I"] : ["Phụ lục I", "Phụ lục II"], annexes.Select(static a => a.Lines[0]));
        Assert.All(annexes, static a => Assert.StartsWith("(Kèm theo Báo cáo số", a.Lines[2], StringComparison.Ordinal));
        Assert.Contains("tại Phụ lục I", string.Join(' ', printout.Pages.Take(annexes[0].Page)), StringComparison.Ordinal);
        Assert.Equal(signable ? "TÌNH HÌNH GỬI BÁO CÁO CỦA CÁC ĐƠN VỊ" : "CHẤT LƯỢNG SỐ LIỆU VÀ TÌNH HÌNH GỬI BÁO CÁO", annexes[0].Lines[1]);
    }

    // A value as the report prints it: Vietnamese separators, at most two decimals, no trailing zeros ("67,3", "58.455").
    private static string Shown(decimal value)
    {
        var text = VietnameseNumber.Format(value, 2);
        return text.Contains(',', StringComparison.Ordinal) ? text.TrimEnd('0').TrimEnd(',') : text;
    }

    private static string FirstLine(string page) => page.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) ?? string.Empty;

    private sealed record Word(int Page, double XMin, double XMax, double YMin, double YMax, string Text);

    private sealed record Printout(string[] Pages, IReadOnlyList<Word> Words);

    // A report printed once by LibreOffice; one string per page (pdftotext ends each page with a form feed), and every
    // word with its box in points.
    private static Printout Print(MonthlyReport report)
    {
        var soffice = Require("/usr/bin/soffice", "libreoffice-writer-nogui");
        var pdftotext = Require("/usr/bin/pdftotext", "poppler-utils");
        var work = Directory.CreateTempSubdirectory("khanhhoa-print-");
        try
        {
            var docx = Path.Combine(work.FullName, "bao-cao.docx");
            File.WriteAllBytes(docx, DocxReportRenderer.Instance.RenderToBytes(report));
            Run(soffice, work.FullName, "--headless", $"-env:UserInstallation=file://{work.FullName}/profile", "--convert-to", "pdf", "--outdir", work.FullName, docx);
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
