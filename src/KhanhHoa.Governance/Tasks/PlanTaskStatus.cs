namespace KhanhHoa.Governance.Tasks;

/// <summary>
/// The status of a task on a date. The first four open/closed values are the Government Office's 2×2 (completed on
/// time / late, open within the deadline / overdue; Decision 42/2014/QĐ-TTg on following up assigned tasks),
/// with <see cref="DueSoon"/> split out of "open within the deadline".
/// </summary>
public enum PlanTaskStatus
{
    /// <summary>Completed on or before its (possibly extended) due date.</summary>
    CompletedOnTime,

    /// <summary>Completed after its due date.</summary>
    CompletedLate,

    /// <summary>Open, and the due date is further away than the due-soon horizon.</summary>
    InProgressWithinDeadline,

    /// <summary>Open, and the due date is within the due-soon horizon.</summary>
    DueSoon,

    /// <summary>Open after its due date.</summary>
    Overdue,

    /// <summary>Ongoing or recurring work with no end ("Thực hiện thường xuyên", "Hàng tháng").</summary>
    Continuous,

    /// <summary>The deadline is to be set by another body ("Theo chỉ đạo của Bộ Công an").</summary>
    AwaitingExternalSchedule,

    /// <summary>Cancelled or withdrawn.</summary>
    Cancelled,

    /// <summary>Open with no deadline at all (none printed, or nothing in it could be read as a time).</summary>
    NoDeadline,

    /// <summary>
    /// Ongoing work that starts on a stated date ("Từ 01/01/2026"), judged before that date: nothing is expected yet.
    /// From the date on the task is <see cref="Continuous"/>, never overdue.
    /// </summary>
    NotYetStarted,
}
