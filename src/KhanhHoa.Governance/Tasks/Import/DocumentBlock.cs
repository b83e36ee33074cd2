namespace KhanhHoa.Governance.Tasks.Import;

/// <summary>A paragraph or a table of a <see cref="PlanDocument"/>.</summary>
/// <param name="Location">Where the block starts in its file.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
internal abstract record DocumentBlock(DocumentLocation Location);
