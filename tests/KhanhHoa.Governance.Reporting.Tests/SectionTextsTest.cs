using KhanhHoa.Governance.Reporting.Documents;

namespace KhanhHoa.Governance.Reporting.Tests;

// The office's own text overrides the draft (issue 25, item 2): a section's paragraphs replace what its composer writes,
// in section I, II and III alike, and a text for a section the report does not have is refused.
public sealed class SectionTextsTest
{
    private static List<string> Under(ReportDocument document, string heading) =>
        [.. document.Body.SkipWhile(b => b is not DocumentHeading { Text: var text } || text != heading).Skip(1)
            .TakeWhile(static b => b is not DocumentHeading).Select(static b => b is DocumentParagraph p ? string.Concat(p.Inlines.Select(static i => i.Text)) : b.GetType().Name)];

    [Fact]
    public void A_sections_text_replaces_its_drafted_text_and_the_others_keep_theirs()
    {
        var drafted = ReportDocumentComposer.Compose(SampleReport.Build());
        var report = SampleReport.Builder()
            .WithSectionText("SH.a", ["Đã số hóa toàn bộ hồ sơ tiếp nhận trong tháng.", "Tiếp tục tái sử dụng kết quả số hóa."])
            .WithSectionText(MonthlyReport.DifficultiesSection, ["Không có khó khăn, vướng mắc."])
            .WithSectionText(MonthlyReport.PrioritiesSection, ["Tiếp tục triển khai các nhiệm vụ của Đề án 06."])
            .Build();

        var document = ReportDocumentComposer.Compose(report);

        Assert.Equal(["Đã số hóa toàn bộ hồ sơ tiếp nhận trong tháng.", "Tiếp tục tái sử dụng kết quả số hóa."], Under(document, "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính"));
        Assert.Equal(["Không có khó khăn, vướng mắc."], Under(document, ReportText.SectionDifficultiesTitle));
        Assert.Equal(["Tiếp tục triển khai các nhiệm vụ của Đề án 06."], Under(document, ReportText.SectionPrioritiesTitle));
        Assert.NotEqual(Under(drafted, "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính"), Under(document, "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính"));
        Assert.Equal(Under(drafted, "Ứng dụng định danh điện tử tại Cảng hàng không"), Under(document, "Ứng dụng định danh điện tử tại Cảng hàng không"));
    }

    [Fact]
    public void A_text_for_a_section_the_report_does_not_have_is_refused()
    {
        var problem = Assert.Throws<InvalidOperationException>(() => SampleReport.Builder().WithSectionText("I.9", ["…"]).Build());

        Assert.Contains("a section text names unknown section 'I.9' (the report's: DVC, SH.a, SH.b, KTXH, CDS, LSDL, DDTC, II, III)", problem.Message, StringComparison.Ordinal);
    }
}
