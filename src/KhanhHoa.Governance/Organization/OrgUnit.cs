namespace KhanhHoa.Governance.Organization;

/// <summary>
/// A unit of the administrative hierarchy that reports figures: the province, a department, a commune,
/// ward or special zone, or a historical unit (such as a district before 1 July 2025), valid over a date range.
/// </summary>
/// <remarks>
/// The hierarchy is effective-dated because Vietnam reorganised local government on 1 July 2025
/// (Resolution 202/2025/QH15 and the Standing Committee's resolutions on commune-level units): a month is
/// rolled up with the tree valid then.
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record OrgUnit
{
    /// <summary>The stable code of the unit, unique in a hierarchy (the key dossiers and figures refer to).</summary>
    public required string Code { get; init; }

    /// <summary>The unit's official Vietnamese name.</summary>
    public required string Name { get; init; }

    /// <summary>The code of the parent unit, or <see langword="null"/> for the root (the province).</summary>
    public string? ParentCode { get; init; }

    /// <summary>The first day the unit exists, or <see langword="null"/> when it has always existed in the data.</summary>
    public LocalDate? ValidFrom { get; init; }

    /// <summary>The last day the unit exists (inclusive), or <see langword="null"/> while it is in force.</summary>
    public LocalDate? ValidTo { get; init; }

    /// <summary>The tier and type of the unit, when known.</summary>
    public OrgUnitKind? Kind { get; init; }

    /// <summary>Whether the unit exists on <paramref name="date"/>.</summary>
    /// <param name="date">The date to test.</param>
    /// <returns><see langword="true"/> when <see cref="ValidFrom"/> ≤ <paramref name="date"/> ≤ <see cref="ValidTo"/> (open ends allowed).</returns>
    public bool IsValidOn(LocalDate date) => (ValidFrom is not { } from || date >= from) && (ValidTo is not { } to || date <= to);
}
