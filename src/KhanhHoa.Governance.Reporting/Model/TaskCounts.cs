using KhanhHoa.Governance.Primitives;
using KhanhHoa.Governance.Tasks;

namespace KhanhHoa.Governance.Reporting;

/// <summary>
/// The Government Office's 2×2 of task status as of a date — completed on time, completed late, open within the
/// deadline, open overdue — plus tasks without a deadline and open tasks due soon, counted from the core's statuses
/// (<see cref="TaskRates.Count"/>).
/// </summary>
/// <param name="CompletedOnTime">Completed on or before the deadline.</param>
/// <param name="CompletedLate">Completed after the deadline.</param>
/// <param name="OpenWithinDeadline">Not completed, deadline not yet passed (due soon included).</param>
/// <param name="OpenOverdue">Not completed, deadline passed.</param>
/// <param name="Continuous">
/// Tasks outside the 2×2 because they have no deadline: continuous or recurring (thực hiện thường xuyên), ongoing
/// from a start date still ahead ("Từ 01/01/2026"), awaiting another body's schedule, or with none at all.
/// </param>
/// <param name="DueSoon">Open tasks the core finds <see cref="PlanTaskStatus.DueSoon"/> (a subset of <paramref name="OpenWithinDeadline"/>).</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record TaskCounts(int CompletedOnTime, int CompletedLate, int OpenWithinDeadline, int OpenOverdue, int Continuous, int DueSoon)
{
    /// <summary>Every task counted, continuous ones included.</summary>
    public int Total => CompletedOnTime + CompletedLate + OpenWithinDeadline + OpenOverdue + Continuous;

    /// <summary>Tasks that have come due: completed ones and open overdue ones (the base of the on-time rate).</summary>
    public int CameDue => CompletedOnTime + CompletedLate + OpenOverdue;

    /// <summary>
    /// Completed on time over tasks that have come due, in percent rounded by <see cref="RoundingRule.TwoDecimals"/>;
    /// <see langword="null"/> when none has come due.
    /// </summary>
    public decimal? OnTimeRate => RoundingRule.TwoDecimals.Percent(CompletedOnTime, CameDue);

    /// <summary>Counts the core's statuses.</summary>
    /// <param name="statuses">The statuses (cancelled ones are not counted).</param>
    /// <returns>The counts.</returns>
    public static TaskCounts Of(IEnumerable<PlanTaskStatus> statuses)
    {
        ArgumentNullException.ThrowIfNull(statuses);
        var list = statuses as IReadOnlyCollection<PlanTaskStatus> ?? [.. statuses];
        var rates = TaskRates.Count(list);
        return new TaskCounts(
            rates.CompletedOnTime,
            rates.CompletedLate,
            rates.OpenWithinDeadline,
            rates.OpenOverdue,
            rates.Continuous + rates.NotYetStarted + rates.AwaitingExternalSchedule + rates.NoDeadline,
            list.Count(status => status == PlanTaskStatus.DueSoon));
    }
}
