namespace KhanhHoa.Governance.Tasks;

/// <summary>Settings of <see cref="TaskStatusEvaluator"/>.</summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record TaskStatusOptions
{
    /// <summary>The defaults: a due-soon horizon of 5 calendar days.</summary>
    public static TaskStatusOptions Default { get; } = new();

    /// <summary>
    /// How many days before the due date an open task counts as <see cref="PlanTaskStatus.DueSoon"/>. Counted in
    /// calendar days: the business calendar (working days) is not part of this library yet.
    /// </summary>
    public int DueSoonDays { get; init; } = 5;
}
