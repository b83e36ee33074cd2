namespace KhanhHoa.Governance.Reporting.Documents;

/// <summary>A paragraph of running text: text runs, figures and footnote references, in order.</summary>
/// <param name="Inlines">Its content.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record DocumentParagraph(IReadOnlyList<DocumentInline> Inlines) : DocumentBlock
{
    /// <summary>Its content (a read-only copy).</summary>
    public IReadOnlyList<DocumentInline> Inlines { get; init; } = [.. Inlines];

    /// <summary>A paragraph of one plain text run.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The paragraph.</returns>
    public static DocumentParagraph Of(string text) => new([new TextRun(text)]);
}
