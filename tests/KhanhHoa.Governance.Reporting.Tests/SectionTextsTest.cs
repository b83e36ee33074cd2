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

    // Report 87 puts the month's documents in footnotes: the office's and the units' texts carry theirs as Markdown
    // writes them, and the report numbers them with its own, in the order it prints the references.
    [Fact]
    public void The_footnotes_of_the_offices_and_the_units_texts_are_numbered_across_the_report_in_print_order()
    {
        var report = SampleReport.Builder()
            .WithSectionText(MonthlyReport.PrioritiesSection, ["Sở Nông nghiệp và Môi trường triển khai thực hiện[^nn]:", "[^nn]: Công văn số 1083/UBND-KT."])
            .WithSectionText("SH.a", ["Ban hành 02 Quyết định[^2] và 08 văn bản[^1].", "[^1]: Công văn số 2307/UBND-KT.\n[^2]: Quyết định số 936/QĐ-UBND."])
            .AddUnitText(new UnitSectionText("DVC", "Sở Tư pháp", "Đã rà soát 47 TTHC[^a].\n\n[^a]: Sở Tư pháp (06 thủ tục).", Provenance.Reported))
            .Build();

        var document = ReportDocumentComposer.Compose(report);

        Assert.Equal(
            ["Sở Tư pháp (06 thủ tục).", "Quyết định số 936/QĐ-UBND.", "Công văn số 2307/UBND-KT.", "Công văn số 1083/UBND-KT."],
            document.Footnotes.Select(static note => string.Concat(note.Inlines.Select(static i => i.Text))));
        Assert.Equal([1, 2, 3, 4], document.Footnotes.Select(static note => note.Number));
        var paragraphs = document.Body.OfType<DocumentParagraph>().Where(static p => p.Inlines.Any(static i => i is FootnoteReference)).ToList();
        Assert.Equal([1, 2, 3, 4], paragraphs.SelectMany(static p => p.Inlines).OfType<FootnoteReference>().Select(static r => r.Number));
        Assert.Equal(
            ["- Sở Tư pháp: Đã rà soát 47 TTHC|1|.", "Ban hành 02 Quyết định|2| và 08 văn bản|3|.", "Sở Nông nghiệp và Môi trường triển khai thực hiện|4|:"],
            paragraphs.Select(static p => string.Concat(p.Inlines.Select(static i => i is FootnoteReference r ? $"|{r.Number}|" : i.Text))));
        Assert.DoesNotContain(document.Body.OfType<DocumentParagraph>(), static p => p.Inlines.Any(static i => i.Text.Contains("[^", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_text_whose_notes_do_not_add_up_is_refused_naming_the_section_and_the_note()
    {
        var problem = Assert.Throws<InvalidOperationException>(() => SampleReport.Builder()
            .WithSectionText("SH.a", ["Ban hành 08 văn bản[^1]."])
            .AddUnitText(new UnitSectionText("II", "Sở Y tế", "Thiếu máy.\n[^x]: Chưa dẫn.", Provenance.Reported))
            .Build());

        Assert.Contains("the office's text: footnote [^1] in the text for section SH.a has no note", problem.Message, StringComparison.Ordinal);
        Assert.Contains("Sở Y tế's text: note [^x] for section II is referred to nowhere in the text", problem.Message, StringComparison.Ordinal);
    }

    // The report agrees with itself: the overdue tasks its task section lists are section III's to finish, counted as
    // listed, where "nothing is due next" would contradict it; the office's own section III still replaces the draft.
    [Fact]
    public void Section_III_asks_for_the_overdue_tasks_the_task_section_lists()
    {
        var report = SampleReport.Build();
        var document = ReportDocumentComposer.Compose(report);
        var written = ReportDocumentComposer.Compose(SampleReport.Builder().WithSectionText(MonthlyReport.PrioritiesSection, ["Tiếp tục triển khai."]).Build());

        Assert.True(report.HasTaskSection && report.Tasks.Overdue.Count > 0);
        Assert.Single(
            Under(document, ReportText.SectionPrioritiesTitle),
            text => text.StartsWith($"Các cơ quan, đơn vị chủ trì khẩn trương hoàn thành {report.Tasks.Overdue.Count} nhiệm vụ đã quá hạn (chi tiết tại mục I.{ReportOutline.Of(report).TaskSectionNumber}, phần Nhiệm vụ quá hạn).", StringComparison.Ordinal));
        Assert.DoesNotContain(ReportText.NoPriorities, Under(document, ReportText.SectionPrioritiesTitle));
        Assert.Equal(["Tiếp tục triển khai."], Under(written, ReportText.SectionPrioritiesTitle));
    }
}
