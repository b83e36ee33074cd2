#region usings
using KhanhHoa.Governance.Calendar;
using KhanhHoa.Governance.Data;
using KhanhHoa.Governance.Indicators;
using KhanhHoa.Governance.Organization;
using KhanhHoa.Governance.Rollup;
using KhanhHoa.Governance.Tasks;
using NodaTime;
using KhanhHoa.Governance.Reporting;
#endregion

namespace KhanhHoa.Governance.Docs.Tests.Examples;

/// <summary>docs/report.md: a report built from the core's judgements, written in every format.</summary>
public sealed class ReportBuilderExample
{
    [Fact]
    public void Builds_a_report_every_renderer_can_write()
    {
        #region example
        var period = ReportingPeriod.Month(2025, 9, CutoffRule.OnDay(15));
        var asOf = new LocalDate(2025, 9, 15);
        var header = new ReportHeader("UBND TỈNH KHÁNH HÒA", "BAN CHỈ ĐẠO TỈNH KHÁNH HÒA", Number: null, "BC-BCĐ",
            "Khánh Hòa", asOf, "BÁO CÁO", "Kết quả triển khai, thực hiện Đề án 06 tháng 9/2025");
        var signature = new SignatureBlock("TM. BAN CHỈ ĐẠO", "TRƯỞNG BAN", "CHỦ TỊCH UBND TỈNH", "Nguyễn Văn A");

        var calendar = BusinessCalendar.CivilService;  // in a host: services.GetRequiredService<BusinessCalendar>()

        // The core judges: the target on the value (and its monthly series, when there is one), the task on its history.
        var online = GovernanceData.Default.Indicators.Find("I766.TT.04")!;
        var target = GovernanceData.Default.Indicators.TargetsFor(online.Code).First();                // ≥ 80% by December 2025
        var evaluation = TargetEvaluator.Evaluate(target, online, 412_350 * 100m / 498_772, asOf);
        var plan = GovernanceData.Default.Plans.Single(p => p.Id == "3433/KH-UBND");
        var status = TaskStatusEvaluator.Evaluate(plan.Find("8")!, ProgressHistory.Empty, asOf, new TaskStatusOptions { Calendar = calendar });

        // The report shows those judgements.
        MonthlyReport report = new MonthlyReportBuilder(period, asOf, header, signature, calendar)
            .AddIndicatorGroup("DVC", "Về Dịch vụ công (DVC)")
            .AddIndicator(new IndicatorInput(online.Code, "DVC", online.NameVi, "%", Numerator: 412_350, Denominator: 498_772,
                Target: new IndicatorTarget(evaluation, "≥ 80% (hết năm 2025)")))
            .AddTasks([new ReportTask(plan.Id, plan.Find("8")!.Text, "Sở Khoa học và Công nghệ", status)])
            .AddRecipient(new Recipient("Văn phòng Chính phủ", "báo cáo"))
            .AddRecipient(new Recipient("Lưu: VT, ĐT"))
            .Build();
        #endregion

        Assert.False(report.ContainsSyntheticData);
        Assert.Empty(report.Violations);
        Assert.Equal(TargetStatus.Achieved, report.Indicators.Single().Status);                // 82,67%
        Assert.Equal(PlanTaskStatus.Overdue, status.Status);
        Assert.Equal(calendar.WorkingDaysBetween(status.DueDate!.Value, asOf), report.Tasks.Overdue.Single().WorkingDaysLate);
        foreach (var renderer in MonthlyReportRenderers.All)
        {
            Assert.NotEmpty(renderer.RenderToBytes(report));
        }

        Assert.DoesNotContain("giả lập", MarkdownReportRenderer.ToMarkdown(report), StringComparison.Ordinal);
    }
}
