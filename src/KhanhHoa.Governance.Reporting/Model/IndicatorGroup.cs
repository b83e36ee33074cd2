namespace KhanhHoa.Governance.Reporting;

/// <summary>A group of indicator rows, as report 87/BC-BCĐ groups its results (public services, digital citizens …).</summary>
/// <param name="Code">A short stable code, e.g. <c>DVC</c>.</param>
/// <param name="Title">The group heading as printed, e.g. "Về Dịch vụ công (DVC)".</param>
/// <param name="Rows">The rows, in the order they were added.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record IndicatorGroup(string Code, string Title, IReadOnlyList<IndicatorRow> Rows)
{
    /// <summary>The rows, in the order they were added (a read-only copy).</summary>
    public IReadOnlyList<IndicatorRow> Rows { get; init; } = [.. Rows];
}
