namespace KhanhHoa.Governance.Reporting;

/// <summary>Why a next-period priority is in section III.</summary>
public enum PrioritySource
{
    /// <summary>Written by the drafting officer.</summary>
    Manual = 0,

    /// <summary>An open task that is overdue.</summary>
    OverdueTask = 1,

    /// <summary>An open task that falls due in the next period.</summary>
    TaskDueNextPeriod = 2,

    /// <summary>An indicator whose target is not met and whose target deadline has not passed.</summary>
    TargetNotMet = 3,
}
