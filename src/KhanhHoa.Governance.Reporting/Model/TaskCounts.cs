namespace KhanhHoa.Governance.Reporting;

/// <summary>
/// The Government Office's 2×2 of task status as of a date: completed on time, completed late, open within the
/// deadline, open overdue; plus tasks without a completion date (continuous) and open tasks due soon.
/// </summary>
/// <param name="CompletedOnTime">Completed on or before the deadline.</param>
/// <param name="CompletedLate">Completed after the deadline.</param>
/// <param name="OpenWithinDeadline">Not completed, deadline not yet passed.</param>
/// <param name="OpenOverdue">Not completed, deadline passed.</param>
/// <param name="Continuous">Continuous tasks (thực hiện thường xuyên): no deadline, outside the 2×2.</param>
/// <param name="DueSoon">Open tasks whose deadline falls in the next reporting period (a subset of <paramref name="OpenWithinDeadline"/>).</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record TaskCounts(int CompletedOnTime, int CompletedLate, int OpenWithinDeadline, int OpenOverdue, int Continuous, int DueSoon)
{
    /// <summary>No tasks.</summary>
    public static TaskCounts Empty { get; } = new(0, 0, 0, 0, 0, 0);

    /// <summary>Every task counted, continuous ones included.</summary>
    public int Total => CompletedOnTime + CompletedLate + OpenWithinDeadline + OpenOverdue + Continuous;

    /// <summary>Tasks that have come due: completed ones and open overdue ones (the base of the on-time rate).</summary>
    public int CameDue => CompletedOnTime + CompletedLate + OpenOverdue;

    /// <summary>
    /// Completed on time over tasks that have come due, in percent rounded half away from zero to two decimals;
    /// <see langword="null"/> when none has come due.
    /// </summary>
    public decimal? OnTimeRate => CameDue == 0 ? null : Math.Round(CompletedOnTime * 100m / CameDue, 2, MidpointRounding.AwayFromZero);

    /// <summary>Adds two sets of counts.</summary>
    /// <param name="other">The counts to add.</param>
    /// <returns>The sums.</returns>
    public TaskCounts Plus(TaskCounts other) => new(
        CompletedOnTime + other.CompletedOnTime,
        CompletedLate + other.CompletedLate,
        OpenWithinDeadline + other.OpenWithinDeadline,
        OpenOverdue + other.OpenOverdue,
        Continuous + other.Continuous,
        DueSoon + other.DueSoon);
}
