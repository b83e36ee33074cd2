namespace KhanhHoa.Governance.Tasks;

/// <summary>What a dated progress update records.</summary>
public enum ProgressUpdateKind
{
    /// <summary>Work started.</summary>
    Started,

    /// <summary>A progress report, optionally with a percentage.</summary>
    Progress,

    /// <summary>The task was completed on the update's date.</summary>
    Completed,

    /// <summary>The deadline was extended to a new date by a document.</summary>
    Extended,

    /// <summary>The task was cancelled or withdrawn.</summary>
    Cancelled,
}
