using KhanhHoa.Governance.Data;
using KhanhHoa.Governance.Indicators;

namespace KhanhHoa.Governance.Reporting.Tests;

// Report 87's section I is data (report-87.template.json): read, it places every indicator the report can show once,
// each group under one code, and the groups of one numbered section side by side, as the outline numbers them.
public class ReportTemplateTest
{
    private static readonly IndicatorCatalog Catalog = GovernanceData.Default.Indicators;

    private static IReadOnlyList<ReportIndicatorSection> Layout => ReportTemplate.Report87.Layout(Catalog);

    [Fact]
    public void The_shipped_template_places_every_indicator_the_report_can_show_exactly_once()
    {
        var placed = Layout.SelectMany(static section => section.IndicatorCodes).ToList();

        Assert.Equal(Catalog.Indicators.Where(MonthlyReportComposer.CanShow).Select(static d => d.Code).Order(StringComparer.Ordinal), placed.Order(StringComparer.Ordinal));
        Assert.Equal(placed.Count, placed.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void The_shipped_template_keeps_report_87_s_eight_parts_in_order()
    {
        var codes = Layout.Select(static section => section.Code).ToList();

        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(["1", "2", "3", "4", "5", "6", "7", "8"], codes.Select(static code => code.Split('.')[1]).Distinct(StringComparer.Ordinal));

        // A numbered section's lettered groups follow each other: the outline gives the section one number.
        var sections = Layout.Select(static section => section.Section).Where(static s => s is not null).ToList();
        Assert.All(sections.Distinct(StringComparer.Ordinal), section => Assert.Equal(
            sections.Count(s => s == section),
            Layout.SkipWhile(g => g.Section != section).TakeWhile(g => g.Section == section).Count()));
    }

    [Fact]
    public void Digitisation_goes_to_its_own_group_and_the_other_indicators_to_the_dossier_group()
    {
        var digitisation = Layout.Single(static s => s.Code == ReportIndicatorSection.DigitisationCode);
        var dossiers = Layout.Single(static s => s.Code == ReportIndicatorSection.PublicServicesCode);

        Assert.NotEmpty(digitisation.IndicatorCodes);
        Assert.NotEmpty(dossiers.IndicatorCodes);
        Assert.All(digitisation.IndicatorCodes, code => Assert.Contains(Catalog.Find(code)!.Concept, new[] { "digitisation", "reuse", "e-result" }));
        Assert.All(dossiers.IndicatorCodes, code => Assert.DoesNotContain(Catalog.Find(code)!.Concept, new[] { "digitisation", "reuse", "e-result" }));
    }
}
