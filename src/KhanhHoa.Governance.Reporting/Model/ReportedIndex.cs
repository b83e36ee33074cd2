using KhanhHoa.Governance.Indicators;

namespace KhanhHoa.Governance.Reporting;

/// <summary>
/// A composite index of section I (the 766 index, Decision 766/QĐ-TTg) as the report shows it: the core's score from
/// its counters (<see cref="CompositeIndex.ScoreWhenReported"/>), or none with the counters still missing.
/// </summary>
/// <param name="Code">The index code, e.g. <c>I766</c>.</param>
/// <param name="Name">Its Vietnamese name.</param>
/// <param name="Score">The score, or <see langword="null"/> when a counter is missing ("chưa có số liệu").</param>
/// <param name="Missing">The counters not received (empty with a score).</param>
/// <param name="CounterCount">How many counters the index needs.</param>
/// <param name="Provenance">Where its counters come from, as weak as the weakest.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record ReportedIndex(string Code, string Name, CompositeScore? Score, IReadOnlyList<string> Missing, int CounterCount, Provenance Provenance)
{
    /// <summary>The counters not received (a read-only copy).</summary>
    public IReadOnlyList<string> Missing { get; init; } = [.. Missing];
}
