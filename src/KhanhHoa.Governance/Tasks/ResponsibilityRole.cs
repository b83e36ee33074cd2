namespace KhanhHoa.Governance.Tasks;

/// <summary>An agency's role in a task.</summary>
public enum ResponsibilityRole
{
    /// <summary>Lead agency (chủ trì): accountable for the task.</summary>
    Lead,

    /// <summary>Coordinating agency (phối hợp): supports the lead.</summary>
    Coordinating,
}
