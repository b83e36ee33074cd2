using KhanhHoa.Governance.Directives;
using KhanhHoa.Governance.Tasks;

namespace KhanhHoa.Governance.Submissions;

/// <summary>
/// What a unit reports on one of its tasks this period: started, a percentage, completed on a date with the product or
/// evidence, extended to a new date by a document, or cancelled; with a comment.
/// </summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record TaskProgress
{
    /// <summary>The plan's id, e.g. <c>3433/KH-UBND</c>.</summary>
    public required string PlanId { get; init; }

    /// <summary>The task's id in the plan, e.g. <c>27.2</c>.</summary>
    public required string TaskId { get; init; }

    /// <summary>What the unit reports: started, progress, completed, extended or cancelled.</summary>
    public required ProgressUpdateKind Status { get; init; }

    /// <summary>The progress in percent (0–100), when given.</summary>
    public int? Percent { get; init; }

    /// <summary>The day the task was completed (required for <see cref="ProgressUpdateKind.Completed"/>).</summary>
    public LocalDate? CompletedOn { get; init; }

    /// <summary>The new last day on time (required for <see cref="ProgressUpdateKind.Extended"/>).</summary>
    public LocalDate? NewDueDate { get; init; }

    /// <summary>The document that extended or cancelled the task (required for an extension).</summary>
    public DocumentNumber? Decision { get; init; }

    /// <summary>The product or evidence of completion (a document number, a link, a description).</summary>
    public string? Evidence { get; init; }

    /// <summary>The unit's comment.</summary>
    public string? Comment { get; init; }
}
