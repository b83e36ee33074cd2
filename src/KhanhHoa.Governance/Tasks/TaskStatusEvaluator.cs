using KhanhHoa.Governance.Calendar;

namespace KhanhHoa.Governance.Tasks;

/// <summary>
/// Computes a task's status on any date from its deadline and its progress history. A pure function: the same
/// task, history and date always give the same status, so past reports are reproducible.
/// </summary>
/// <threadsafety>Stateless; safe to call from several threads.</threadsafety>
public static class TaskStatusEvaluator
{
    /// <summary>The status of <paramref name="task"/> on <paramref name="asOf"/>.</summary>
    /// <param name="task">The task.</param>
    /// <param name="history">Its progress history (only updates dated on or before <paramref name="asOf"/> count).</param>
    /// <param name="asOf">The date.</param>
    /// <param name="options">The due-soon horizon in working days and its calendar; <see cref="TaskStatusOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The status and the dates it was decided from.</returns>
    public static TaskStatusResult Evaluate(PlanTask task, ProgressHistory history, LocalDate asOf, TaskStatusOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(history);
        options ??= TaskStatusOptions.Default;
        var due = task.Deadline?.DueDate;
        int? percent = null;
        LocalDate? completedOn = null;
        var cancelled = false;
        foreach (var update in history.AsOf(asOf))
        {
            switch (update.Kind)
            {
                case ProgressUpdateKind.Extended when completedOn is null:
                    due = update.NewDueDate;
                    break;
                case ProgressUpdateKind.Completed:
                    completedOn ??= update.Date;
                    percent = 100;
                    break;
                case ProgressUpdateKind.Cancelled:
                    cancelled = true;
                    break;
                case ProgressUpdateKind.Progress or ProgressUpdateKind.Started when update.Percent is { } p:
                    percent = p;
                    break;
            }
        }

        if (!cancelled && Recurring(task, history, asOf, options) is { } perPeriod)
        {
            return perPeriod;
        }

        PlanTaskStatus status;
        if (cancelled)
        {
            status = PlanTaskStatus.Cancelled;
        }
        else if (completedOn is { } done)
        {
            status = due is { } d && done > d ? PlanTaskStatus.CompletedLate : PlanTaskStatus.CompletedOnTime;
        }
        else if (due is { } d)
        {
            status = asOf > d ? PlanTaskStatus.Overdue
                : DaysLeft(asOf, d, options) <= options.DueSoonWorkingDays ? PlanTaskStatus.DueSoon
                : PlanTaskStatus.InProgressWithinDeadline;
        }
        else
        {
            status = task.Deadline switch
            {
                // "Từ 01/01/2026": a start and no end; before the start nothing is expected, afterwards it is ongoing.
                { Kind: DeadlineKind.Continuous, StartDate: { } start } when asOf < start => PlanTaskStatus.NotYetStarted,
                { Kind: DeadlineKind.Continuous or DeadlineKind.Recurring } => PlanTaskStatus.Continuous,
                { Kind: DeadlineKind.External } => PlanTaskStatus.AwaitingExternalSchedule,
                _ => PlanTaskStatus.NoDeadline,
            };
        }

        return new TaskStatusResult(task.Id, status, asOf, due, completedOn, percent);
    }

    // A recurring task ("Hàng tháng": the steering committee's monthly meeting) is judged per period once it has been
    // reported done at all: done in the period of asOf is on time; a period before it without a completion is missed
    // (done in September and not in October is overdue for October); otherwise it is due at the period's end. Never
    // reported done, nothing is known per period and it stays continuous.
    private static TaskStatusResult? Recurring(PlanTask task, ProgressHistory history, LocalDate asOf, TaskStatusOptions options)
    {
        if (task.Deadline is not { Kind: DeadlineKind.Recurring } deadline || Window(deadline.Recurrence, asOf) is not { } current)
        {
            return null;
        }

        var done = history.AsOf(asOf).Where(static u => u.Kind == ProgressUpdateKind.Completed).Select(static u => u.Date).ToList();
        if (done.Count == 0)
        {
            return null;
        }

        var thisPeriod = done.Where(d => d >= current.Start).ToList();
        if (thisPeriod.Count > 0)
        {
            return new TaskStatusResult(task.Id, PlanTaskStatus.CompletedOnTime, asOf, current.End, thisPeriod.Max(), 100);
        }

        var previous = Window(deadline.Recurrence, current.Start.PlusDays(-1))!.Value;
        if (done.Min() < previous.Start && !done.Any(d => d >= previous.Start && d <= previous.End))
        {
            return new TaskStatusResult(task.Id, PlanTaskStatus.Overdue, asOf, previous.End, null, null);
        }

        var status = DaysLeft(asOf, current.End, options) <= options.DueSoonWorkingDays ? PlanTaskStatus.DueSoon : PlanTaskStatus.InProgressWithinDeadline;
        return new TaskStatusResult(task.Id, status, asOf, current.End, null, null);
    }

    // The calendar period of a recurrence that holds a day.
    private static (LocalDate Start, LocalDate End)? Window(DeadlineRecurrence recurrence, LocalDate day)
    {
        LocalDate Month(int month) => new(day.Year, month, 1);
        return recurrence switch
        {
            DeadlineRecurrence.Monthly => (Month(day.Month), Month(day.Month).PlusMonths(1).PlusDays(-1)),
            DeadlineRecurrence.Quarterly => (Month(((day.Month - 1) / 3 * 3) + 1), Month(((day.Month - 1) / 3 * 3) + 1).PlusMonths(3).PlusDays(-1)),
            DeadlineRecurrence.HalfYearly => (Month(day.Month <= 6 ? 1 : 7), Month(day.Month <= 6 ? 1 : 7).PlusMonths(6).PlusDays(-1)),
            DeadlineRecurrence.Yearly => (Month(1), new LocalDate(day.Year, 12, 31)),
            _ => null,
        };
    }

    private static int DaysLeft(LocalDate asOf, LocalDate due, TaskStatusOptions options)
    {
        var calendar = options.Calendar ?? BusinessCalendar.CivilService;
        var inRange = asOf >= BusinessCalendar.MinDate && due <= BusinessCalendar.MaxDate;
        return inRange ? calendar.WorkingDaysBetween(asOf, due) : Period.Between(asOf, due, PeriodUnits.Days).Days;
    }

    /// <summary>The status on <paramref name="asOf"/> of every task of a plan that is not a group heading.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="histories">Progress histories by task id; a task with none has an empty history.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="options">The due-soon horizon.</param>
    /// <returns>The statuses in the plan's order.</returns>
    public static IReadOnlyList<TaskStatusResult> EvaluatePlan(Plan plan, IReadOnlyDictionary<string, ProgressHistory> histories, LocalDate asOf, TaskStatusOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(histories);
        return plan.Tasks.Where(t => !plan.HasChildren(t))
            .Select(t => Evaluate(t, histories.GetValueOrDefault(t.Id) ?? ProgressHistory.Empty, asOf, options))
            .ToList();
    }
}
