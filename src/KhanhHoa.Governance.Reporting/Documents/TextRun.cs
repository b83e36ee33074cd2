namespace KhanhHoa.Governance.Reporting.Documents;

/// <summary>Words as the report prints them.</summary>
/// <param name="Text">The words.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record TextRun(string Text) : DocumentInline
{
    /// <inheritdoc />
    public override string Text { get; } = Text;

    /// <summary>How the words are set (plain by default).</summary>
    public TextStyle Style { get; init; } = TextStyle.Plain;
}
