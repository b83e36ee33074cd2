using KhanhHoa.Governance.Indicators;

namespace KhanhHoa.Governance.Reporting;

/// <summary>
/// A target as the report shows it: the core's <see cref="TargetEvaluation"/> (step, threshold, gap, status and
/// projection as <see cref="TargetEvaluator"/> computed them) and the target's wording for the reader. The report
/// never re-judges a target; every figure here is the evaluation's.
/// </summary>
/// <param name="Evaluation">The core's evaluation of the target as of the report's date.</param>
/// <param name="Text">The target as printed, e.g. "≥ 80% (Tháng 12/2025; Kế hoạch số 3433/KH-UBND)".</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record IndicatorTarget(TargetEvaluation Evaluation, string Text)
{
    /// <summary>How the target compares the value with its threshold (the core's comparator: strict or not).</summary>
    public TargetComparator Comparator => Evaluation.Target.Comparator;

    /// <summary>The comparator as printed before the threshold: ≥, &gt;, ≤, &lt;, or = (also for a range).</summary>
    public string Symbol => Comparator switch
    {
        TargetComparator.AtLeast => "≥",
        TargetComparator.GreaterThan => ">",
        TargetComparator.AtMost => "≤",
        TargetComparator.LessThan => "<",
        _ => "=",
    };

    /// <summary>The threshold of the step that applies on the report's date, in the indicator's unit.</summary>
    public decimal Value => Evaluation.Threshold;

    /// <summary>The due date of that step, when the source sets one.</summary>
    public LocalDate? Deadline => Evaluation.StepDueDate;

    /// <summary>The core's status: achieved, on track, at risk, missed, not yet due or no data.</summary>
    public TargetStatus Status => Evaluation.Status;

    /// <summary>The core's signed distance to the threshold (positive beats it), in the indicator's unit.</summary>
    public decimal? Gap => Evaluation.Gap;

    /// <summary>The value the core projected to the step's due month, when it computed one.</summary>
    public decimal? Projection => Evaluation.Projection;
}
