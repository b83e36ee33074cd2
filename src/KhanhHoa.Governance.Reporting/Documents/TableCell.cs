namespace KhanhHoa.Governance.Reporting.Documents;

/// <summary>A cell of a table row.</summary>
/// <param name="Inlines">Its content.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record TableCell(IReadOnlyList<DocumentInline> Inlines)
{
    /// <summary>Its content (a read-only copy).</summary>
    public IReadOnlyList<DocumentInline> Inlines { get; init; } = [.. Inlines];

    /// <summary>The cell's text, without styling.</summary>
    public string Text => string.Concat(Inlines.Select(static inline => inline.Text));

    /// <summary>A cell of one plain text run.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The cell.</returns>
    public static TableCell Of(string text) => new([new TextRun(text)]);

    /// <summary>A cell of one inline (a figure).</summary>
    /// <param name="inline">The inline.</param>
    /// <returns>The cell.</returns>
    public static TableCell Of(DocumentInline inline) => new([inline]);
}
