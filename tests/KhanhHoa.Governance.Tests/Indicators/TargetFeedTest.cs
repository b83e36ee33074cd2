using KhanhHoa.Governance.Data;
using KhanhHoa.Governance.Indicators;
using KhanhHoa.Governance.Submissions;
using NodaTime;

namespace KhanhHoa.Governance.Tests.Indicators;

// Issue 22: every target of the catalog can be judged: each measure of its indicator is a dossier measure or the
// measure of a data element some unit reports; and a target is judged in the year it is stated for only.
public sealed class TargetFeedTest
{
    private static readonly GovernanceData Data = GovernanceData.Default;

    // The data element that feeds a measure, with the data set it is in.
    private static (DataSet DataSet, DataElement Element)? Feed(string measure) =>
        Data.DataSets.DataSets.SelectMany(static d => d.Elements.Select(e => (d, e))).FirstOrDefault(x => x.e.Measure == measure) is { e: not null } found
            ? (found.d, found.e)
            : null;

    private static bool Fed(string measure) =>
        DossierMeasures.TryParse(measure, out _)
        || Feed(measure) is { } feed && feed.DataSet.OwnersOf(feed.Element) is { } owners && (owners.Codes.Count > 0 || owners.Kinds.Count > 0);

    [Fact]
    public void Every_catalog_target_is_fed_by_dossier_measures_or_data_elements_some_unit_reports()
    {
        var unfed = Data.Indicators.Targets
            .SelectMany(t => Data.Indicators.Find(t.IndicatorCode)!.Measures.Select(m => (Target: t.Id, Measure: m)))
            .Where(static x => !Fed(x.Measure))
            .Select(static x => $"{x.Target}: {x.Measure}")
            .ToList();

        Assert.Empty(unfed);
    }

    // Resolution 66's cuts, the 40 % of adults (DS.ON.01) and decision 954's II.2 reach the form of the unit the seed
    // makes responsible.
    [Theory]
    [InlineData("NQ66.T.01", "VP_UBND")]
    [InlineData("NQ66.C.01", "VP_UBND")]
    [InlineData("NQ66.K.01", "VP_UBND")]
    [InlineData("DS.ON.01", "SO_KHCN")]
    [InlineData("HEALTH.EBOOK.01", "SO_YT")]
    [InlineData("EDU.ENROL.01", "SO_GDDT")]
    [InlineData("ECOM.PROD.01", "SO_CT")]
    [InlineData("GOV.INFO.01", "SO_VHTTDL")]
    public void A_targets_figures_are_on_the_form_of_the_unit_responsible(string indicator, string unit)
    {
        var kind = Data.OrgUnits.Find(unit)!.Kind;
        foreach (var measure in Data.Indicators.Find(indicator)!.Measures)
        {
            var (dataSet, element) = Feed(measure)!.Value;
            Assert.Contains(element, dataSet.ElementsOf(unit, kind));
        }
    }

    [Fact]
    public void Every_954_ii2_target_reaches_a_units_form()
    {
        var targets = Data.Indicators.Targets.Where(static t => t.Source.Document.StartsWith("954", StringComparison.Ordinal) && t.Source.Location.EndsWith("II.2", StringComparison.Ordinal)).ToList();
        Assert.Equal(17, targets.Count);
        Assert.All(targets.SelectMany(t => Data.Indicators.Find(t.IndicatorCode)!.Measures), measure => Assert.True(Fed(measure), measure));
    }

    [Theory]
    [InlineData("000.1.1.time", 2025)]
    [InlineData("NQ66.time", 2026)]
    [InlineData("3433.61.id", 2025)]
    [InlineData("954.b.ebook", 2025)]
    [InlineData("3433.27.1.facilities", null)]
    public void A_target_carries_the_year_it_is_stated_for(string id, int? year) =>
        Assert.Equal(year, Data.Indicators.Targets.Single(t => t.Id == id).Year);

    // A 2025 target is not judged in 2026: Resolution 66's time cut has its 2026 target (50 %), the 40 % of adults has
    // none for 2026 and says so; a continuous target holds every year.
    [Theory]
    [InlineData("NQ66.T.01", 2025, "000.1.1.time", null)]
    [InlineData("NQ66.T.01", 2026, "NQ66.time", null)]
    [InlineData("DS.ON.01", 2025, "3433.61.adults", null)]
    [InlineData("DS.ON.01", 2026, null, "chưa có chỉ tiêu năm 2026")]
    [InlineData("CASH.FAC.01", 2027, "3433.27.1.facilities", null)]
    [InlineData("RPT.ON.01", 2026, null, null)]
    public void A_target_is_judged_in_its_year_only(string indicator, int year, string? target, string? reason)
    {
        var asOf = new LocalDate(year, 12, 31);
        var targets = Data.Indicators.TargetsFor(indicator).ToList();

        Assert.Equal(target, TargetEvaluator.TargetFor(targets, year, asOf)?.Id);
        Assert.Equal(reason, TargetEvaluator.NoTargetReason(targets, year, asOf));
    }

    // The report judges the province's pooled figure: a unit's own target of the same year, even listed first, is not it.
    [Fact]
    public void The_province_target_is_judged_even_when_a_units_target_comes_first()
    {
        var asOf = new LocalDate(2026, 12, 31);
        var targets = Data.Indicators.TargetsFor("NQ66.T.01").ToList();
        var eachUnit = targets.Single(static t => t.Id == "NQ66.time") with { Id = "NQ66.time.each", Scope = new TargetScope(TargetScopeKind.EachUnit) };

        Assert.Equal("NQ66.time", TargetEvaluator.TargetFor([eachUnit, .. targets], 2026, asOf)?.Id);
    }
}
