using KhanhHoa.Governance.Directives;

namespace KhanhHoa.Governance.Tasks;

/// <summary>One dated fact about a task's progress.</summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record ProgressUpdate
{
    /// <summary>The day the fact took effect.</summary>
    public required LocalDate Date { get; init; }

    /// <summary>What happened.</summary>
    public required ProgressUpdateKind Kind { get; init; }

    /// <summary>The progress in percent (0–100) for <see cref="ProgressUpdateKind.Progress"/>, if reported.</summary>
    public int? Percent { get; init; }

    /// <summary>The new due date of an <see cref="ProgressUpdateKind.Extended"/> update.</summary>
    public LocalDate? NewDueDate { get; init; }

    /// <summary>The document that allowed an extension or cancellation.</summary>
    public DocumentNumber? AuthorizingDocument { get; init; }

    /// <summary>Free text.</summary>
    public string? Note { get; init; }

    /// <summary>A completion on <paramref name="date"/>.</summary>
    /// <param name="date">The day the task was completed.</param>
    /// <returns>The update.</returns>
    public static ProgressUpdate Completed(LocalDate date) => new() { Date = date, Kind = ProgressUpdateKind.Completed };

    /// <summary>An extension decided on <paramref name="date"/> to <paramref name="newDueDate"/>.</summary>
    /// <param name="date">The day the extension was granted.</param>
    /// <param name="newDueDate">The new last day on time.</param>
    /// <param name="authorizingDocument">The document that granted it.</param>
    /// <returns>The update.</returns>
    public static ProgressUpdate Extended(LocalDate date, LocalDate newDueDate, DocumentNumber? authorizingDocument = null) =>
        new() { Date = date, Kind = ProgressUpdateKind.Extended, NewDueDate = newDueDate, AuthorizingDocument = authorizingDocument };
}
