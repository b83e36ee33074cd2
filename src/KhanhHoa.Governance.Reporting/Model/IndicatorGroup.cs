namespace KhanhHoa.Governance.Reporting;

/// <summary>
/// A subsection of section I, as report 87/BC-BCĐ groups its results (public services, digital citizens …): the
/// indicators computed by the engine with their targets, and the figures the units reported.
/// </summary>
/// <param name="Code">A short stable code, e.g. <c>DVC</c> or <c>I.4.a</c>.</param>
/// <param name="Title">The heading as printed, e.g. "Về Dịch vụ công (DVC)".</param>
/// <param name="Rows">The indicator rows, in the order they were added.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record IndicatorGroup(string Code, string Title, IReadOnlyList<IndicatorRow> Rows)
{
    /// <summary>The rows, in the order they were added (a read-only copy).</summary>
    public IReadOnlyList<IndicatorRow> Rows { get; init; } = [.. Rows];

    /// <summary>
    /// The heading of the numbered section this group is a lettered subsection of (e.g. "Về Dịch vụ công (DVC)" over
    /// "a) …", "b) …"), or <see langword="null"/> when the group is a numbered section by itself. Consecutive groups with
    /// the same section print under one number (<see cref="ReportOutline"/>).
    /// </summary>
    public string? Section { get; init; }

    /// <summary>The figures the units reported, in the data set's order (empty when none).</summary>
    public IReadOnlyList<FigureRow> Figures { get; init; } = [];

    /// <summary>Whether the group has neither an indicator nor a figure to show.</summary>
    public bool IsEmpty => Rows.Count == 0 && Figures.Count == 0;
}
