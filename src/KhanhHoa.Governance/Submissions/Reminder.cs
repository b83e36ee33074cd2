namespace KhanhHoa.Governance.Submissions;

/// <summary>A unit that has not sent its report, with the working days left before the due date (negative: overdue).</summary>
/// <param name="Unit">The unit's code.</param>
/// <param name="WorkingDaysLeft">Working days from the as-of date to the due date; negative when the due date has passed.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record Reminder(string Unit, int WorkingDaysLeft)
{
    /// <summary>Whether the due date has passed.</summary>
    public bool Overdue => WorkingDaysLeft < 0;
}
