using KhanhHoa.Governance.Calendar;
using KhanhHoa.Governance.Submissions;
using NodaTime;
using static KhanhHoa.Governance.Tests.Submissions.SubmissionFixture;

namespace KhanhHoa.Governance.Tests.Submissions;

// 3433's August 2025 report (15/7–14/8) is due "trước ngày 14 của tháng": Wednesday 13/8/2025. 30/8–2/9/2025 is the
// National Day holiday (1/9 swapped), so a report sent on 3/9 is two working days later than one sent on 29/8.
public sealed class ReportingRateTest
{
    private static readonly ReportingPeriod August = Period(Plan3433, "2025-08");

    private static CheckedSubmission Sent(string unit, LocalDateTime at) =>
        Desk.Check(new Submission { UnitCode = unit, DataSetCode = Plan3433.Code, Period = August, SubmittedAt = at }).Value;

    [Fact]
    public void Late_units_are_counted_in_working_days_across_the_national_day_holiday_and_missing_ones_are_reminded()
    {
        var register = SubmissionRegister.Empty.Add(
        [
            Sent("SO_KHCN", new LocalDateTime(2025, 8, 13, 17, 0)),
            Sent("SO_TP", new LocalDateTime(2025, 8, 29, 9, 0)),
            Sent("SO_YT", new LocalDateTime(2025, 9, 3, 9, 0)),
            Sent("SO_YT", new LocalDateTime(2025, 8, 12, 9, 0)),
        ]);
        var rate = ReportingRate.Take(Plan3433, August, register, Desk, BusinessCalendar.CivilService, new LocalDate(2025, 9, 5));
        Assert.Equal(new LocalDate(2025, 8, 13), rate.DueDate);
        // 14 departments and 65 communes, wards and the special zone, and the three sector branches that lead 3433's tasks.
        Assert.Equal(82, rate.Expected.Count);
        Assert.Contains("THUE_KV13", rate.Expected);
        Assert.Equal(3, rate.Submitted.Count);
        Assert.Equal(79, rate.Missing.Count);
        Assert.Equal(new UnitTimeliness("SO_KHCN", new LocalDateTime(2025, 8, 13, 17, 0), true, 0), rate.Submitted.Single(static s => s.Unit == "SO_KHCN"));
        Assert.Equal(12, rate.Submitted.Single(static s => s.Unit == "SO_TP").WorkingDaysLate);
        // Its first report (12/8) was on time; the correction sent on 3/9 does not make it late.
        Assert.True(rate.Submitted.Single(static s => s.Unit == "SO_YT").OnTime);
        Assert.Equal((2, 1), (rate.OnTime, rate.Late));
        // 14/8 to 5/9: 17 weekdays, less 1/9 and 2/9.
        Assert.All(rate.Reminders, static r => Assert.Equal(-15, r.WorkingDaysLeft));
        Assert.Equal(rate.Missing, rate.Reminders.Select(static r => r.Unit));
    }

    [Fact]
    public void A_report_sent_after_the_holiday_is_late_by_the_working_days_only()
    {
        var register = SubmissionRegister.Empty.Add([Sent("SO_TP", new LocalDateTime(2025, 9, 3, 8, 0))]);
        var rate = ReportingRate.Take(Plan3433, August, register, Desk, BusinessCalendar.CivilService, new LocalDate(2025, 8, 11));
        Assert.Equal(13, rate.Submitted.Single().WorkingDaysLate);
        Assert.All(rate.Reminders, static r => Assert.Equal(2, r.WorkingDaysLeft));
    }

    [Fact]
    public void No_unit_is_expected_before_the_data_set_is_in_force()
    {
        var plan954 = Embedded.DataSets.Find("954.PROGRESS")!;
        var rate = ReportingRate.Take(plan954, Period(plan954, "2025-09"), SubmissionRegister.Empty, Desk, BusinessCalendar.CivilService, new LocalDate(2025, 9, 30));
        Assert.Empty(rate.Expected);
    }
}
