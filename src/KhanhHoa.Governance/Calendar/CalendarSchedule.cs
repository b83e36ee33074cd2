namespace KhanhHoa.Governance.Calendar;

/// <summary>
/// A versioned set of yearly official decisions on days off and working days. <see cref="Default"/> holds the 2024–2026
/// schedules for state agencies, each day citing its document; hosts load further years from JSON (the contract
/// <c>khanhhoa-governance/calendar-decisions/1</c>) with <c>GovernanceDataLoader.LoadCalendarSchedule</c>.
/// </summary>
/// <remarks>
/// A year listed in a schedule is an <em>official year</em>: its decisions replace the library's fallback rule for
/// the days the Prime Minister fixes (Labour Code 45/2019/QH14 Art. 112(3)), so a year's entry must list all of them.
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class CalendarSchedule
{
    internal CalendarSchedule(string version, IReadOnlyList<int> years, IReadOnlyList<CalendarDecision> decisions)
    {
        Version = version;
        Years = years;
        Decisions = decisions;
    }

    /// <summary>The schedules for state agencies, 2024–2026, compiled into the library.</summary>
    public static CalendarSchedule Default { get; } = new(CivilServiceDecisions.Version, CivilServiceDecisions.Years, CivilServiceDecisions.Decisions);

    /// <summary>The data version (the date it was last checked against the sources).</summary>
    public string Version { get; }

    /// <summary>The years the schedule covers, ascending.</summary>
    public IReadOnlyList<int> Years { get; }

    /// <summary>The decisions, by date.</summary>
    public IReadOnlyList<CalendarDecision> Decisions { get; }
}
