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
/// numbered from 1 again, the body referring to it.
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

    [Theory]
    [MemberData(nameof(Reports))]
    public void Every_page_of_the_host_s_Word_report_keeps_Decree_30_s_layout(string period, bool signable)
    {
        output.WriteLine($"today for this run: {Today:uuuu-MM-dd} (TEST_TODAY={Environment.GetEnvironmentVariable("TEST_TODAY") ?? "unset"})");
        using var folder = new TempFolder();
        var run = SampleRun.AsProcess(folder.Path, "rollup", "--period", period, "--format", "docx", "--out", folder.Path, "--synthetic-count", "20000", "-q");
        Assert.True(run.ExitCode == 0, run.Error);

        var file = folder.File($"bao-cao-{period}{(signable ? "-trinh-ky" : string.Empty)}.docx");
        var printout = WordPrinter.Print(File.ReadAllBytes(file));

        // A review has the data-quality annex and, with the units' dossiers, Phụ lục II; a signable copy only who sent what.
        WordPrinter.AssertDecree30Layout(printout, signable ? ["Phụ lục I"] : ["Phụ lục I", "Phụ lục II"]);
        Assert.Contains(printout.Pages, page => page.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", StringComparison.Ordinal));
    }
}
