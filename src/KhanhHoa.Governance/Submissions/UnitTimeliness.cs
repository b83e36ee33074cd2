namespace KhanhHoa.Governance.Submissions;

/// <summary>When a unit sent its report, against the due date.</summary>
/// <param name="Unit">The unit's code.</param>
/// <param name="SubmittedAt">When its first submission for the period was sent (a correction sent later does not make a report late).</param>
/// <param name="OnTime">Whether it was sent on or before the due date.</param>
/// <param name="WorkingDaysLate">Working days from the due date to the day it was sent (0 when on time, or sent on the days off right after the due date).</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record UnitTimeliness(string Unit, LocalDateTime SubmittedAt, bool OnTime, int WorkingDaysLate)
{
    /// <summary>When the receiver got that first submission, or <see langword="null"/> when no receiver stamped it.</summary>
    public LocalDateTime? ReceivedAt { get; init; }
}
