namespace KhanhHoa.Governance.Calendar;

/// <summary>Why a weekday-or-weekend day is a non-working day in a <see cref="BusinessCalendar"/>.</summary>
public enum NonWorkingDayKind
{
    /// <summary>A public holiday on its statutory date (Labour Code 45/2019/QH14 Art. 112(1)): 1/1, 30/4, 1/5, 2/9, 10/3 lunar.</summary>
    PublicHoliday = 0,

    /// <summary>A compensatory day off (nghỉ bù) for a holiday on the weekly rest day (Labour Code Art. 111(3)).</summary>
    CompensatoryDayOff = 1,

    /// <summary>A day fixed by a loaded official decision: Tết days, the day next to 2/9, a swapped day off.</summary>
    OfficialDecision = 2,

    /// <summary>
    /// A day the Prime Minister fixes each year (the five Tết days, the day next to 2/9) computed by the library's rule
    /// because no official decision is loaded for that year: the statutory fallback.
    /// </summary>
    StatutoryFallback = 3,

    /// <summary>A day off a host added itself.</summary>
    HostDecision = 4,

    /// <summary>A holiday switched on by the host that is not yet law (24/11 "Ngày Văn hóa Việt Nam").</summary>
    NotYetLaw = 5,
}
