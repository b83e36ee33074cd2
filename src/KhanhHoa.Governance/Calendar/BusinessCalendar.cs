using System.Globalization;

namespace KhanhHoa.Governance.Calendar;

/// <summary>
/// Working days in Vietnam: public holidays (solar and lunar), compensatory days off, the yearly official schedules
/// and the host's own decisions, with O(1) <see cref="IsWorkingDay"/>, <see cref="AddWorkingDays"/> and
/// <see cref="WorkingDaysBetween"/> from tables built once for <see cref="MinDate"/>–<see cref="MaxDate"/>.
/// </summary>
/// <remarks>
/// <para>Statutory rules (Bộ luật Lao động 45/2019/QH14):</para>
/// <list type="bullet">
/// <item>Art. 112(1): 1/1; five days of Tết; 30/4; 1/5; 2/9 and one adjacent day; 10/3 lunar (Giỗ Tổ Hùng Vương, regular month).</item>
/// <item>Art. 112(3): the Prime Minister fixes the Tết days and the day next to 2/9 each year. Without a loaded decision for a
/// year, this calendar uses the rule the decisions of 2021–2026 followed: Tết is the eve (last day of the lunar year) and
/// days 1–4; the day next to 2/9 is 3/9 when 2/9 is a Monday, Thursday or Sunday and 1/9 otherwise. Such days are marked
/// <see cref="NonWorkingDayKind.StatutoryFallback"/>.</item>
/// <item>Art. 111(3): a holiday on a weekly rest day gives a compensatory day off (nghỉ bù) on the next working day.</item>
/// </list>
/// <para>
/// <see cref="CivilService"/> adds the official schedules for state agencies (<see cref="CalendarSchedule.Default"/>):
/// the decided Tết days, the 2/9 adjacent day, swapped days off and working Saturdays. After the last official year
/// (<see cref="LastOfficialYear"/>) it falls back to the statutory rules.
/// </para>
/// </remarks>
/// <threadsafety>Immutable after construction; all members are thread-safe.</threadsafety>
public sealed class BusinessCalendar
{
    private const string LabourCode112 = "Bộ luật Lao động 45/2019/QH14, Điều 112 khoản 1";
    private const string LabourCode111 = "Bộ luật Lao động 45/2019/QH14, Điều 111 khoản 3 (nghỉ bù)";
    private const string LabourCode112Fallback = "Bộ luật Lao động 45/2019/QH14, Điều 112 khoản 1 và 3; chưa nạp quyết định của Thủ tướng cho năm này: ngày tính theo quy tắc của thư viện";

    private static readonly Lazy<BusinessCalendar> StatutoryOnlyInstance = new(() => Create(new BusinessCalendarOptions { UseOfficialSchedules = false }));
    private static readonly Lazy<BusinessCalendar> CivilServiceInstance = new(() => Create(new BusinessCalendarOptions()));

    private readonly int firstDay;
    private readonly bool[] working;

    // workingBefore[i] = working days in [firstDay, firstDay + i); length = days + 1.
    private readonly int[] workingBefore;

    // The offsets of the working days, in order: the k-th working day of the range is firstDay + workingOffsets[k].
    private readonly int[] workingOffsets;
    private readonly Dictionary<int, List<NonWorkingDay>> nonWorkingByYear;
    private readonly Dictionary<int, List<CalendarDecision>> workingWeekendByYear;
    private readonly HashSet<int> officialYears;

    private BusinessCalendar(
        bool[] working,
        Dictionary<int, List<NonWorkingDay>> nonWorkingByYear,
        Dictionary<int, List<CalendarDecision>> workingWeekendByYear,
        HashSet<int> officialYears)
    {
        firstDay = DayNumbers.From(MinDate);
        this.working = working;
        this.nonWorkingByYear = nonWorkingByYear;
        this.workingWeekendByYear = workingWeekendByYear;
        this.officialYears = officialYears;
        workingBefore = new int[working.Length + 1];
        var offsets = new List<int>(working.Length);
        for (var i = 0; i < working.Length; i++)
        {
            workingBefore[i + 1] = workingBefore[i] + (working[i] ? 1 : 0);
            if (working[i])
            {
                offsets.Add(i);
            }
        }

        workingOffsets = offsets.ToArray();
        LastOfficialYear = officialYears.Count == 0 ? null : officialYears.Max();
    }

    /// <summary>The first day the calendar covers (1950-01-01).</summary>
    public static LocalDate MinDate { get; } = new(1950, 1, 1);

    /// <summary>The last day the calendar covers (2100-12-31).</summary>
    public static LocalDate MaxDate { get; } = new(2100, 12, 31);

    /// <summary>The Labour Code rules alone (Art. 111–112), with the statutory fallback for Tết and the 2/9 adjacent day every year.</summary>
    public static BusinessCalendar StatutoryOnly => StatutoryOnlyInstance.Value;

    /// <summary>State agencies (Saturday–Sunday rest): the statutory rules plus the embedded official schedules 2024–2026.</summary>
    public static BusinessCalendar CivilService => CivilServiceInstance.Value;

    /// <summary>The last year with an official schedule, or <see langword="null"/>; later years use the statutory fallback.</summary>
    public int? LastOfficialYear { get; }

    /// <summary>Builds a calendar from options: official schedules, host decisions, weekly rest days, rules not yet in force.</summary>
    /// <param name="options">The options; see <see cref="BusinessCalendarOptions"/>.</param>
    /// <returns>The calendar.</returns>
    public static BusinessCalendar Create(BusinessCalendarOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var schedules = new List<CalendarSchedule>();
        if (options.UseOfficialSchedules)
        {
            schedules.Add(CalendarSchedule.Default);
        }

        schedules.AddRange(options.Schedules);
        var officialYears = new HashSet<int>(schedules.SelectMany(s => s.Years));
        var decisions = new Dictionary<LocalDate, CalendarDecision>();
        foreach (var decision in schedules.SelectMany(s => s.Decisions))
        {
            decisions[decision.Date] = decision;
        }

        var rest = new bool[8];
        foreach (var day in options.WeeklyRestDays)
        {
            rest[(int)day] = true;
        }

        var first = DayNumbers.From(MinDate);
        var working = new bool[DayNumbers.From(MaxDate) - first + 1];
        for (var i = 0; i < working.Length; i++)
        {
            working[i] = !rest[(int)MinDate.PlusDays(i).DayOfWeek];
        }

        var nonWorkingByYear = new Dictionary<int, List<NonWorkingDay>>();
        var workingWeekendByYear = new Dictionary<int, List<CalendarDecision>>();
        for (var year = MinDate.Year; year <= MaxDate.Year; year++)
        {
            var days = YearRules(year, officialYears.Contains(year), options);
            foreach (var decision in decisions.Values.Where(d => d.Date.Year == year))
            {
                days.RemoveAll(d => d.Date == decision.Date);
                if (!decision.IsWorkingDay)
                {
                    days.Add(new NonWorkingDay(decision.Date, NonWorkingDayKind.OfficialDecision, decision.Reason, decision.Source));
                }
            }

            AddCompensatoryDays(days, rest);
            ApplyHostDecisions(year, days, options.HostDecisions);
            days.Sort((a, b) => a.Date.CompareTo(b.Date));
            nonWorkingByYear[year] = days;
            foreach (var day in days)
            {
                if (day.Date <= MaxDate)
                {
                    working[DayNumbers.From(day.Date) - first] = false;
                }
            }

            var workedWeekend = decisions.Values.Concat(options.HostDecisions)
                .Where(d => d.Date.Year == year && d.IsWorkingDay)
                .GroupBy(d => d.Date)
                .Select(g => g.Last())
                .OrderBy(d => d.Date)
                .ToList();
            foreach (var day in workedWeekend)
            {
                working[DayNumbers.From(day.Date) - first] = true;
            }

            workingWeekendByYear[year] = workedWeekend;
        }

        return new BusinessCalendar(working, nonWorkingByYear, workingWeekendByYear, officialYears);
    }

    /// <summary>
    /// The calendar for options: the shared <see cref="CivilService"/> instance when they are the defaults, otherwise
    /// <see cref="Create"/>.
    /// </summary>
    /// <param name="options">The options.</param>
    /// <returns>The calendar.</returns>
    public static BusinessCalendar FromOptions(BusinessCalendarOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var defaults = options.UseOfficialSchedules && options.Schedules.Count == 0 && options.HostDecisions.Count == 0
                       && !options.ObserveVietnamCultureDay
                       && options.WeeklyRestDays.Order().SequenceEqual([IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday]);
        return defaults ? CivilService : Create(options);
    }

    /// <summary>Whether <paramref name="date"/> is a working day. O(1).</summary>
    /// <param name="date">A date from <see cref="MinDate"/> to <see cref="MaxDate"/>.</param>
    /// <returns><see langword="false"/> on weekly rest days (unless worked by decision), holidays and days off by decision.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is outside the covered range.</exception>
    public bool IsWorkingDay(LocalDate date) => working[Offset(date)];

    /// <summary>
    /// The working day <paramref name="workingDays"/> working days after <paramref name="start"/>; the start day itself is
    /// not counted (Civil Code 91/2015/QH13 Art. 147(2)). A negative count goes backwards; zero returns <paramref name="start"/>. O(1).
    /// </summary>
    /// <param name="start">The day the period starts from (e.g. the day a dossier was received).</param>
    /// <param name="workingDays">The number of working days.</param>
    /// <returns>A working day (for a non-zero count); <see cref="WorkingDaysBetween"/> of the two gives <paramref name="workingDays"/> back.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The start or the result is outside the covered range.</exception>
    public LocalDate AddWorkingDays(LocalDate start, int workingDays)
    {
        var offset = Offset(start);
        if (workingDays == 0)
        {
            return start;
        }

        // Forward: the working day w with n working days in (start, w]. Backward: w with |n| working days in [w, start).
        var index = workingDays > 0 ? (long)workingBefore[offset + 1] + workingDays - 1 : (long)workingBefore[offset] + workingDays;
        if (index < 0 || index >= workingOffsets.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(workingDays), workingDays, string.Create(CultureInfo.InvariantCulture, $"the result falls outside {MinDate:uuuu-MM-dd}–{MaxDate:uuuu-MM-dd}"));
        }

        return DayNumbers.ToLocalDate(firstDay + workingOffsets[index]);
    }

    /// <summary>
    /// The working days after <paramref name="start"/> up to and including <paramref name="end"/>; when <paramref name="end"/>
    /// is earlier, minus the working days from <paramref name="end"/> up to but excluding <paramref name="start"/>. O(1).
    /// </summary>
    /// <param name="start">The first day (not counted).</param>
    /// <param name="end">The last day (counted).</param>
    /// <returns>The signed number of working days.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A date is outside the covered range.</exception>
    public int WorkingDaysBetween(LocalDate start, LocalDate end)
    {
        var s = Offset(start);
        var e = Offset(end);
        return e >= s ? workingBefore[e + 1] - workingBefore[s + 1] : -(workingBefore[s] - workingBefore[e]);
    }

    /// <summary>The first working day on or after <paramref name="date"/> (Civil Code Art. 148(5) for a period ending on a day off).</summary>
    /// <param name="date">A date in the covered range.</param>
    /// <returns>The date itself when it is a working day, otherwise the next working day.</returns>
    public LocalDate NextWorkingDayOnOrAfter(LocalDate date) => IsWorkingDay(date) ? date : AddWorkingDays(date, 1);

    /// <summary>The holidays and days off of a year (not the ordinary weekly rest days), with reason and legal source, by date.</summary>
    /// <param name="year">A year from <see cref="MinDate"/> to <see cref="MaxDate"/>.</param>
    /// <returns>The days; holidays that fall on a weekly rest day are listed too, with their compensatory day.</returns>
    public IReadOnlyList<NonWorkingDay> NonWorkingDays(int year) =>
        nonWorkingByYear.TryGetValue(year, out var days) ? days : throw YearOutOfRange(year);

    /// <summary>
    /// The days made working days by decision in a year, with their source: the weekly rest days worked in exchange for a
    /// day off (làm bù), and any other day an official or host decision declares worked (the last decision of a day wins).
    /// </summary>
    /// <param name="year">A year from <see cref="MinDate"/> to <see cref="MaxDate"/>.</param>
    /// <returns>The decisions, by date.</returns>
    public IReadOnlyList<CalendarDecision> WorkedRestDays(int year) =>
        workingWeekendByYear.TryGetValue(year, out var days) ? days : throw YearOutOfRange(year);

    /// <summary>Whether an official schedule is loaded for <paramref name="year"/>; if not, Tết and the 2/9 adjacent day are the statutory fallback.</summary>
    /// <param name="year">The year.</param>
    /// <returns><see langword="true"/> for an official year.</returns>
    public bool IsOfficialYear(int year) => officialYears.Contains(year);

    /// <summary>
    /// The due date of an administrative-procedure dossier: <paramref name="limit"/> working days after the day of receipt
    /// (the receipt day is not counted, Civil Code Art. 147(2)). A same-day procedure is due on the day of receipt when that
    /// is a working day and the dossier came before the procedure's cut-off, otherwise on the next working day.
    /// </summary>
    /// <param name="receivedAt">When the dossier was received, in local time (Asia/Ho_Chi_Minh).</param>
    /// <param name="limit">The procedure's processing time.</param>
    /// <returns>The last day to return the result.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The processing time is negative or a date is outside the covered range.</exception>
    public LocalDate ProcedureDueDate(LocalDateTime receivedAt, ProcedureTimeLimit limit)
    {
        ArgumentNullException.ThrowIfNull(limit);
        ArgumentOutOfRangeException.ThrowIfNegative(limit.WorkingDays);
        var day = receivedAt.Date;
        if (limit.WorkingDays > 0)
        {
            return AddWorkingDays(day, limit.WorkingDays);
        }

        var late = limit.SameDayCutoff is { } cutoff && receivedAt.TimeOfDay > cutoff;
        return IsWorkingDay(day) && !late ? day : AddWorkingDays(day, 1);
    }

    private int Offset(LocalDate date)
    {
        var offset = DayNumbers.From(date) - firstDay;
        if (offset < 0 || offset >= working.Length || date.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, string.Create(CultureInfo.InvariantCulture, $"the business calendar covers {MinDate:uuuu-MM-dd} to {MaxDate:uuuu-MM-dd} (ISO calendar)"));
        }

        return offset;
    }

    private static ArgumentOutOfRangeException YearOutOfRange(int year) =>
        new(nameof(year), year, string.Create(CultureInfo.InvariantCulture, $"the business calendar covers {MinDate.Year}–{MaxDate.Year}"));

    // The statutory holidays of a year, and the fallback Tết and 2/9 adjacent day when the year has no official schedule.
    private static List<NonWorkingDay> YearRules(int year, bool official, BusinessCalendarOptions options)
    {
        var days = new List<NonWorkingDay>
        {
            new(new LocalDate(year, 1, 1), NonWorkingDayKind.PublicHoliday, "Tết Dương lịch", LabourCode112 + " điểm a"),
            new(new LocalDate(year, 4, 30), NonWorkingDayKind.PublicHoliday, "Ngày Chiến thắng", LabourCode112 + " điểm c"),
            new(new LocalDate(year, 5, 1), NonWorkingDayKind.PublicHoliday, "Ngày Quốc tế lao động", LabourCode112 + " điểm d"),
            new(new LocalDate(year, 9, 2), NonWorkingDayKind.PublicHoliday, "Quốc khánh", LabourCode112 + " điểm đ"),
            new(new LunarDate(year, 3, 10).ToLocalDate(), NonWorkingDayKind.PublicHoliday, "Giỗ Tổ Hùng Vương (10/3 âm lịch)", LabourCode112 + " điểm e"),
        };

        if (options.ObserveVietnamCultureDay && year >= options.VietnamCultureDayFromYear)
        {
            days.Add(new NonWorkingDay(new LocalDate(year, 11, 24), NonWorkingDayKind.NotYetLaw, "Ngày Văn hóa Việt Nam", "Nghị quyết 80-NQ/TW (2026); chưa được luật hóa trong Bộ luật Lao động, do hệ thống bật"));
        }

        if (!official)
        {
            var tet = VietnameseLunarCalendar.LunarNewYear(year);
            for (var i = -1; i <= 3; i++)
            {
                var reason = i < 0 ? "Tết Âm lịch (giao thừa)" : string.Create(CultureInfo.InvariantCulture, $"Tết Âm lịch (mùng {i + 1})");
                days.Add(new NonWorkingDay(tet.PlusDays(i), NonWorkingDayKind.StatutoryFallback, reason, LabourCode112Fallback));
            }

            var nationalDay = new LocalDate(year, 9, 2);
            var adjacent = nationalDay.DayOfWeek is IsoDayOfWeek.Monday or IsoDayOfWeek.Thursday or IsoDayOfWeek.Sunday ? nationalDay.PlusDays(1) : nationalDay.PlusDays(-1);
            days.Add(new NonWorkingDay(adjacent, NonWorkingDayKind.StatutoryFallback, "Quốc khánh (ngày liền kề)", LabourCode112Fallback));
        }

        return days;
    }

    // Art. 111(3): each holiday on a weekly rest day gives the next working day off. Official decisions already include theirs.
    private static void AddCompensatoryDays(List<NonWorkingDay> days, bool[] rest)
    {
        var taken = new HashSet<LocalDate>(days.Select(d => d.Date));
        var holidaysOnRestDays = days
            .Where(d => d.Kind is not NonWorkingDayKind.OfficialDecision && rest[(int)d.Date.DayOfWeek])
            .OrderBy(d => d.Date)
            .ToList();
        foreach (var holiday in holidaysOnRestDays)
        {
            var day = holiday.Date.PlusDays(1);
            while (rest[(int)day.DayOfWeek] || taken.Contains(day))
            {
                day = day.PlusDays(1);
            }

            taken.Add(day);
            var reason = string.Create(CultureInfo.InvariantCulture, $"Nghỉ bù: {holiday.Reason} rơi vào {holiday.Date:dd/MM/uuuu}, ngày nghỉ hằng tuần");
            days.Add(new NonWorkingDay(day, NonWorkingDayKind.CompensatoryDayOff, reason, LabourCode111));
        }
    }

    private static void ApplyHostDecisions(int year, List<NonWorkingDay> days, IEnumerable<CalendarDecision> hostDecisions)
    {
        foreach (var decision in hostDecisions.Where(d => d.Date.Year == year))
        {
            days.RemoveAll(d => d.Date == decision.Date);
            if (!decision.IsWorkingDay)
            {
                days.Add(new NonWorkingDay(decision.Date, NonWorkingDayKind.HostDecision, decision.Reason, decision.Source));
            }
        }
    }
}
