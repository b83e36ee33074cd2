using System.Diagnostics;

namespace KhanhHoa.Governance.Reporting.Tests;

/// <summary>
/// The Word report as it prints: LibreOffice (headless) turns it into a PDF and poppler's <c>pdftotext -layout</c>
/// reads its first page back, so a name or a column header broken inside a word, or a motto on two lines, fails here.
/// </summary>
public sealed class WordPrintTest
{
    [Fact]
    public void The_first_page_prints_its_header_and_table_words_whole()
    {
        var soffice = Require("/usr/bin/soffice", "libreoffice-writer-nogui");
        var pdftotext = Require("/usr/bin/pdftotext", "poppler-utils");
        var work = Directory.CreateTempSubdirectory("khanhhoa-print-");
        try
        {
            var docx = Path.Combine(work.FullName, "bao-cao.docx");
            File.WriteAllBytes(docx, DocxReportRenderer.Instance.RenderToBytes(SampleReport.Build()));
            Run(soffice, work.FullName, "--headless", $"-env:UserInstallation=file://{work.FullName}/profile", "--convert-to", "pdf", "--outdir", work.FullName, docx);
            Run(pdftotext, work.FullName, "-layout", "-f", "1", "-l", "1", Path.Combine(work.FullName, "bao-cao.pdf"), Path.Combine(work.FullName, "page1.txt"));
            var lines = File.ReadAllLines(Path.Combine(work.FullName, "page1.txt"));

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
