using KhanhHoa.Governance.Tasks;

namespace KhanhHoa.Governance.Reporting;

/// <summary>
/// A plan task as the report prints it: the core's <see cref="TaskStatusResult"/> (status, due date in force,
/// completion) with the words a reader needs beside it. The report counts and lists the task by
/// <see cref="TaskStatusResult.Status"/> as <see cref="TaskStatusEvaluator"/> decided it, never by its own rule.
/// </summary>
/// <param name="Plan">The plan's number and symbol, e.g. "3433/KH-UBND".</param>
/// <param name="Title">What the task is.</param>
/// <param name="LeadAgency">The lead agency (đơn vị chủ trì).</param>
/// <param name="Status">The core's status of the task on the report's date.</param>
/// <param name="Provenance">Where the progress behind the status comes from.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record ReportTask(string Plan, string Title, string LeadAgency, TaskStatusResult Status, Provenance Provenance = Provenance.Computed)
{
    /// <summary>The task id within its plan.</summary>
    public string Id => Status.TaskId;
}
