namespace KhanhHoa.Governance.Reporting;

/// <summary>Why a next-period priority is in section III.</summary>
public enum PrioritySource
{
    /// <summary>Written by the drafting officer.</summary>
    Manual = 0,

    /// <summary>An open task due in the next period (after this period's end, by the next one's); overdue tasks are never listed here.</summary>
    TaskDueNextPeriod = 2,

    /// <summary>An indicator whose target the core finds at risk or not yet due (not met, deadline not passed).</summary>
    TargetNotMet = 3,
}
