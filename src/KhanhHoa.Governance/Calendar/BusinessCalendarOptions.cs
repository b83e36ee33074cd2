namespace KhanhHoa.Governance.Calendar;

/// <summary>
/// How to build a <see cref="BusinessCalendar"/>: which official schedules to apply, the host's own decisions, the
/// weekly rest days and rules that are not yet law. Also the options type that
/// <see cref="GovernanceServiceCollectionExtensions.AddKhanhHoaGovernance"/> reads (defaults give
/// <see cref="BusinessCalendar.CivilService"/>).
/// </summary>
/// <threadsafety>Configure once, then read only; <see cref="BusinessCalendar.Create"/> copies what it needs.</threadsafety>
public sealed class BusinessCalendarOptions
{
    /// <summary>Whether the embedded official schedules (<see cref="CalendarSchedule.Default"/>, 2024–2026) apply. Default <see langword="true"/>.</summary>
    public bool UseOfficialSchedules { get; set; } = true;

    /// <summary>Further schedules the host loaded with <c>GovernanceDataLoader.LoadCalendarSchedule</c> (later years, corrections); a later schedule wins on a date.</summary>
    public IList<CalendarSchedule> Schedules { get; } = new List<CalendarSchedule>();

    /// <summary>The host's own days off and working days; they override every rule and schedule.</summary>
    public IList<CalendarDecision> HostDecisions { get; } = new List<CalendarDecision>();

    /// <summary>
    /// The weekly rest days. Default Saturday and Sunday, the 40-hour week of state agencies (Decision
    /// 188/1999/QĐ-TTg); an employer may set others (Labour Code 45/2019/QH14 Art. 111(2)).
    /// </summary>
    public IList<IsoDayOfWeek> WeeklyRestDays { get; } = new List<IsoDayOfWeek> { IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday };

    /// <summary>
    /// Whether 24 November, "Ngày Văn hóa Việt Nam" (Politburo Resolution 80-NQ/TW, January 2026), is a day off.
    /// Off by default: the amendment of Labour Code Art. 112(1) had not been adopted when this library was written.
    /// </summary>
    public bool ObserveVietnamCultureDay { get; set; }

    /// <summary>The first year 24 November is a day off when <see cref="ObserveVietnamCultureDay"/> is set. Default 2026.</summary>
    public int VietnamCultureDayFromYear { get; set; } = 2026;
}
