namespace KhanhHoa.Governance.Indicators;

/// <summary>Where a target stands on a given date.</summary>
public enum TargetStatus
{
    /// <summary>There is no value to judge.</summary>
    NoData,

    /// <summary>The deadline has passed and the value does not meet the target.</summary>
    Missed,

    /// <summary>Before the deadline, not met, and the projection to the deadline does not meet it either.</summary>
    AtRisk,

    /// <summary>Before the deadline, not met, and there are too few monthly values to project.</summary>
    NotYetDue,

    /// <summary>Before the deadline, not met yet, but the projection to the deadline meets it.</summary>
    OnTrack,

    /// <summary>The value meets the target.</summary>
    Achieved,
}
