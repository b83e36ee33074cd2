using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using KhanhHoa.Governance.Tests.Shared;

namespace KhanhHoa.Governance.Reporting.Tests;

/// <summary>
/// Every format of the sample report against its committed golden file: the text formats whole, the Word document's
/// body (<c>word/document.xml</c>) and the workbook's sheets (<c>xl/worksheets/*.xml</c>) as indented XML, so a change
/// shows as a reviewable diff. <c>UPDATE_GOLDEN=1</c> rewrites them and fails (see <see cref="Golden"/>).
/// </summary>
public class GoldenFileTest
{
    // The text formats whole; of the packages, every part that holds report text, as the renderer writes them now (a new
    // sheet gets a golden of its own, or fails as missing until one is reviewed in).
    public static TheoryData<string, string, string> Goldens
    {
        get
        {
            var data = new TheoryData<string, string, string>
            {
                { "json", string.Empty, "monthly-report.json" },
                { "md", string.Empty, "monthly-report.md" },
                { "html", string.Empty, "monthly-report.html" },
            };
            foreach (var format in new[] { "docx", "xlsx" })
            {
                using var zip = new ZipArchive(new MemoryStream(MonthlyReportRenderers.All.Single(r => r.Format == format).RenderToBytes(SampleReport.Build())));
                foreach (var part in zip.Entries.Select(e => e.FullName).Where(IsTextPart).Order(StringComparer.Ordinal))
                {
                    data.Add(format, part, $"monthly-report.{format}.{Path.GetFileName(part)}");
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Goldens))]
    public void Rendering_the_sample_report_matches_the_committed_golden_file(string format, string part, string goldenName)
    {
        var renderer = MonthlyReportRenderers.All.Single(r => r.Format == format);
        var bytes = renderer.RenderToBytes(SampleReport.Build());
        var actual = part.Length == 0 ? Encoding.UTF8.GetString(bytes) : IndentedPart(bytes, part);
        Golden.Verify(TestFiles.GoldenPath(goldenName), actual);
    }

    [Fact]
    public void Every_committed_golden_file_is_checked_by_a_case()
    {
        // A golden whose part the renderer no longer writes would sit in the tree unchecked.
        var used = Goldens.Select(row => (string)row[2]).ToHashSet(StringComparer.Ordinal);
        var committed = Directory.GetFiles(Path.GetDirectoryName(TestFiles.GoldenPath("x"))!).Select(Path.GetFileName);
        Assert.All(committed, name => Assert.Contains(name!, used));
        Assert.True(used.Count >= 8, $"only {used.Count} goldens: the packages lost their text parts?");
    }

    private static bool IsTextPart(string name) =>
        name == "word/document.xml" || name == "xl/sharedStrings.xml" || name.StartsWith("xl/worksheets/", StringComparison.Ordinal);

    private static string IndentedPart(byte[] package, string part)
    {
        using var zip = new ZipArchive(new MemoryStream(package));
        var entry = zip.GetEntry(part);
        Assert.True(entry is not null, $"the package has no part {part}");
        using var stream = entry!.Open();
        return XDocument.Load(stream).ToString() + "\n";
    }
}
