namespace KhanhHoa.Governance.Reporting.Documents;

/// <summary>A list of items.</summary>
/// <param name="Style">How it is set.</param>
/// <param name="Items">Its items, with their markers.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record DocumentList(ListStyle Style, IReadOnlyList<DocumentListItem> Items) : DocumentBlock
{
    /// <summary>Its items (a read-only copy).</summary>
    public IReadOnlyList<DocumentListItem> Items { get; init; } = [.. Items];
}
