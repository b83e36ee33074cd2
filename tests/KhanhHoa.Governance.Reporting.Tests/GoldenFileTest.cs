using System.Text;

namespace KhanhHoa.Governance.Reporting.Tests;

public class GoldenFileTest
{
    [Theory]
    [InlineData("json", "monthly-report.json")]
    [InlineData("md", "monthly-report.md")]
    public void Rendering_the_sample_report_matches_the_committed_golden_file(string format, string goldenName)
    {
        var renderer = MonthlyReportRenderers.All.Single(r => r.Format == format);
        var actual = Encoding.UTF8.GetString(renderer.RenderToBytes(SampleReport.Build()));
        var path = TestFiles.GoldenPath(goldenName);
        if (TestFiles.Updating)
        {
            File.WriteAllText(path, actual, new UTF8Encoding(false));
        }

        Assert.True(File.Exists(path), $"golden file {path} is missing; run the tests once with UPDATE_GOLDEN=1 and review it");
        Assert.Equal(File.ReadAllText(path, Encoding.UTF8), actual);
    }
}
