namespace KhanhHoa.Governance.Tasks;

/// <summary>Where a task stands in its source document, so every row can be checked against the text.</summary>
/// <param name="Document">The source file or document name (for the embedded data, the seed file).</param>
/// <param name="Section">The section or table position as the document labels it, e.g. "Phụ lục II, mục III, dòng 2".</param>
/// <param name="Line">The one-based line of the row's first cell in the source file, when known.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record TaskSource(string Document, string Section, int? Line);
