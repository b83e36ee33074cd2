using System.Text;
using KhanhHoa.Governance.Data;
using KhanhHoa.Governance.Indicators;

namespace KhanhHoa.Governance.Tests.Data;

public sealed class GovernanceDataIndicatorsTest
{
    private static byte[] Resource(string name)
    {
        using var stream = typeof(GovernanceData).Assembly.GetManifestResourceStream(name)!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static byte[][] EmbeddedFiles() => [.. GovernanceData.ResourceNames.Select(Resource)];

    [Fact]
    public void Default_shares_the_embedded_catalog_and_report_87()
    {
        var data = GovernanceData.Default;

        Assert.Same(GovernanceData.Default.Indicators, data.Indicators);
        Assert.Same(GovernanceData.Default.ReportFigures, data.ReportFigures);
        Assert.Equal("87/BC-BCĐ", data.ReportFigures.Document);
        Assert.NotNull(data.Indicators.Find("I766.TT.04"));
    }

    [Fact]
    public void Default_shows_report_87s_contradictions_out_of_the_box()
    {
        var report = GovernanceData.Default.ReportFigures.Check();

        Assert.Contains(report.Violations, v => v.Rule.Id == "R87.FULL.LEVELS");
        Assert.Contains(report.Violations, v => v.Rule.Id == "R87.ORGEID.RATE");
        Assert.All(report.Violations, v => Assert.NotEmpty(v.Figures));
    }

    [Fact]
    public void The_five_embedded_files_load_through_the_five_file_overload()
    {
        var files = EmbeddedFiles();

        var data = GovernanceData.Load(files[0], files[1], files[2], files[3], files[4]).Value;

        Assert.Equal(GovernanceData.Default.Indicators.Indicators.Count, data.Indicators.Indicators.Count);
        Assert.Equal(GovernanceData.Default.Indicators.Targets.Select(t => t.Id), data.Indicators.Targets.Select(t => t.Id));
        Assert.Equal(GovernanceData.Default.ReportFigures.Figures.Count, data.ReportFigures.Figures.Count);
        Assert.Equal(GovernanceData.Default.Plans.Count, data.Plans.Count);
    }

    [Fact]
    public void The_three_file_overload_keeps_the_embedded_catalog_and_figures()
    {
        var files = EmbeddedFiles();

        var data = GovernanceData.Load(files[0], files[1], files[2]).Value;

        Assert.Same(GovernanceData.Default.Indicators, data.Indicators);
        Assert.Same(GovernanceData.Default.ReportFigures, data.ReportFigures);
    }

    [Fact]
    public void Errors_of_the_catalog_and_the_figures_come_with_the_others_and_nothing_loads()
    {
        var files = EmbeddedFiles();
        var badCatalog = Encoding.UTF8.GetBytes("""{ "indicators": [ { "code": "X" } ] }""");
        var badFigures = Encoding.UTF8.GetBytes("[");
        var badPlans = Encoding.UTF8.GetBytes("""{ "schemaVersion": 1, "plans": [ { "id": "P" } ] }""");

        var errors = GovernanceData.Load(files[0], files[1], badPlans, badCatalog, badFigures).Errors;

        Assert.Contains(errors, e => e.ToString().StartsWith("plans:", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.ToString().StartsWith("indicator-catalog:$.indicators[0]", StringComparison.Ordinal) && e.Line == 1);
        Assert.Contains(errors, e => e.ToString().StartsWith("report-figures:", StringComparison.Ordinal));
        Assert.DoesNotContain(errors, e => e.ToString().StartsWith("agencies:", StringComparison.Ordinal) || e.ToString().StartsWith("org-units:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_bad_catalog_alone_rejects_the_whole_load()
    {
        var files = EmbeddedFiles();

        var result = GovernanceData.Load(files[0], files[1], files[2], Encoding.UTF8.GetBytes("{}x"), files[4]);

        Assert.False(result.Success);
        Assert.All(result.Errors, e => Assert.StartsWith("indicator-catalog:", e.ToString(), StringComparison.Ordinal));
    }
}
