namespace KhanhHoa.Governance.Tasks.Import;

/// <summary>A paragraph outside the tables (a heading, a line of the header block, a numbered body paragraph).</summary>
/// <param name="Text">The paragraph as printed, in NFC.</param>
/// <param name="Location">Where it stands.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
internal sealed record DocumentParagraph(string Text, DocumentLocation Location) : DocumentBlock(Location);
