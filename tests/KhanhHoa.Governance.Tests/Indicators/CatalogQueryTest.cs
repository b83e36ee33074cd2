using KhanhHoa.Governance.Data;
using KhanhHoa.Governance.Indicators;
using NodaTime;

namespace KhanhHoa.Governance.Tests.Indicators;

// What a host asks the catalog: the targets on an indicator, the 766 index, an unknown code, and a target whose
// indicator the catalog lacks (a host's own target file) refused by name rather than a null reference.
public sealed class CatalogQueryTest
{
    private static readonly IndicatorCatalog Catalog = GovernanceData.Default.Indicators;

    [Fact]
    public void The_targets_for_an_indicator_are_exactly_those_set_on_it_in_catalog_order()
    {
        Assert.Equal(["3433.61.online", "87.fn28.online", "BCD.IV.online"], Catalog.TargetsFor("I766.TT.04").Select(t => t.Id));
        Assert.Empty(Catalog.TargetsFor("i766.tt.04"));
    }

    [Fact]
    public void The_766_index_is_the_index_coded_I766_and_an_unknown_code_finds_nothing()
    {
        Assert.Equal("I766", Catalog.Index766!.Code);
        Assert.Null(Catalog.Find("I766.TT.99"));
        Assert.Equal("I766.TT.04", Catalog.Find("I766.TT.04")!.Code);
    }

    [Fact]
    public void A_target_on_an_indicator_outside_the_catalog_is_refused_by_name()
    {
        var stray = Catalog.Targets[0] with { IndicatorCode = "NOT.HERE" };
        var day = new LocalDate(2025, 9, 15);

        var error = Assert.Throws<ArgumentException>(() => Catalog.Evaluate(stray, new Dictionary<string, long>(), day));

        Assert.Equal(("target", true), (error.ParamName, error.Message.Contains("NOT.HERE", StringComparison.Ordinal)));
        Assert.Throws<ArgumentNullException>(() => Catalog.Evaluate(null!, new Dictionary<string, long>(), day));
    }
}
