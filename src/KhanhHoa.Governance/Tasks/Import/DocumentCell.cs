namespace KhanhHoa.Governance.Tasks.Import;

/// <summary>One table cell: its paragraphs (bullet lines of a cell are paragraphs), in NFC, as printed.</summary>
/// <param name="Paragraphs">The paragraphs; an empty cell has none.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
internal sealed record DocumentCell(IReadOnlyList<string> Paragraphs)
{
    /// <summary>The paragraphs joined by line breaks, trimmed: the cell as the embedded plans record it.</summary>
    public string Text => string.Join('\n', Paragraphs.Select(static p => p.Trim()).Where(static p => p.Length > 0));

    /// <summary>Whether the cell prints nothing but white space.</summary>
    public bool IsEmpty => Text.Length == 0;
}
