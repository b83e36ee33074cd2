namespace KhanhHoa.Governance.Reporting;

/// <summary>Whether one unit's data for the period arrived.</summary>
/// <param name="Code">The unit's code.</param>
/// <param name="Name">The unit's name.</param>
/// <param name="ReceivedOn">The day its data arrived, or <see langword="null"/> when it did not.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record UnitSubmission(string Code, string Name, LocalDate? ReceivedOn)
{
    /// <summary>Whether the unit's data arrived.</summary>
    public bool Reported => ReceivedOn is not null;
}
