namespace KhanhHoa.Governance.Reporting;

/// <summary>Where a figure or a section of the report comes from. Every renderer labels <see cref="Synthetic"/> figures.</summary>
public enum Provenance
{
    /// <summary>Computed by the engine from the period's data (for example a ratio of summed numerators and denominators).</summary>
    Computed = 0,

    /// <summary>Taken as a unit reported it, without recomputation (for example a count typed into a unit's own report).</summary>
    Reported = 1,

    /// <summary>Made-up data for demonstrations and tests; must never be read as an official figure.</summary>
    Synthetic = 2,
}
