using KhanhHoa.Governance.Calendar;
using NodaTime;

namespace KhanhHoa.Governance.Tests.Calendar;

// The README's "## Calendar" example, kept compiling and true.
public sealed class ReadmeExampleTest
{
    [Fact]
    public void Readme_example_gives_the_values_it_claims()
    {
        var calendar = BusinessCalendar.CivilService;
        bool off = !calendar.IsWorkingDay(new LocalDate(2026, 4, 27));
        LocalDate due = calendar.AddWorkingDays(new LocalDate(2026, 4, 24), 5);
        LocalDate sameDay = calendar.ProcedureDueDate(
            new LocalDateTime(2026, 4, 29, 15, 30), ProcedureTimeLimit.SameDay(ProcedureTimeLimit.AfternoonCutoff));
        LocalDate tet = VietnameseLunarCalendar.LunarNewYear(2026);
        LunarDate hungKings = VietnameseLunarCalendar.ToLunarDate(new LocalDate(2026, 4, 26));
        Deadline deadline = Deadline.Parse("Thí điểm tháng 9/2025, triển khai chính thức tháng 10/2025.", 2025);
        LocalDate report = ReportingPeriod.Month(2026, 3, CutoffRule.Administrative)
            .DueDate(ReportDueRule.WorkingDaysAfterCutoff(2), calendar);

        Assert.True(off);
        Assert.Equal(new LocalDate(2026, 5, 6), due);
        Assert.Equal(new LocalDate(2026, 5, 4), sameDay);
        Assert.Equal(new LocalDate(2026, 2, 17), tet);
        Assert.Equal("10/3/2026", hungKings.ToString());
        Assert.Equal((DeadlineKind.Milestones, (LocalDate?)new LocalDate(2025, 10, 31), 2), (deadline.Kind, deadline.DueDate, deadline.Milestones.Count));
        Assert.Equal(new LocalDate(2026, 3, 17), report);
    }
}
