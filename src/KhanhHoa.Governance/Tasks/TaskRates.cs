using KhanhHoa.Governance.Primitives;

namespace KhanhHoa.Governance.Tasks;

/// <summary>
/// Counts of task statuses in the Government Office's 2×2 — completed on time, completed late, open within the
/// deadline (due soon included), open overdue — plus the tasks outside it, and the completion rate over the tasks
/// that have come due: completed ÷ (completed + open overdue) (anchors: Decision 42/2014/QĐ-TTg reporting).
/// </summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record TaskRates
{
    /// <summary>Completed on or before the due date.</summary>
    public int CompletedOnTime { get; init; }

    /// <summary>Completed after the due date.</summary>
    public int CompletedLate { get; init; }

    /// <summary>Open, not yet due (due soon included).</summary>
    public int OpenWithinDeadline { get; init; }

    /// <summary>Open past the due date.</summary>
    public int OpenOverdue { get; init; }

    /// <summary>Continuous or recurring tasks (outside the 2×2).</summary>
    public int Continuous { get; init; }

    /// <summary>Tasks awaiting a schedule from another body (outside the 2×2).</summary>
    public int AwaitingExternalSchedule { get; init; }

    /// <summary>Cancelled tasks (outside the 2×2).</summary>
    public int Cancelled { get; init; }

    /// <summary>Open tasks with no deadline (outside the 2×2).</summary>
    public int NoDeadline { get; init; }

    /// <summary>Ongoing tasks whose stated start ("Từ 01/01/2026") is still ahead (outside the 2×2).</summary>
    public int NotYetStarted { get; init; }

    /// <summary>The tasks in the 2×2: the sum of its four cells.</summary>
    public int Tracked => CompletedOnTime + CompletedLate + OpenWithinDeadline + OpenOverdue;

    /// <summary>Completed tasks (on time and late).</summary>
    public int Completed => CompletedOnTime + CompletedLate;

    /// <summary>Tasks that have come due: completed plus open overdue.</summary>
    public int Due => Completed + OpenOverdue;

    /// <summary>Counts statuses.</summary>
    /// <param name="statuses">The statuses to count.</param>
    /// <returns>The counts.</returns>
    public static TaskRates Count(IEnumerable<PlanTaskStatus> statuses)
    {
        ArgumentNullException.ThrowIfNull(statuses);
        var counts = new int[Enum.GetValues<PlanTaskStatus>().Length];
        foreach (var status in statuses)
        {
            counts[(int)status]++;
        }

        return new TaskRates
        {
            CompletedOnTime = counts[(int)PlanTaskStatus.CompletedOnTime],
            CompletedLate = counts[(int)PlanTaskStatus.CompletedLate],
            OpenWithinDeadline = counts[(int)PlanTaskStatus.InProgressWithinDeadline] + counts[(int)PlanTaskStatus.DueSoon],
            OpenOverdue = counts[(int)PlanTaskStatus.Overdue],
            Continuous = counts[(int)PlanTaskStatus.Continuous],
            AwaitingExternalSchedule = counts[(int)PlanTaskStatus.AwaitingExternalSchedule],
            Cancelled = counts[(int)PlanTaskStatus.Cancelled],
            NoDeadline = counts[(int)PlanTaskStatus.NoDeadline],
            NotYetStarted = counts[(int)PlanTaskStatus.NotYetStarted],
        };
    }

    /// <summary>The completion rate in percent: completed ÷ (completed + open overdue) × 100.</summary>
    /// <param name="rounding">The rounding rule; <see cref="RoundingRule.TwoDecimals"/> when <see langword="null"/>.</param>
    /// <returns>The rate, or <see langword="null"/> when no task has come due.</returns>
    public decimal? CompletionRate(RoundingRule? rounding = null) => (rounding ?? RoundingRule.TwoDecimals).Percent(Completed, Due);

    /// <summary>The on-time rate in percent: completed on time ÷ completed × 100.</summary>
    /// <param name="rounding">The rounding rule; <see cref="RoundingRule.TwoDecimals"/> when <see langword="null"/>.</param>
    /// <returns>The rate, or <see langword="null"/> when nothing is completed.</returns>
    public decimal? OnTimeRate(RoundingRule? rounding = null) => (rounding ?? RoundingRule.TwoDecimals).Percent(CompletedOnTime, Completed);
}
