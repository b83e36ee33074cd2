namespace KhanhHoa.Governance.Tasks.Import;

/// <summary>One thing the importer reports about a row: an unresolved agency, an unreadable deadline, a decision it made.</summary>
/// <param name="TaskId">The row's task id, or <see langword="null"/> for the document or a table as a whole.</param>
/// <param name="Location">Where it stands in the file.</param>
/// <param name="Message">What was found or decided.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record PlanImportFinding(string? TaskId, DocumentLocation Location, string Message)
{
    /// <inheritdoc/>
    public override string ToString() => TaskId is null ? $"{Location}: {Message}" : $"{Location} (task {TaskId}): {Message}";
}
