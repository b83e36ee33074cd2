namespace KhanhHoa.Governance.Tests;

/// <summary>
/// The tests that bound an operation by the process's allocation counter (<see cref="GC.GetTotalAllocatedBytes(bool)"/>):
/// they run alone, since any test running beside them allocates on the same counter (such a test failed on a loaded
/// run while passing alone).
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AllocationMeasured
{
    /// <summary>The collection's name.</summary>
    public const string Name = "allocation measured";
}
