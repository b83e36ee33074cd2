using System.Text;
using FsCheck.Fluent;
using FsCheck.Xunit;
using FsCheck;
using KhanhHoa.Governance.Calendar;
using KhanhHoa.Governance.Data;
using NodaTime.Text;
using NodaTime;

namespace KhanhHoa.Governance.Tests.Calendar;

public sealed class BusinessCalendarTest
{
    private static readonly BusinessCalendar CivilService = BusinessCalendar.CivilService;
    private static readonly BusinessCalendar StatutoryOnly = BusinessCalendar.StatutoryOnly;

    public static TheoryData<string, bool, string> ExceptionRows
    {
        get
        {
            using var stream = typeof(BusinessCalendarTest).Assembly.GetManifestResourceStream("civil-service-exceptions-2024-2026.csv")!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            reader.ReadLine();
            var data = new TheoryData<string, bool, string>();
            while (reader.ReadLine() is { Length: > 0 } line)
            {
                var cells = SplitCsv(line);
                data.Add(cells[0], cells[2] == "1", cells[4]);
            }

            return data;
        }
    }

    private static LocalDate Date(string iso) => LocalDatePattern.Iso.Parse(iso).Value;

    private static Arbitrary<LocalDate> AnyDay() =>
        Gen.Choose(0, Period.DaysBetween(new LocalDate(2000, 1, 1), new LocalDate(2090, 12, 31)))
            .Select(offset => new LocalDate(2000, 1, 1).PlusDays(offset))
            .ToArbitrary();

    [Theory]
    [MemberData(nameof(ExceptionRows))]
    public void Every_row_of_the_2024_2026_exceptions_file(string date, bool isWorking, string source)
    {
        var day = Date(date);

        Assert.Equal(isWorking, CivilService.IsWorkingDay(day));
        var entry = isWorking ? null : CivilService.NonWorkingDays(day.Year).Single(d => d.Date == day);
        var citation = entry?.Source ?? CivilService.WorkedRestDays(day.Year).Single(d => d.Date == day).Source;
        if (entry?.Kind == NonWorkingDayKind.PublicHoliday)
        {
            // A statutory holiday on its own date: the calendar cites the Labour Code, whatever announcement repeated it.
            Assert.Contains("45/2019/QH14, Điều 112", citation, StringComparison.Ordinal);
            return;
        }

        var folded = RemoveDiacritics(citation);
        var documentNumbers = source.Split(' ').Where(w => w.Contains('/', StringComparison.Ordinal)).ToList();
        Assert.All(documentNumbers, n => Assert.Contains(n, folded, StringComparison.Ordinal));
        if (documentNumbers.Count == 0)
        {
            Assert.Contains("VPCP", citation, StringComparison.Ordinal);
        }

        if (source.Contains("Art.111", StringComparison.Ordinal))
        {
            Assert.Contains("Điều 111", citation, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("2024-05-04", true)]
    [InlineData("2025-04-26", true)]
    [InlineData("2026-01-10", true)]
    [InlineData("2026-08-22", true)]
    [InlineData("2024-04-29", false)]
    [InlineData("2024-02-13", false)]
    [InlineData("2024-02-14", false)]
    [InlineData("2025-05-02", false)]
    [InlineData("2026-01-02", false)]
    [InlineData("2026-04-27", false)]
    [InlineData("2026-08-31", false)]
    [InlineData("2026-09-01", false)]
    [InlineData("2026-11-24", true)]
    public void Section_8_civil_service_days(string date, bool working) =>
        Assert.Equal(working, CivilService.IsWorkingDay(Date(date)));

    [Fact]
    public void Statutory_only_keeps_the_compensatory_day_but_not_the_swaps()
    {
        Assert.False(StatutoryOnly.IsWorkingDay(new LocalDate(2026, 4, 27)));
        Assert.True(StatutoryOnly.IsWorkingDay(new LocalDate(2026, 1, 2)));
        Assert.True(StatutoryOnly.IsWorkingDay(new LocalDate(2024, 4, 29)));
        Assert.Null(StatutoryOnly.LastOfficialYear);
        Assert.Equal(NonWorkingDayKind.CompensatoryDayOff, StatutoryOnly.NonWorkingDays(2026).Single(d => d.Date == new LocalDate(2026, 4, 27)).Kind);
    }

    [Fact]
    public void February_2026_has_15_working_days_for_civil_servants() =>
        Assert.Equal(15, CivilService.WorkingDaysBetween(new LocalDate(2026, 1, 31), new LocalDate(2026, 2, 28)));

    [Fact]
    public void Culture_day_is_off_only_when_switched_on()
    {
        var options = new BusinessCalendarOptions { ObserveVietnamCultureDay = true };
        var withCultureDay = BusinessCalendar.Create(options);

        Assert.True(CivilService.IsWorkingDay(new LocalDate(2026, 11, 24)));
        Assert.False(withCultureDay.IsWorkingDay(new LocalDate(2026, 11, 24)));
        Assert.True(withCultureDay.IsWorkingDay(new LocalDate(2025, 11, 24)));
        Assert.Equal(NonWorkingDayKind.NotYetLaw, withCultureDay.NonWorkingDays(2026).Single(d => d.Date.Month == 11).Kind);
    }

    [Fact]
    public void After_the_last_official_year_the_statutory_fallback_applies_and_says_so()
    {
        Assert.Equal(2026, CivilService.LastOfficialYear);
        Assert.True(CivilService.IsOfficialYear(2025));
        Assert.False(CivilService.IsOfficialYear(2027));

        // Tết 2027 is 6 February (Saturday): eve 5/2 and days 1–4, with compensatory days for the weekend.
        var tet = CivilService.NonWorkingDays(2027).Where(d => d.Date.Month == 2).ToList();
        Assert.Contains(tet, d => d.Date == new LocalDate(2027, 2, 5) && d.Kind == NonWorkingDayKind.StatutoryFallback);
        Assert.All(tet.Where(d => d.Kind == NonWorkingDayKind.StatutoryFallback), d => Assert.Contains("chưa nạp quyết định", d.Source, StringComparison.Ordinal));
        Assert.Equal(2, tet.Count(d => d.Kind == NonWorkingDayKind.CompensatoryDayOff));
    }

    [Fact]
    public void Official_2025_Tet_replaces_the_fallback_rule()
    {
        var tet = CivilService.NonWorkingDays(2025).Where(d => d.Date.Month is 1 or 2 && d.Date.Day != 1).Select(d => d.Date).ToList();

        Assert.Equal(Enumerable.Range(27, 5).Select(d => new LocalDate(2025, 1, d)), tet);
        Assert.True(CivilService.IsWorkingDay(new LocalDate(2025, 2, 3)));
        Assert.False(StatutoryOnly.IsWorkingDay(new LocalDate(2025, 2, 3)));
    }

    [Fact]
    public void Every_holiday_lists_its_legal_source()
    {
        foreach (var day in CivilService.NonWorkingDays(2026))
        {
            Assert.False(string.IsNullOrWhiteSpace(day.Reason));
            Assert.False(string.IsNullOrWhiteSpace(day.Source));
        }

        Assert.Contains(CivilService.NonWorkingDays(2026), d => d.Date == new LocalDate(2026, 4, 26) && d.Source.Contains("Điều 112", StringComparison.Ordinal));
    }

    [Fact]
    public void Host_decisions_override_rules_and_schedules()
    {
        var options = new BusinessCalendarOptions();
        options.HostDecisions.Add(new CalendarDecision(new LocalDate(2026, 6, 1), false, "Nghỉ theo quyết định của tỉnh", "Quyết định giả định"));
        options.HostDecisions.Add(new CalendarDecision(new LocalDate(2026, 1, 2), true, "Làm việc", "Quyết định giả định"));
        var calendar = BusinessCalendar.Create(options);

        Assert.False(calendar.IsWorkingDay(new LocalDate(2026, 6, 1)));
        Assert.True(calendar.IsWorkingDay(new LocalDate(2026, 1, 2)));
        Assert.Equal(NonWorkingDayKind.HostDecision, calendar.NonWorkingDays(2026).Single(d => d.Date == new LocalDate(2026, 6, 1)).Kind);
    }

    [Fact]
    public void A_host_can_load_a_later_year()
    {
        const string json = """
            {"schema":"khanhhoa-governance/calendar-decisions/1","version":"2027-01-01","years":[{"year":2027,"decisions":[
              {"date":"2027-02-04","working":false,"reason":"Tết","source":"Văn bản X/VPCP-KGVX"}]}]}
            """;
        var schedule = GovernanceDataLoader.LoadCalendarSchedule(Encoding.UTF8.GetBytes(json)).Value;
        var options = new BusinessCalendarOptions();
        options.Schedules.Add(schedule);
        var calendar = BusinessCalendar.Create(options);

        Assert.Equal(2027, calendar.LastOfficialYear);
        Assert.False(calendar.IsWorkingDay(new LocalDate(2027, 2, 4)));
        Assert.True(calendar.IsWorkingDay(new LocalDate(2027, 2, 9)));
    }

    [Fact]
    public void The_loader_reports_every_error_with_its_path()
    {
        const string json = """
            {"schema":"other","version":"","years":[{"year":2027,"decisions":[
              {"date":"2027-13-01","working":false,"reason":"x","source":"y"},
              {"date":"2028-01-01","working":"no","reason":"","source":"y"}]}]}
            """;
        var errors = GovernanceDataLoader.LoadCalendarSchedule(Encoding.UTF8.GetBytes(json)).Errors;

        Assert.Equal(
            ["$.schema", "$.version", "$.years[0].decisions[0].date", "$.years[0].decisions[1].reason", "$.years[0].decisions[1].working"],
            errors.Select(e => e.JsonPath).Order(StringComparer.Ordinal));
        Assert.Equal(1, errors.Single(e => e.JsonPath == "$.schema").Line);
        Assert.Equal(2, errors.Single(e => e.JsonPath == "$.years[0].decisions[0].date").Line);
        Assert.Equal(3, errors.Single(e => e.JsonPath == "$.years[0].decisions[1].working").Line);
        Assert.False(GovernanceDataLoader.LoadCalendarSchedule(Encoding.UTF8.GetBytes("{")).Success);
    }

    [Fact]
    public void Embedded_schedule_is_versioned_and_cites_documents()
    {
        Assert.Equal([2024, 2025, 2026], CalendarSchedule.Default.Years);
        Assert.False(string.IsNullOrEmpty(CalendarSchedule.Default.Version));
        Assert.Contains(CalendarSchedule.Default.Decisions, d => d.Source.Contains("2450/VPCP-KGVX", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2026-04-24T09:00", 5, null, "2026-05-06")]
    [InlineData("2026-04-29T15:30", 0, "15:00", "2026-05-04")]
    [InlineData("2026-04-29T14:59", 0, "15:00", "2026-04-29")]
    [InlineData("2026-04-29T15:30", 0, null, "2026-04-29")]
    [InlineData("2026-04-26T10:00", 0, "15:00", "2026-04-28")]
    [InlineData("2026-04-26T10:00", 3, null, "2026-05-04")]
    public void Procedure_due_dates(string received, int workingDays, string? cutoff, string due)
    {
        var limit = new ProcedureTimeLimit(workingDays)
        {
            SameDayCutoff = cutoff is null ? null : LocalTimePattern.CreateWithInvariantCulture("HH:mm").Parse(cutoff).Value,
        };
        var receivedAt = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm").Parse(received).Value;

        Assert.Equal(Date(due), CivilService.ProcedureDueDate(receivedAt, limit));
    }

    [Theory]
    [InlineData("2026-03", "2026-03-17")] // 14/03 is a Saturday: Monday 16 and Tuesday 17 are the two working days
    [InlineData("2026-01", "2026-01-16")]
    [InlineData("2026-Q1", "2026-03-17")]
    public void Report_due_two_working_days_after_the_administrative_cutoff(string id, string due)
    {
        var period = ReportingPeriod.Parse(id, CutoffRule.Administrative).AsT0;

        Assert.Equal(Date(due), period.DueDate(ReportDueRule.WorkingDaysAfterCutoff(2), CivilService));
    }

    [Fact]
    public void Report_due_on_a_day_of_the_month_moves_off_holidays()
    {
        // Tết 2026: 17/02 is a day off, so "by the 17th" for January's calendar period (ends 31/01) moves to 23/02.
        var january = ReportingPeriod.Month(2026, 1, CutoffRule.CalendarMonth);
        var august = ReportingPeriod.Month(2025, 8, CutoffRule.Administrative);

        Assert.Equal(new LocalDate(2026, 2, 23), january.DueDate(ReportDueRule.OnDayOfMonth(17), CivilService));
        Assert.Equal(new LocalDate(2025, 8, 18), august.DueDate(ReportDueRule.OnDayOfMonth(17), CivilService));
    }

    [Fact]
    public void Out_of_range_dates_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CivilService.IsWorkingDay(new LocalDate(1949, 12, 31)));
        Assert.Throws<ArgumentOutOfRangeException>(() => CivilService.AddWorkingDays(new LocalDate(2100, 12, 30), 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => CivilService.NonWorkingDays(2101));
    }

    [Property(MaxTest = 500)]
    public Property AddWorkingDays_lands_on_a_working_day_and_WorkingDaysBetween_inverts_it() =>
        Prop.ForAll(AnyDay(), Gen.Choose(-400, 400).Where(n => n != 0).ToArbitrary(), (day, n) =>
        {
            var result = CivilService.AddWorkingDays(day, n);
            return CivilService.IsWorkingDay(result)
                   && CivilService.WorkingDaysBetween(day, result) == n
                   && (n > 0 ? result > day : result < day);
        });

    [Property(MaxTest = 300)]
    public Property WorkingDaysBetween_matches_a_day_by_day_count() =>
        Prop.ForAll(AnyDay(), Gen.Choose(0, 120).ToArbitrary(), (start, length) =>
        {
            var end = start.PlusDays(length);
            var count = 0;
            for (var d = start.PlusDays(1); d <= end; d = d.PlusDays(1))
            {
                count += CivilService.IsWorkingDay(d) ? 1 : 0;
            }

            return CivilService.WorkingDaysBetween(start, end) == count && CivilService.WorkingDaysBetween(end, start) == -(count + (CivilService.IsWorkingDay(start) ? 1 : 0) - (CivilService.IsWorkingDay(end) ? 1 : 0));
        });

    private static string[] SplitCsv(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        cells.Add(cell.ToString());
        return cells.ToArray();
    }

    private static string RemoveDiacritics(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c is 'đ' ? 'd' : c is 'Đ' ? 'D' : c);
            }
        }

        return builder.ToString();
    }
}
