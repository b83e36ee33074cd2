namespace KhanhHoa.Governance.Reporting.Documents;

/// <summary>
/// A piece of a paragraph, a list item, a table cell or a footnote: a <see cref="TextRun"/>, a <see cref="FigureRun"/>, a
/// <see cref="StatusRun"/> or a <see cref="FootnoteReference"/>. A writer that has no way of its own to show one prints
/// its <see cref="Text"/>.
/// </summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public abstract record DocumentInline
{
    private protected DocumentInline()
    {
    }

    /// <summary>The inline's text as printed, without styling (a footnote reference: its number).</summary>
    public abstract string Text { get; }
}
