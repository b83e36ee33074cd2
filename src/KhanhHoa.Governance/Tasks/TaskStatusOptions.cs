using KhanhHoa.Governance.Calendar;

namespace KhanhHoa.Governance.Tasks;

/// <summary>Settings of <see cref="TaskStatusEvaluator"/>.</summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record TaskStatusOptions
{
    /// <summary>The defaults: due soon within 5 working days of the civil-service calendar.</summary>
    public static TaskStatusOptions Default { get; } = new();

    /// <summary>
    /// How many working days before the due date an open task counts as <see cref="PlanTaskStatus.DueSoon"/>:
    /// the working days after the as-of date up to and including the due date.
    /// </summary>
    public int DueSoonWorkingDays { get; init; } = 5;

    /// <summary>
    /// The calendar the working days are counted in; <see cref="BusinessCalendar.CivilService"/> when
    /// <see langword="null"/>. Dates outside the calendar's range are counted in calendar days.
    /// </summary>
    public BusinessCalendar? Calendar { get; init; }
}
