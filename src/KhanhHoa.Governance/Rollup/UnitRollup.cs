using KhanhHoa.Governance.Organization;

namespace KhanhHoa.Governance.Rollup;

/// <summary>One unit's measures in a period: its own dossiers plus all its descendants'.</summary>
/// <param name="Unit">The unit record valid in the period.</param>
/// <param name="Measures">The rolled-up measures.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record UnitRollup(OrgUnit Unit, RollupMeasures Measures)
{
    /// <summary>The unit's code.</summary>
    public string Code => Unit.Code;

    /// <summary>The parent's code, or <see langword="null"/> for a root.</summary>
    public string? ParentCode => Unit.ParentCode;
}
