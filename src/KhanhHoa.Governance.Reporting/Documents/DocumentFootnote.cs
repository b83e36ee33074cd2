namespace KhanhHoa.Governance.Reporting.Documents;

/// <summary>A footnote of the document, numbered from 1 across body and annexes.</summary>
/// <param name="Number">Its number.</param>
/// <param name="Inlines">Its text.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record DocumentFootnote(int Number, IReadOnlyList<DocumentInline> Inlines)
{
    /// <summary>Its text (a read-only copy).</summary>
    public IReadOnlyList<DocumentInline> Inlines { get; init; } = [.. Inlines];
}
