namespace KhanhHoa.Governance.Tasks;

/// <summary>The status of one task on one date, with the dates it was decided from.</summary>
/// <param name="TaskId">The task's id.</param>
/// <param name="Status">The status.</param>
/// <param name="AsOf">The date the status holds on.</param>
/// <param name="DueDate">The due date in force (the plan's, or the latest extension known on <paramref name="AsOf"/>).</param>
/// <param name="CompletedOn">The completion date, for completed tasks.</param>
/// <param name="Percent">The last reported percentage, if any.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record TaskStatusResult(string TaskId, PlanTaskStatus Status, LocalDate AsOf, LocalDate? DueDate, LocalDate? CompletedOn, int? Percent)
{
    /// <summary>Whether the task is completed (on time or late).</summary>
    public bool IsCompleted => Status is PlanTaskStatus.CompletedOnTime or PlanTaskStatus.CompletedLate;
}
