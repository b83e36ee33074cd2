using KhanhHoa.Governance.Directives;

namespace KhanhHoa.Governance.Tasks;

/// <summary>A document that assigns tasks (a plan, letter, decision or appendix set) and its task table.</summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class Plan
{
    private readonly Dictionary<string, PlanTask> byId;

    /// <summary>Creates a plan.</summary>
    /// <param name="id">The plan's id (its number and symbol when it has one, e.g. "3433/KH-UBND").</param>
    /// <param name="directive">The document.</param>
    /// <param name="tasks">The rows, in document order; ids must be unique (loaders check this first).</param>
    /// <param name="contextYear">The year that deadline phrases without a year refer to.</param>
    /// <param name="notes">Ambiguities of the document as a whole.</param>
    /// <exception cref="ArgumentException">Two rows share an id.</exception>
    public Plan(string id, Directive directive, IEnumerable<PlanTask> tasks, int contextYear, IEnumerable<string>? notes = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(directive);
        ArgumentNullException.ThrowIfNull(tasks);
        Id = id;
        Directive = directive;
        Tasks = tasks.ToList();
        ContextYear = contextYear;
        Notes = notes?.ToList() ?? [];
        byId = Tasks.ToDictionary(static t => t.Id, StringComparer.Ordinal);
    }

    /// <summary>The plan's id.</summary>
    public string Id { get; }

    /// <summary>The document (number, type, issuer, date, subject, signer, basis documents).</summary>
    public Directive Directive { get; }

    /// <summary>Every row (tasks, sub-tasks and group headings) in document order.</summary>
    public IReadOnlyList<PlanTask> Tasks { get; }

    /// <summary>The year deadline phrases without a year refer to.</summary>
    public int ContextYear { get; }

    /// <summary>Ambiguities and oddities of the document as a whole.</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>The row with <paramref name="id"/>, or <see langword="null"/>.</summary>
    /// <param name="id">A task id such as "27.1".</param>
    /// <returns>The row.</returns>
    public PlanTask? Find(string id) => byId.GetValueOrDefault(id);

    /// <summary>The direct sub-rows of a row.</summary>
    /// <param name="id">The parent row's id.</param>
    /// <returns>The children in document order.</returns>
    public IEnumerable<PlanTask> ChildrenOf(string id) => Tasks.Where(t => t.ParentId == id);

    /// <summary>Whether a row has sub-rows (a group heading or a task broken down further).</summary>
    /// <param name="task">A row of this plan.</param>
    /// <returns><see langword="true"/> when some row names it as parent.</returns>
    public bool HasChildren(PlanTask task)
    {
        ArgumentNullException.ThrowIfNull(task);
        return Tasks.Any(t => t.ParentId == task.Id);
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Id} ({Tasks.Count} rows)";
}
