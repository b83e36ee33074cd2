namespace KhanhHoa.Governance.Tasks.Import;

/// <summary>What an import read and what it had to decide, for the person who checks the imported plan.</summary>
/// <param name="Tables">How many task tables (or continuations of one) were read.</param>
/// <param name="Rows">How many rows became tasks (group headings included).</param>
/// <param name="UnresolvedAgencies">Words of agency cells that name no agency of the registry. Every finding is a warning (<see cref="InputSeverity.Warning"/>) with the file, the line (text) or the table and row (Word), and the task (<c>task 27.1</c>) as its field.</param>
/// <param name="UnreadableDeadlines">Deadline cells from which no deadline could be read, or only part of one.</param>
/// <param name="Ambiguities">Every placement, id or reading the importer decided; each is also a note of its task or plan.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record PlanImportReport(
    int Tables,
    int Rows,
    IReadOnlyList<InputError> UnresolvedAgencies,
    IReadOnlyList<InputError> UnreadableDeadlines,
    IReadOnlyList<InputError> Ambiguities);
