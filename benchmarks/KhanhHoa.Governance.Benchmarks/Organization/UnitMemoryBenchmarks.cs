using BenchmarkDotNet.Attributes;
using KhanhHoa.Governance.Benchmarks.Rollup;
using KhanhHoa.Governance.Organization;
using KhanhHoa.Governance.Rollup;
using KhanhHoa.Governance.Testing;

namespace KhanhHoa.Governance.Benchmarks.Organization;

/// <summary>
/// What an organisation unit costs in memory through a whole rollup (engine, aggregate, completion) of the 12 months of
/// 2025 with one SYNTHETIC dossier per unit: the allocated bytes divided by the units is the memory per unit (issue 23
/// measured about 50 KB a unit on 60,000 units through the console host).
/// </summary>
[MemoryDiagnoser]
public class UnitMemoryBenchmarks
{
    private OrgUnit[] units = [];
    private DossierStore store = DossierStore.Empty;

    /// <summary>Communes under one province.</summary>
    [Params(10_000, 60_000)]
    public int Units { get; set; }

    /// <summary>Builds the flat province and a store of one dossier a commune.</summary>
    [GlobalSetup]
    public void Setup()
    {
        units = [new OrgUnit { Code = "P", Name = "Tỉnh" }, .. Enumerable.Range(0, Units).Select(i => new OrgUnit { Code = $"X{i}", Name = $"Xã {i}", ParentCode = "P" })];
        store = SyntheticDossiers.Generate([.. units.Skip(1).Select(u => u.Code)], BenchmarkProvince.From, BenchmarkProvince.To, Units);
    }

    /// <summary>Creates the engine, aggregates the store and completes the measures of every month.</summary>
    [Benchmark]
    public int Rollup()
    {
        var engine = RollupEngine.Create(units, BenchmarkProvince.Periods).Value;
        var partial = engine.Aggregate(store).Value;
        return engine.Complete(partial).Value.Periods.Count;
    }
}
