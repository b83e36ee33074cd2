namespace KhanhHoa.Governance.Reporting.Documents;

/// <summary>
/// One block of the document's body or of an annex: a <see cref="DocumentHeading"/>, a <see cref="DocumentParagraph"/>, a
/// <see cref="DocumentTable"/> or a <see cref="DocumentList"/>. The set is closed: a writer handles each of them.
/// </summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public abstract record DocumentBlock
{
    private protected DocumentBlock()
    {
    }
}
