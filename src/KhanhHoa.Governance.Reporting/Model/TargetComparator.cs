namespace KhanhHoa.Governance.Reporting;

/// <summary>Which side of a target value is good.</summary>
public enum TargetComparator
{
    /// <summary>The value must be at least the target (≥), as for online rates.</summary>
    AtLeast = 0,

    /// <summary>The value must be at most the target (≤), as for overdue rates.</summary>
    AtMost = 1,
}
