using KhanhHoa.Governance.Calendar;

namespace KhanhHoa.Governance.Reporting.Tests;

public class ReadmeExampleTest
{
    // The README's "Reporting" example, kept compiling and running here.
    [Fact]
    public void The_readme_example_builds_a_report_every_renderer_can_write()
    {
        var period = ReportingPeriod.Month(2025, 9, CutoffRule.OnDay(15));
        var asOf = new LocalDate(2025, 9, 15);
        var header = new ReportHeader("UBND TỈNH KHÁNH HÒA", "BAN CHỈ ĐẠO TỈNH KHÁNH HÒA", Number: null, "BC-BCĐ",
            "Khánh Hòa", asOf, "BÁO CÁO", "Kết quả triển khai, thực hiện Đề án 06 tháng 9/2025");
        var signature = new SignatureBlock("TM. BAN CHỈ ĐẠO", "TRƯỞNG BAN", "CHỦ TỊCH UBND TỈNH", "Nguyễn Văn A");

        MonthlyReport report = new MonthlyReportBuilder(period, asOf, header, signature)
            .AddIndicatorGroup("CDS", "Nhóm phục vụ phát triển công dân số")
            .AddIndicator(new IndicatorInput("CDS.ID2.01", "CDS", "Tài khoản định danh điện tử mức độ 2 được kích hoạt", "%",
                Numerator: 1_365_565, Denominator: 1_816_581,
                Target: new IndicatorTarget(TargetComparator.AtLeast, 80m, "≥ 80%"), StatedValue: 75m))
            .AddTasks([new TaskRecord("T08", "3433/KH-UBND", "Hoàn thiện hệ thống dữ liệu đất đai dùng chung",
                "Sở Nông nghiệp và Môi trường", Deadline: new LocalDate(2025, 7, 31), CompletedOn: null)])
            .AddRollupUnit(new RollupUnit("KH", null, new Dictionary<string, long> { ["dossiers.received"] = 498_772 }, Provenance.Computed))
            .AddRecipient(new Recipient("Văn phòng Chính phủ", "báo cáo"))
            .AddRecipient(new Recipient("Lưu: VT, ĐT"))
            .Build();

        Assert.False(report.ContainsSyntheticData);
        Assert.Empty(report.Violations);
        Assert.Equal(32, report.Tasks.Overdue.Single().WorkingDaysLate);
        foreach (var renderer in MonthlyReportRenderers.All)
        {
            Assert.NotEmpty(renderer.RenderToBytes(report));
        }

        Assert.DoesNotContain("giả lập", MarkdownReportRenderer.ToMarkdown(report), StringComparison.Ordinal);
    }
}
