namespace KhanhHoa.Governance.Reporting;

/// <summary>A consistency (validation) rule that the period's figures break, with the figures involved.</summary>
/// <param name="RuleCode">The rule's code, e.g. <c>SUM.TTHC.ONLINE</c>.</param>
/// <param name="Description">What the rule demands and how it fails, in the report's language.</param>
/// <param name="UnitCode">The unit whose figures break the rule; <see langword="null"/> for province-wide figures.</param>
/// <param name="Figures">The figures involved.</param>
/// <param name="Provenance">Where the figures come from.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record ConsistencyViolation(string RuleCode, string Description, string? UnitCode, IReadOnlyList<ViolationFigure> Figures, Provenance Provenance)
{
    /// <summary>The figures involved (a read-only copy).</summary>
    public IReadOnlyList<ViolationFigure> Figures { get; init; } = [.. Figures];
}
