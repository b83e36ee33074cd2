using KhanhHoa.Governance.Indicators;
using KhanhHoa.Governance.Tests.Shared;

namespace KhanhHoa.Governance.Reporting.Tests;

/// <summary>
/// The Word report as it prints: LibreOffice (headless) turns it into a PDF once and poppler's <c>pdftotext -layout</c>
/// reads it back, so a name or a column header broken inside a word, a motto on two lines, a figure or date cut in a
/// table, a heading left at the foot of a page or a missing page number fails here.
/// </summary>
public sealed class WordPrintTest
{
    // Both purposes of the same month, with the words' boxes (pdftotext -bbox) beside the text.
    private static readonly Lazy<WordPrinter.Printout> Review = new(() => WordPrinter.Print(DocxReportRenderer.Instance.RenderToBytes(SampleReport.Build())));

    private static readonly Lazy<WordPrinter.Printout> Signable = new(() => WordPrinter.Print(DocxReportRenderer.Instance.RenderToBytes(SignableReport.Of(SampleReport.Build()))));

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
        Assert.False(int.TryParse(WordPrinter.FirstLine(pages[0]), out _), "page 1 has no page number");
        var outline = ReportOutline.Of(report);
        var headings = outline.Entries.SelectMany(e => new[] { e.SectionHeading, e.SubsectionHeading })
            .Concat(["I. KẾT QUẢ CÁC MẶT CÔNG TÁC", "II. KHÓ KHĂN, VƯỚNG MẮC VÀ KIẾN NGHỊ, ĐỀ XUẤT", "III. NHIỆM VỤ TRỌNG TÂM TRONG THỜI GIAN TỚI", "Nhiệm vụ quá hạn", "Theo đơn vị chủ trì"])
            .OfType<string>()
            .ToList();
        foreach (var page in pages)
        {
            var last = page.Split('\n').Select(l => l.Trim()).LastOrDefault(l => l.Length > 0) ?? string.Empty;
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
        WordPrinter.AssertDecree30Layout(printout, signable ? ["Phụ lục I"] : ["Phụ lục I", "Phụ lục II"]);
        Assert.Equal(signable ? "TÌNH HÌNH GỬI BÁO CÁO CỦA CÁC ĐƠN VỊ" : "CHẤT LƯỢNG SỐ LIỆU VÀ TÌNH HÌNH GỬI BÁO CÁO", printout.Annexes[0].Lines[1]);
    }

    // A value as the report prints it: Vietnamese separators, at most two decimals, no trailing zeros ("67,3", "58.455").
    private static string Shown(decimal value)
    {
        var text = VietnameseNumber.Format(value, 2);
        return text.Contains(',', StringComparison.Ordinal) ? text.TrimEnd('0').TrimEnd(',') : text;
    }
}
