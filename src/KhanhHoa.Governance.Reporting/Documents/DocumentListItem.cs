namespace KhanhHoa.Governance.Reporting.Documents;

/// <summary>An item of a list with the marker the composer gave it.</summary>
/// <param name="Marker">The marker as printed: "-" or "a)".</param>
/// <param name="Inlines">Its content.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record DocumentListItem(string Marker, IReadOnlyList<DocumentInline> Inlines)
{
    /// <summary>Its content (a read-only copy).</summary>
    public IReadOnlyList<DocumentInline> Inlines { get; init; } = [.. Inlines];
}
