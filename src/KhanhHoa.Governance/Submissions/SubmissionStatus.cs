using KhanhHoa.Governance.Calendar;
using KhanhHoa.Governance.Organization;

namespace KhanhHoa.Governance.Submissions;

/// <summary>
/// The status of a period's submissions, as the office reads it: for every data set reported for periods like the one
/// asked (each under its own cut-off), its reporting rate and its province figures. What <c>submissions status</c> prints
/// and a web host shows; <see cref="SubmissionStatusJson"/> writes it as <c>schemas/submission-status.v1.schema.json</c>.
/// </summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class SubmissionStatus
{
    private SubmissionStatus(string period, LocalDate asOf, IReadOnlyList<DataSetStatus> dataSets, IReadOnlyList<SubmissionFileOutcome> rejected)
    {
        Period = period;
        AsOf = asOf;
        DataSets = dataSets;
        Rejected = rejected;
    }

    /// <summary>The period as asked (e.g. <c>2025-09</c>); each data set reads it under its own cut-off.</summary>
    public string Period { get; }

    /// <summary>The day the reminders count working days from.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Every data set reported for periods like <see cref="Period"/>, in the catalog's order; empty when none is.</summary>
    public IReadOnlyList<DataSetStatus> DataSets { get; }

    /// <summary>The completeness of the period over every data set with reports due: the one figure a report shows.</summary>
    public SubmissionCompleteness Completeness => SubmissionCompleteness.Of(DataSets.Select(static d => d.Rate));

    /// <summary>The files rejected at the door, each with all its errors (none counted); empty when taken from a register.</summary>
    public IReadOnlyList<SubmissionFileOutcome> Rejected { get; }

    /// <summary>Takes the status of <paramref name="periodId"/> from the files of an intake: the accepted ones counted, the rejected ones listed.</summary>
    /// <param name="desk">The door: its data sets, its organisation and the one rule of who must report what.</param>
    /// <param name="intake">The files received, each accepted or rejected.</param>
    /// <param name="periodId">A period id.</param>
    /// <param name="calendar">The business calendar.</param>
    /// <param name="asOf">The day the reminders count working days from.</param>
    /// <returns>The status, with <see cref="Rejected"/>.</returns>
    public static SubmissionStatus Take(SubmissionDesk desk, SubmissionIntake intake, string periodId, BusinessCalendar calendar, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(intake);
        var status = Take(desk, SubmissionRegister.Empty.Add(intake.Accepted), periodId, calendar, asOf);
        return new SubmissionStatus(status.Period, status.AsOf, status.DataSets, intake.Rejected);
    }

    /// <summary>Takes the status of <paramref name="periodId"/> from a register.</summary>
    /// <param name="desk">The door: its data sets, and its organisation and rule of who must report what, taken on each data set's period's last day.</param>
    /// <param name="register">The submissions received.</param>
    /// <param name="periodId">A period id (<c>2025-09</c>, <c>2025-H1</c>, <c>2025</c>); data sets that cannot read it are left out.</param>
    /// <param name="calendar">The business calendar working days are counted on.</param>
    /// <param name="asOf">The day the reminders count working days from.</param>
    /// <returns>The status; its <see cref="DataSets"/> is empty when no data set is reported for such a period.</returns>
    public static SubmissionStatus Take(SubmissionDesk desk, SubmissionRegister register, string periodId, BusinessCalendar calendar, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(desk);
        ArgumentNullException.ThrowIfNull(register);
        ArgumentNullException.ThrowIfNull(periodId);
        ArgumentNullException.ThrowIfNull(calendar);
        var statuses = new List<DataSetStatus>();
        foreach (var dataSet in desk.DataSets.DataSets)
        {
            if (!dataSet.ParsePeriod(periodId).TryPickT0(out var period, out _))
            {
                continue;
            }

            var tree = desk.Units.AsOf(period.End);
            var root = tree.Roots.First().Code;
            var figures = SubmissionAggregation.Aggregate(dataSet, register.CurrentFor(dataSet.Code, period), tree, root);
            statuses.Add(new DataSetStatus(ReportingRate.Take(dataSet, period, register, desk, calendar, asOf), figures));
        }

        return new SubmissionStatus(periodId, asOf, statuses, []);
    }
}
