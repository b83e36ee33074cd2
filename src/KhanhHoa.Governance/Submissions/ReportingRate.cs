using KhanhHoa.Governance.Calendar;

namespace KhanhHoa.Governance.Submissions;

/// <summary>
/// Completeness and timeliness of a data set for a period (DHIS2's reporting rates) on the business calendar: who had to
/// report, who did and when, who is missing, and the reminder list.
/// </summary>
/// <param name="DataSet">The data set.</param>
/// <param name="Period">The period.</param>
/// <param name="DueDate">The last day on time.</param>
/// <param name="AsOf">The day the rates were taken.</param>
/// <param name="Expected">The units that had to report, ordinal order.</param>
/// <param name="Submitted">The expected units that reported, ordinal order.</param>
/// <param name="Missing">The expected units that did not, ordinal order.</param>
/// <param name="Reminders">The missing units with the working days left or overdue.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record ReportingRate(
    DataSet DataSet,
    ReportingPeriod Period,
    LocalDate DueDate,
    LocalDate AsOf,
    IReadOnlyList<string> Expected,
    IReadOnlyList<UnitTimeliness> Submitted,
    IReadOnlyList<string> Missing,
    IReadOnlyList<Reminder> Reminders)
{
    /// <summary>The units that reported on time.</summary>
    public int OnTime => Submitted.Count(static s => s.OnTime);

    /// <summary>The units that reported late.</summary>
    public int Late => Submitted.Count(static s => !s.OnTime);

    /// <summary>Takes the rates of <paramref name="dataSet"/> for <paramref name="period"/> from a register.</summary>
    /// <param name="dataSet">The data set.</param>
    /// <param name="period">A period of the data set.</param>
    /// <param name="register">The submissions received.</param>
    /// <param name="desk">The desk whose assignment rule says who must report (<see cref="SubmissionDesk.ExpectedReporters"/>).</param>
    /// <param name="calendar">The business calendar working days are counted on.</param>
    /// <param name="asOf">The day the rates are taken (for the reminders).</param>
    /// <returns>The rates; no unit is expected before the data set is in force.</returns>
    /// <exception cref="ArgumentException">The data set is not reported for periods of that kind.</exception>
    public static ReportingRate Take(DataSet dataSet, ReportingPeriod period, SubmissionRegister register, SubmissionDesk desk, BusinessCalendar calendar, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(dataSet);
        ArgumentNullException.ThrowIfNull(register);
        ArgumentNullException.ThrowIfNull(desk);
        ArgumentNullException.ThrowIfNull(calendar);
        var due = dataSet.DueDate(period, calendar);
        var expected = desk.ExpectedReporters(dataSet, period);
        var submitted = new List<UnitTimeliness>();
        var missing = new List<string>();
        foreach (var unit in expected)
        {
            var history = register.History(unit, dataSet.Code, period);
            if (history.Count == 0)
            {
                missing.Add(unit);
                continue;
            }

            var first = history[0].Submission.SubmittedAt;
            var onTime = first.Date <= due;
            submitted.Add(new UnitTimeliness(unit, first, onTime, onTime ? 0 : calendar.WorkingDaysBetween(due, first.Date)) { ReceivedAt = history[0].Submission.ReceivedAt });
        }

        // Overdue counts as late does: working days after the due date up to the as-of day.
        var left = asOf <= due ? calendar.WorkingDaysBetween(asOf, due) : -calendar.WorkingDaysBetween(due, asOf);
        return new ReportingRate(dataSet, period, due, asOf, expected, submitted, missing, [.. missing.Select(u => new Reminder(u, left))]);
    }
}
