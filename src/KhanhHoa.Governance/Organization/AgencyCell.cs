namespace KhanhHoa.Governance.Organization;

/// <summary>
/// A table cell that names agencies ("Đơn vị chủ trì", "Đơn vị phối hợp"): the text as printed, the agencies it
/// resolved to, and the fragments that named no known agency.
/// </summary>
/// <param name="Text">The cell as printed.</param>
/// <param name="References">The agencies found, in the order written.</param>
/// <param name="Unresolved">Fragments of the cell that are not an agency the registry knows, as written.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record AgencyCell(string Text, IReadOnlyList<AgencyReference> References, IReadOnlyList<string> Unresolved)
{
    /// <summary>A note recorded with the cell, e.g. why its agencies were given explicitly rather than read from the text.</summary>
    public string? Note { get; init; }

    /// <summary>Whether every word of the cell was resolved.</summary>
    public bool IsFullyResolved => Unresolved.Count == 0;

    /// <summary>The codes of the agencies found, in order, without repeats.</summary>
    public IEnumerable<string> AgencyCodes => References.Select(static r => r.Agency.Code).Distinct(StringComparer.Ordinal);
}
