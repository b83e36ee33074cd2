namespace KhanhHoa.Governance.Reporting;

/// <summary>How an indicator's value stands against its target at the end of the period.</summary>
public enum IndicatorStatus
{
    /// <summary>The value satisfies the target.</summary>
    Met = 0,

    /// <summary>The target is not met, but the gap is within the builder's at-risk margin.</summary>
    AtRisk = 1,

    /// <summary>The target is not met and the gap exceeds the at-risk margin.</summary>
    NotMet = 2,

    /// <summary>The indicator has a value but no target (monitoring only).</summary>
    NoTarget = 3,

    /// <summary>No value could be computed (no data, or a zero denominator).</summary>
    NoData = 4,
}
