namespace KhanhHoa.Governance.Indicators;

/// <summary>A target evaluated as of a date.</summary>
/// <param name="Target">The target.</param>
/// <param name="AsOf">The evaluation date.</param>
/// <param name="Value">The indicator's value, rounded as the indicator prints it, or <see langword="null"/>.</param>
/// <param name="Threshold">The threshold of the step that applies on <paramref name="AsOf"/> (a milestone or the final value).</param>
/// <param name="StepDeadlineText">The deadline of that step, as written.</param>
/// <param name="StepDueDate">The due date of that step, if any.</param>
/// <param name="Gap">Signed distance to the threshold: positive beats it, negative falls short (direction-aware); <see langword="null"/> without a value.</param>
/// <param name="Status">Achieved, on track, at risk, missed, not yet due or no data.</param>
/// <param name="Projection">The value projected to the step's due month, when one was computed.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record TargetEvaluation(
    Target Target,
    LocalDate AsOf,
    decimal? Value,
    decimal Threshold,
    string StepDeadlineText,
    LocalDate? StepDueDate,
    decimal? Gap,
    TargetStatus Status,
    decimal? Projection);
