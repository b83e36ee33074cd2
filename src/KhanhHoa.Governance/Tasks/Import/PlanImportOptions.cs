namespace KhanhHoa.Governance.Tasks.Import;

/// <summary>What the importer cannot read from a document and a caller knows.</summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record PlanImportOptions
{
    /// <summary>The plan's id; by default the document number, which a draft ("Số:      /UBND-KGVX") leaves blank.</summary>
    public string? PlanId { get; init; }

    /// <summary>The year deadlines without a year refer to; by default the year of the document's date.</summary>
    public int? ContextYear { get; init; }
}
