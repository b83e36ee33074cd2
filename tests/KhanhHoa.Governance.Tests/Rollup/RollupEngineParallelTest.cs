using KhanhHoa.Governance.Testing;
using NodaTime;
using KhanhHoa.Governance.Calendar;
using KhanhHoa.Governance.Rollup;

namespace KhanhHoa.Governance.Tests.Rollup;

public class RollupEngineParallelTest
{
    [Fact]
    public void A_range_aggregated_on_several_threads_equals_its_slice_on_one()
    {
        var units = RollupTestData.Communes(12, 3);
        var engine = RollupTestData.Engine(units, ReportingPeriod.InYear(2025, ReportingPeriodKind.Month, CutoffRule.Administrative));
        var store = SyntheticDossiers.Generate([.. units.Skip(1).Select(u => u.Code)], new LocalDate(2024, 12, 15), new LocalDate(2025, 12, 14), 400_000);
        const int Start = 12_345;
        const int Count = 321_000;

        var threaded = engine.Aggregate(store, Start, Count, 3).Value;

        Assert.Equal(RollupTestData.Aggregate(engine, store.Slice(Start, Count), 0, Count), threaded);
        Assert.Equal(Count, threaded.DossierCount);
    }

    [Fact]
    public void Every_received_bits_value_a_store_can_hold_has_its_own_key_and_increment()
    {
        var reachable = new HashSet<byte>();
        foreach (var level in Enum.GetValues<ServiceLevel>())
        {
            foreach (var channel in Enum.GetValues<FilingChannel>())
            {
                for (var flags = 0; flags < 1 << 10; flags += 1 << 4)
                {
                    reachable.Add(MeasureBits.Received(level, channel, flags));
                }
            }
        }

        Assert.Equal(reachable.Count, CellLanes.ReceivedKeyIncrements.Length);
        Assert.Equal(reachable.Count, reachable.Select(bits => CellLanes.ReceivedKeyOf[bits]).Distinct().Count());
        Assert.All(reachable, bits => Assert.Equal(CellLanes.ReceivedIncrements[bits], CellLanes.ReceivedKeyIncrements[CellLanes.ReceivedKeyOf[bits]]));
    }
}
