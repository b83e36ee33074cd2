using KhanhHoa.Governance.Calendar;
using KhanhHoa.Governance.Organization;
using KhanhHoa.Governance.Rollup;
using NodaTime;

namespace KhanhHoa.Governance.Tests.Rollup;

// Three dossiers of September 2025 that between them set every measure to a known value, counted by hand.
public sealed class RollupMeasuresTest
{
    private static readonly OrgUnit[] Units = [new() { Code = "P", Name = "Province" }, new() { Code = "X", Name = "Xã", ParentCode = "P" }];

    private static readonly ReportingPeriod September = ReportingPeriod.Month(2025, 9, CutoffRule.CalendarMonth);

    private static RollupMeasures Measures(string unit, params DossierRecord[] records) =>
        RollupTestData.Run(RollupTestData.Engine(Units, [September]), RollupTestData.Store(records)).Periods[0].Find(unit)!.Measures;

    private static DossierRecord[] September2025()
    {
        // Online, full level, finished on time with an electronic result, digitized.
        var a = RollupEnginePropertyTest.Dossier("a", "X", new LocalDateTime(2025, 9, 2, 8, 0), new LocalDateTime(2025, 9, 5, 8, 0)) with { Digitized = true, EResult = true };
        // At the counter, partial level, a paid fee, still open at the month's end and overdue since 5 September.
        var b = RollupEnginePropertyTest.Dossier("b", "X", new LocalDateTime(2025, 9, 3, 8, 0)) with
        {
            Channel = FilingChannel.Direct, ServiceLevel = ServiceLevel.Partial, DueDate = new LocalDate(2025, 9, 4), FeeRequired = true, PaidOnline = true,
        };
        // By post, no online level, finished late, with reused data and an identity link.
        var c = RollupEnginePropertyTest.Dossier("c", "P", new LocalDateTime(2025, 9, 4, 8, 0), new LocalDateTime(2025, 9, 20, 8, 0)) with
        {
            Channel = FilingChannel.Postal, ServiceLevel = ServiceLevel.None, ReusedData = true, IdLinked = true,
        };
        return [a, b, c];
    }

    [Fact]
    public void Measures_print_as_contract_names_with_their_values()
    {
        Assert.Equal(
            "received=3, received_online=1, received_full_online=1, received_full_eligible=1, resolved=2, resolved_on_time=1, resolved_late=1, "
            + "pending_end=1, pending_overdue_end=1, digitized=1, reused_data=1, id_linked=1, fee_required=1, paid_online=1, e_result=1",
            Measures("P", September2025()).ToString());
    }

    [Fact]
    public void Measures_are_equal_when_every_value_is_with_equal_hashes()
    {
        var records = September2025();
        var province = Measures("P", records);
        var again = Measures("P", [.. records.Reverse()]);
        var commune = Measures("X", records);

        Assert.True(province == again);
        Assert.False(province != again);
        Assert.Equal(province.GetHashCode(), again.GetHashCode());
        Assert.True(province != commune);
        Assert.False(province == commune);
        Assert.False(province.Equals((object)commune));
        // Hashes are randomised per process; two sets of values that differ in one count collide with probability 2⁻³².
        Assert.NotEqual(province.GetHashCode(), commune.GetHashCode());
    }
}
