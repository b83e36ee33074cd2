namespace KhanhHoa.Governance.Organization;

/// <summary>
/// A body that can be assigned a task: a department, the police, a central ministry, a bank, or a collective
/// such as "các sở, ban, ngành".
/// </summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record Agency
{
    /// <summary>The stable code (e.g. <c>SO_KHCN</c>); what tasks and hosts refer to.</summary>
    public required string Code { get; init; }

    /// <summary>The canonical Vietnamese name (e.g. "Sở Khoa học và Công nghệ").</summary>
    public required string Name { get; init; }

    /// <summary>The English name (e.g. "Department of Science and Technology").</summary>
    public required string EnglishName { get; init; }

    /// <summary>What kind of body this is.</summary>
    public required AgencyKind Kind { get; init; }

    /// <summary>Other ways the documents write this agency; matched accent- and case-insensitively.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>A note about the agency or its aliases (e.g. a successor body after the 2025 reorganisation).</summary>
    public string? Note { get; init; }

    /// <summary>Whether this is a collective rather than a named body.</summary>
    public bool IsCollective => Kind == AgencyKind.Collective;
}
