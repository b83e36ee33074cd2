namespace KhanhHoa.Governance.Reporting;

/// <summary>A consistency (validation) rule that the period's figures break, with the figures involved.</summary>
/// <param name="RuleCode">The rule's code, e.g. <c>SUM.TTHC.ONLINE</c>.</param>
/// <param name="Description">What the rule demands and how it fails, in the report's language (Vietnamese).</param>
/// <param name="UnitCode">The unit whose figures break the rule; <see langword="null"/> for province-wide figures.</param>
/// <param name="Figures">The figures involved.</param>
/// <param name="Provenance">Where the figures come from.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record ConsistencyViolation(string RuleCode, string Description, string? UnitCode, IReadOnlyList<ViolationFigure> Figures, Provenance Provenance)
{
    /// <summary>The figures involved (a read-only copy).</summary>
    public IReadOnlyList<ViolationFigure> Figures { get; init; } = [.. Figures];

    /// <summary>The same finding in English (the rule's English description and message), for developers; <see langword="null"/> when not given.</summary>
    public string? DescriptionEn { get; init; }

    /// <summary>
    /// Where the figures stand: the document and its sections, e.g. <c>87/BC-BCĐ, mục I.4.a</c> or
    /// <c>87/BC-BCĐ, chú thích 12</c>; <see langword="null"/> when not given.
    /// </summary>
    public string? Citation { get; init; }

    /// <summary>The name of the unit of <see cref="UnitCode"/>, when known.</summary>
    public string? UnitName { get; init; }
}
