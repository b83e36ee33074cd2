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
            status = task.Deadline?.Kind switch
            {
                DeadlineKind.Continuous or DeadlineKind.Recurring => PlanTaskStatus.Continuous,
                DeadlineKind.External => PlanTaskStatus.AwaitingExternalSchedule,
                _ => PlanTaskStatus.NoDeadline,
            };
        }

        return new TaskStatusResult(task.Id, status, asOf, due, completedOn, percent);
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
