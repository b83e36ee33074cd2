using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KhanhHoa.Governance.Reporting.Documents;

namespace KhanhHoa.Governance.Reporting.Tests;

// Section I's figures in words (issue 25, item 2): each in its element's sentence, figures as runs with their provenance,
// a count of events reported as 0 as "không phát sinh", the units behind a count and an element's note as footnotes
// numbered across the report.
public sealed class FigureSentencesTest
{
    private static FigureRow Row(string code, string group, string name, decimal? value, Provenance provenance = Provenance.Reported) =>
        new(code, group, name, value, string.Empty, null, [], value is null ? [] : ["Công an tỉnh"], provenance);

    private static ReportDocument Compose(ReportPurpose purpose, params FigureRow[] figures)
    {
        // A last group of its own, so that what follows section I is not under the groups the tests read.
        var builder = SampleReport.Builder().AddIndicatorGroup("EV", "Về hoàn thiện thể chế").AddIndicatorGroup("MIX", "Chỉ đạo, triển khai thực hiện")
            .AddIndicatorGroup("END", "Nhóm sau cùng");
        foreach (var figure in figures)
        {
            builder.AddFigure(figure);
        }

        var report = builder.Build();
        return ReportDocumentComposer.Compose(purpose == ReportPurpose.Signable ? SignableReport.Of(report) : report);
    }

    // The paragraphs printed under a group's heading.
    private static List<DocumentParagraph> Under(ReportDocument document, string title) =>
        [.. document.Body.SkipWhile(b => b is not DocumentHeading { Text: var text } || text != title).Skip(1)
            .TakeWhile(static b => b is not DocumentHeading).OfType<DocumentParagraph>()];

    private static string Text(DocumentParagraph paragraph) => string.Concat(paragraph.Inlines.Select(static i => i is FootnoteReference r ? $"[{r.Number}]" : i.Text));

    [Fact]
    public void A_figure_is_printed_in_its_sentence_with_another_elements_figure_inside_it()
    {
        var document = Compose(
            ReportPurpose.Review,
            Row("cards_received", "MIX", "Số hồ sơ cấp thẻ đảng viên đã tiếp nhận", 79_591) with { Sentence = "Đã thu nhận {value} hồ sơ, được cấp {value:cards_issued} thẻ trong {period}." },
            Row("cards_issued", "MIX", "Số thẻ đảng viên gắn chip đã cấp", 72_671, Provenance.Synthetic));

        var paragraph = Assert.Single(Under(document, "Chỉ đạo, triển khai thực hiện"));
        Assert.Equal("- Đã thu nhận 79.591 hồ sơ, được cấp 72.671 thẻ trong tháng 9/2025. (Nguồn: giả lập)", Text(paragraph));
        Assert.Equal([Provenance.Reported, Provenance.Synthetic], paragraph.Inlines.OfType<FigureRun>().Select(static f => f.Provenance));
    }

    [Fact]
    public void An_element_without_a_sentence_is_worded_by_its_name_with_its_parts_and_senders()
    {
        var rate = new FigureRow(
            "children_rate", "MIX", "Tỷ lệ trẻ em có số định danh cá nhân (%)", 93.7m, "%", null,
            [new FigurePart("children", "Số trẻ em", 393_249), new FigurePart("children_total", "Tổng số trẻ em", 419_886)], ["Công an tỉnh"], Provenance.Reported);

        var paragraph = Assert.Single(Under(Compose(ReportPurpose.Review, rate), "Chỉ đạo, triển khai thực hiện"));

        Assert.Equal("- Tỷ lệ trẻ em có số định danh cá nhân: 93,7% (393.249/419.886) (Công an tỉnh).", Text(paragraph));
    }

    [Fact]
    public void A_count_of_events_reported_as_0_did_not_happen_and_a_group_of_only_such_counts_says_so_once()
    {
        FigureRow Event(string code, string group, string name, decimal value, string? none = null) =>
            Row(code, group, name, value) with { CountsEvents = true, Sentence = "Ban hành {value} văn bản.", NoneSentence = none };

        var document = Compose(
            ReportPurpose.Review,
            Event("laws", "EV", "Số văn bản quy phạm pháp luật", 0),
            Event("rules", "EV", "Số quy chế", 0),
            Event("decisions", "MIX", "Số quyết định của UBND tỉnh", 0, "Quyết định của UBND tỉnh: không phát sinh."),
            Event("directives", "MIX", "Số văn bản chỉ đạo", 0),
            Event("letters", "MIX", "Số công văn", 3));

        Assert.Equal(["Trong kỳ báo cáo, không phát sinh."], Under(document, "Về hoàn thiện thể chế").Select(Text));
        Assert.Equal(
            ["- Quyết định của UBND tỉnh: không phát sinh.", "- Số văn bản chỉ đạo: không phát sinh.", "- Ban hành 3 văn bản."],
            Under(document, "Chỉ đạo, triển khai thực hiện").Select(Text));
    }

    // A sentence that is not printed prints no figure inside it: the figure gets a sentence of its own.
    [Fact]
    public void A_count_of_events_reported_as_0_leaves_the_figures_its_sentence_would_print_to_their_own()
    {
        var decisions = Row("decisions", "MIX", "Số quyết định của UBND tỉnh", 0) with
        {
            CountsEvents = true,
            Sentence = "UBND tỉnh ban hành {value} Quyết định và {value:letters} văn bản.",
            NoneSentence = "Quyết định của UBND tỉnh: không phát sinh.",
        };

        var document = Compose(ReportPurpose.Review, decisions, Row("letters", "MIX", "Số văn bản chỉ đạo", 8));

        Assert.Equal(
            ["- Quyết định của UBND tỉnh: không phát sinh.", "- Số văn bản chỉ đạo: 8 (Công an tỉnh)."],
            Under(document, "Chỉ đạo, triển khai thực hiện").Select(Text));
    }

    [Fact]
    public void Notes_and_the_units_behind_a_count_are_footnotes_numbered_in_the_order_the_body_refers_to_them()
    {
        var gift = Row("gift", "EV", "Số tiền quà đã chi trả (tỷ đồng)", 210) with
        {
            Sentence = "Đã chi trả {value} tỷ đồng (theo báo cáo của {units}).",
            ReportedBy = ["2 xã", "1 phường"],
            ReportingUnits = ["Xã Cam Lâm", "Xã Cà Ná", "Phường Bảo An"],
        };
        var parking = Row("parking", "MIX", "Số bãi đỗ xe", 4) with { Sentence = "Thu phí tại {value} bãi đỗ xe tạm.", Note = "Khu đất số 170 Lê Hồng Phong." };

        var document = Compose(ReportPurpose.Review, gift, parking);

        Assert.Equal(["- Đã chi trả 210 tỷ đồng (theo báo cáo của 2 xã và 1 phường[1])."], Under(document, "Về hoàn thiện thể chế").Select(Text));
        Assert.Equal(["- Thu phí tại 4 bãi đỗ xe tạm[2]."], Under(document, "Chỉ đạo, triển khai thực hiện").Select(Text));
        Assert.Equal(
            [(1, "Các đơn vị đã báo cáo: Xã Cam Lâm, Xã Cà Ná, Phường Bảo An."), (2, "Khu đất số 170 Lê Hồng Phong.")],
            document.Footnotes.Select(static f => (f.Number, string.Concat(f.Inlines.Select(static i => i.Text)))));
    }

    [Fact]
    public void A_signable_report_leaves_a_figure_nobody_reported_to_fill()
    {
        var document = Compose(
            ReportPurpose.Signable,
            Row("cards_received", "MIX", "Số hồ sơ cấp thẻ đảng viên đã tiếp nhận", 79_591, Provenance.Synthetic) with { Sentence = "Đã thu nhận {value} hồ sơ ({units})." });

        var paragraph = Assert.Single(Under(document, "Chỉ đạo, triển khai thực hiện"));
        Assert.Equal("- Đã thu nhận … hồ sơ (…).", Text(paragraph));
        Assert.All(paragraph.Inlines.OfType<FigureRun>(), static f => Assert.Equal(Provenance.Reported, f.Provenance));
    }

    // The law of section I's words: however sentences print other elements inside them, every figure sent is printed
    // exactly once, in its own sentence or in the one that prints it.
    [Property(MaxTest = 100)]
    public Property Every_figure_is_printed_exactly_once_whatever_sentences_print_it()
    {
        var shapes = Gen.Choose(1, 10).SelectMany(static n => Gen.Elements(true, false).ArrayOf(n).SelectMany(isHead => Gen.Choose(0, 99).ArrayOf(n)
            .SelectMany(pick => Gen.Elements(true, false).ArrayOf(n).Select(worded => (IsHead: isHead, Pick: pick, Worded: worded)))));
        return Prop.ForAll(shapes.ToArbitrary(), static shape =>
        {
            var (isHead, pick, worded) = shape;
            var heads = Enumerable.Range(0, isHead.Length).Where(i => isHead[i]).ToList();
            // Each other figure goes inside one head's sentence, when there is a head.
            var members = Enumerable.Range(0, isHead.Length).Where(i => !isHead[i] && heads.Count > 0).ToLookup(i => heads[pick[i] % heads.Count]);
            var rows = Enumerable.Range(0, isHead.Length).Select(i => Row($"f{i}", "MIX", $"Chỉ tiêu {i}", 1000 + i) with
            {
                Sentence = isHead[i] && (worded[i] || members[i].Any()) ? "Có {value}" + string.Concat(members[i].Select(static m => $" và {{value:f{m}}}")) + "." : null,
            });

            var printed = FiguresUnder(Compose(ReportPurpose.Review, [.. rows]), "Chỉ đạo, triển khai thực hiện");

            return printed.Order().SequenceEqual(Enumerable.Range(0, isHead.Length).Select(static i => 1000m + i));
        });
    }

    private static List<decimal> FiguresUnder(ReportDocument document, string title) =>
        [.. Under(document, title).SelectMany(static p => p.Inlines).OfType<FigureRun>().Select(static f => f.Value).OfType<decimal>()];

    [Theory]
    [InlineData("Đã cấp {valeu} thẻ.", "{valeu}")]
    [InlineData("Đã cấp {value:} thẻ.", "{value:}")]
    [InlineData("Đã cấp {rate:id_cards} thẻ.", "{rate:id_cards}")]
    public void The_builder_refuses_a_sentence_with_an_unknown_placeholder(string sentence, string placeholder)
    {
        var problem = Assert.Throws<ArgumentException>(() => SampleReport.Builder().AddFigure(Row("id_cards", "DVC", "Số thẻ", 1) with { Sentence = sentence }));

        Assert.Contains($"figure id_cards: sentence \"{sentence}\" has an unknown placeholder {placeholder}", problem.Message, StringComparison.Ordinal);
    }
}
