using System.Globalization;
using KhanhHoa.Governance.Tests.Shared;
using NodaTime;
using NodaTime.Text;
using Xunit.Abstractions;

namespace KhanhHoa.Governance.Sample.Tests;

/// <summary>
/// The Word reports the host writes, printed as an office prints them (LibreOffice, then poppler): report 87's month and
/// the current month (the day given by the run in TEST_TODAY, else a fixed day, logged), each in both purposes. Every
/// page is read: "Số" and the date on one baseline, each annex with its heading and its "(Kèm theo …)" line, its pages
/// numbered from 1 again, the body referring to it. The HTML of the same run, as headless chromium lays it out: on a
/// 390-pixel phone no taller than the Word file prints (its pages × 1.123 px, an A4 page at 96 dpi), at 1280 px no table
/// cut off.
/// </summary>
public sealed class ReportPrintTest(ITestOutputHelper output)
{
    private static readonly LocalDate Today = Environment.GetEnvironmentVariable("TEST_TODAY") is { Length: > 0 } given
        ? LocalDatePattern.Iso.Parse(given).GetValueOrThrow()
        : new LocalDate(2026, 12, 7);

    public static TheoryData<string, bool> Reports() => new()
    {
        { "2025-09", false }, { "2025-09", true },
        { Today.ToString("uuuu-MM", CultureInfo.InvariantCulture), false }, { Today.ToString("uuuu-MM", CultureInfo.InvariantCulture), true },
    };

    // A4 at 96 dpi: the height of a printed page in CSS pixels.
    private const int PrintedPage = 1123;

    // The host's files and their printouts, once a period: the tests of a class run one after another.
    private static readonly Dictionary<string, Dictionary<string, byte[]>> Written = [];
    private static readonly Dictionary<string, WordPrinter.Printout> Printed = [];

    [Theory]
    [MemberData(nameof(Reports))]
    public void Every_page_of_the_host_s_Word_report_keeps_Decree_30_s_layout(string period, bool signable)
    {
        var printout = Printout(period, signable);

        // A review has the data-quality annex and, with the units' dossiers, Phụ lục II; a signable copy only who sent what.
        WordPrinter.AssertDecree30Layout(printout, signable ? ["Phụ lục I"] : ["Phụ lục I", "Phụ lục II"]);
        Assert.Contains(printout.Pages, page => page.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void The_host_s_HTML_report_is_no_longer_on_a_phone_than_printed_and_cuts_no_table_on_a_desktop(string period, bool signable)
    {
        var pages = Printout(period, signable).Pages.Length;
        var html = File(period, signable, "html");
        var phone = Browser.PageLayout.Measure(html, 390);
        output.WriteLine($"{period} {(signable ? "signable" : "review")}: {phone.PageHeight} px tall at 390 px; the Word file prints {pages} pages, {pages * PrintedPage} px");
        Assert.True(phone.PageHeight <= pages * PrintedPage, $"the page is {phone.PageHeight} px tall on a phone; the Word report prints {pages} pages, {pages * PrintedPage} px");
        Assert.True(phone.PageOverflow <= 0.5, $"the page is {phone.PageOverflow} px wider than a phone");

        var desktop = Browser.PageLayout.Measure(html, 1280);
        Assert.True(desktop.PageOverflow <= 0.5, $"the page is {desktop.PageOverflow} px wider than a 1280-pixel screen");
        Assert.All(desktop.Wraps, wrap => Assert.True(wrap.Overflow <= 0.5, $"a table of {wrap.Columns} columns scrolls sideways by {wrap.Overflow} px"));
        Assert.True(desktop.TableRight <= 1280, $"the widest table ends at {desktop.TableRight} px");
    }

    private WordPrinter.Printout Printout(string period, bool signable)
    {
        var key = $"{period} {signable}";
        if (!Printed.TryGetValue(key, out var printout))
        {
            printout = Printed[key] = WordPrinter.Print(File(period, signable, "docx"));
        }

        return printout;
    }

    // The host's report of a period in a format, for the purpose: one run writes every format of both.
    private byte[] File(string period, bool signable, string format)
    {
        if (!Written.TryGetValue(period, out var files))
        {
            output.WriteLine($"today for this run: {Today:uuuu-MM-dd} (TEST_TODAY={Environment.GetEnvironmentVariable("TEST_TODAY") ?? "unset"})");
            using var folder = new TempFolder();
            var run = SampleRun.AsProcess(folder.Path, "rollup", "--period", period, "--format", "all", "--out", folder.Path, "--synthetic-count", "20000", "-q");
            Assert.True(run.ExitCode == 0, run.Error);
            files = Written[period] = Directory.GetFiles(folder.Path).ToDictionary(static path => Path.GetFileName(path), System.IO.File.ReadAllBytes, StringComparer.Ordinal);
        }

        return files[$"bao-cao-{period}{(signable ? "-trinh-ky" : string.Empty)}.{format}"];
    }
}
