namespace KhanhHoa.Governance.Tasks.Import;

/// <summary>
/// A plan document as its readers see it before anyone interprets it: paragraphs and tables in document order, the
/// cells as printed. The plain-text reader (<see cref="PlanTextReader"/>) and the Word reader of the reporting package
/// both produce this form, so <see cref="PlanImporter"/> holds the one interpretation of headers, rows and cells.
/// </summary>
/// <param name="Name">The file the document came from (used in task sources and error locations).</param>
/// <param name="Blocks">The paragraphs and tables in document order.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
internal sealed record PlanDocument(string Name, IReadOnlyList<DocumentBlock> Blocks);
