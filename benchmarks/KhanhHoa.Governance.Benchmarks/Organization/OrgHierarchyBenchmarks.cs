using BenchmarkDotNet.Attributes;
using KhanhHoa.Governance.Organization;

namespace KhanhHoa.Governance.Benchmarks.Organization;

/// <summary>
/// The parent check on a single chain with a cycle through every unit, at 10,000 and 100,000 units: each chain is
/// walked once, so ten times the units should cost about ten times as much (a walk per unit would cost a hundred
/// times). The claim moved here from a test, where a loaded machine made a wall-clock ratio flaky.
/// </summary>
[MemoryDiagnoser]
public class OrgHierarchyBenchmarks
{
    private OrgUnit[] chain = [];

    /// <summary>Units in the chain.</summary>
    [Params(10_000, 100_000)]
    public int Units { get; set; }

    /// <summary>Builds the chain whose root names the last unit as its parent.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var length = Units;
        chain = [.. Enumerable.Range(0, length)
            .Select(i => new OrgUnit { Code = $"U{i}", Name = "u", ParentCode = $"U{(i + length - 1) % length}" })];
    }

    /// <summary>Validates the chain; every unit is reported on the cycle.</summary>
    [Benchmark]
    public int ValidateCycle() => OrgHierarchy.Validate(chain, []).Count;
}
