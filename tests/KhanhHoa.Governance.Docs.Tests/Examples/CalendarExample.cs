#region usings
using KhanhHoa.Governance.Calendar;
using NodaTime;
#endregion

namespace KhanhHoa.Governance.Docs.Tests.Examples;

/// <summary>docs/calendar.md: working days, procedure due dates, lunar dates, deadlines, report due dates.</summary>
public sealed class CalendarExample
{
    [Fact]
    public void Gives_the_values_its_comments_claim()
    {
        #region example
        var calendar = BusinessCalendar.CivilService;              // also registered by AddKhanhHoaGovernance
        bool off = !calendar.IsWorkingDay(new LocalDate(2026, 4, 27));                  // nghỉ bù for Giỗ Tổ 26/4
        LocalDate due = calendar.AddWorkingDays(new LocalDate(2026, 4, 24), 5);          // 2026-05-06
        LocalDate sameDay = calendar.ProcedureDueDate(
            new LocalDateTime(2026, 4, 29, 15, 30), ProcedureTimeLimit.SameDay(ProcedureTimeLimit.AfternoonCutoff)); // 2026-05-04
        LocalDate tet = VietnameseLunarCalendar.LunarNewYear(2026);                      // 2026-02-17
        LunarDate hungKings = VietnameseLunarCalendar.ToLunarDate(new LocalDate(2026, 4, 26)); // 10/3/2026
        Deadline deadline = Deadline.Parse("Thí điểm tháng 9/2025, triển khai chính thức tháng 10/2025.", 2025);
        // deadline.Kind == DeadlineKind.Milestones, deadline.DueDate == 2025-10-31, two labelled milestones
        LocalDate report = ReportingPeriod.Month(2026, 3, CutoffRule.Administrative)
            .DueDate(ReportDueRule.WorkingDaysAfterCutoff(2), calendar);               // 2026-03-17
        #endregion

        Assert.True(off);
        Assert.Equal(new LocalDate(2026, 5, 6), due);
        Assert.Equal(new LocalDate(2026, 5, 4), sameDay);
        Assert.Equal(new LocalDate(2026, 2, 17), tet);
        Assert.Equal("10/3/2026", hungKings.ToString());
        Assert.Equal((DeadlineKind.Milestones, (LocalDate?)new LocalDate(2025, 10, 31), 2), (deadline.Kind, deadline.DueDate, deadline.Milestones.Count));
        Assert.Equal(new LocalDate(2026, 3, 17), report);
    }
}
