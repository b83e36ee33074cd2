using System.Globalization;

namespace KhanhHoa.Governance.Reporting.Tests;

public class DeterminismTest
{
    public static TheoryData<string> Formats => new(MonthlyReportRenderers.All.Select(renderer => renderer.Format));

    [Theory]
    [MemberData(nameof(Formats))]
    public void Rendering_twice_gives_identical_bytes_whatever_the_culture(string format)
    {
        var renderer = MonthlyReportRenderers.All.Single(r => r.Format == format);
        var first = renderer.RenderToBytes(SampleReport.Build());
        var original = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            var second = renderer.RenderToBytes(SampleReport.Build());
            Assert.Equal(first, second);
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }
    }

    [Fact]
    public void Every_format_has_a_distinct_extension_and_media_type()
    {
        Assert.Equal(5, MonthlyReportRenderers.All.Select(r => r.FileExtension).Distinct().Count());
        Assert.Equal(5, MonthlyReportRenderers.All.Select(r => r.MediaType).Distinct().Count());
    }
}
