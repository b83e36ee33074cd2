namespace KhanhHoa.Governance.Reporting.Documents;

/// <summary>A reference to one of the document's footnotes (<see cref="ReportDocument.Footnotes"/>), printed as its number.</summary>
/// <param name="Number">The footnote's number, from 1 across the document.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record FootnoteReference(int Number) : DocumentInline
{
    /// <inheritdoc />
    public override string Text => Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
