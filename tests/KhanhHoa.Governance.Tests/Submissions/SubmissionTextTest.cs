using System.Text;
using KhanhHoa.Governance.Submissions;
using KhanhHoa.Governance.Tasks;
using NodaTime;
using static KhanhHoa.Governance.Tests.Submissions.SubmissionFixture;

namespace KhanhHoa.Governance.Tests.Submissions;

// A unit's own text per section of the report (Submission.Texts): the desk's checks, the CSV texts file, the JSON field.
public sealed class SubmissionTextTest
{
    private static Submission WithTexts(params SectionText[] texts) => Report87() with { Texts = texts };

    private static List<string> Errors(Submission submission, SubmissionDesk? desk = null) =>
        [.. (desk ?? Desk).Check(submission).Errors.Select(static e => $"{e.Field}: {e.Message}")];

    [Fact]
    public void Report_87s_data_set_lists_report_87s_sections()
    {
        Assert.Equal(
            ["I.1", "I.2", "I.3", "I.4.a", "I.4.b", "I.4.c", "I.5.a", "I.5.b", "I.5.c", "I.6", "I.7.a", "I.7.b", "I.7.c", "I.8", "II", "III"],
            P06.Sections);
        Assert.Empty(Plan3433.Sections);
    }

    [Fact]
    public void A_text_under_one_of_the_data_sets_sections_is_accepted_and_kept()
    {
        var texts = new[] { new SectionText("I.6", "Tiếp tục cấp thẻ Căn cước lưu động."), new SectionText("II", "Thiếu máy cấp thẻ.") };
        var result = Desk.Check(WithTexts(texts));
        Assert.True(result.Success, string.Join("\n", result.Errors));
        Assert.Equal(texts, result.Value.Submission.Texts);
    }

    [Fact]
    public void A_section_the_data_set_does_not_have_is_refused_naming_its_sections() =>
        Assert.Contains(
            "texts[0].section: section 'I.9' is not one of data set P06.MONTHLY's (its sections: I.1, I.2, I.3, I.4.a, I.4.b, I.4.c, I.5.a, I.5.b, I.5.c, I.6, I.7.a, I.7.b, I.7.c, I.8, II, III)",
            Errors(WithTexts(new SectionText("I.9", "Đã báo cáo."))));

    [Fact]
    public void A_data_set_without_sections_takes_no_text()
    {
        var submission = new Submission
        {
            UnitCode = "SO_KHCN", DataSetCode = Plan3433.Code, Period = Period(Plan3433), SubmittedAt = new LocalDateTime(2025, 9, 12, 9, 0),
            Progress = [new TaskProgress { PlanId = "3433/KH-UBND", TaskId = "11", Status = ProgressUpdateKind.Progress }],
            Texts = [new SectionText("II", "Thiếu kinh phí.")],
        };
        Assert.Equal(["texts[0].section: data set 3433.PROGRESS takes no text per section"], Errors(submission));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \n ")]
    public void A_blank_text_is_refused(string blank) =>
        Assert.Equal(["texts[0].text: the text for section I.2 is blank"], Errors(WithTexts(new SectionText("I.2", blank))));

    [Fact]
    public void A_section_is_written_at_most_once_per_submission() =>
        Assert.Equal(
            ["texts[2].section: section I.2 is given twice"],
            Errors(WithTexts(new SectionText("I.2", "Một."), new SectionText("II", "Hai."), new SectionText("I.2", "Ba."))));

    [Fact]
    public void The_desks_text_errors_read_in_Vietnamese_by_default()
    {
        var desk = new SubmissionDesk(Embedded.DataSets, Embedded.OrgUnits, Embedded.Plans);
        Assert.Equal(
            [
                "texts[0].section: mục 'IV' không thuộc báo cáo của bộ số liệu P06.MONTHLY (các mục: I.1, I.2, I.3, I.4.a, I.4.b, I.4.c, I.5.a, I.5.b, I.5.c, I.6, I.7.a, I.7.b, I.7.c, I.8, II, III)",
                "texts[1].text: nội dung báo cáo của mục II không được để trống (text)",
                "texts[2].section: nội dung mục II được nhập hai lần",
            ],
            Errors(WithTexts(new SectionText("IV", "x"), new SectionText("II", " "), new SectionText("II", "y")), desk));
    }

    [Fact]
    public void A_texts_file_is_told_apart_by_its_header_and_joins_the_figures_not_the_progress_sent_with_it()
    {
        var figures = "unit_code,data_set,period,submitted_at,element,value\nSO_KHCN,P06.MONTHLY,2025-09,2025-09-12T09:00,villages_fibre_rate,95\n";
        var progress = "unit_code,period,submitted_at,plan,task,status\nSO_KHCN,2025-09,2025-09-12T09:00,3433/KH-UBND,11,progress\n";
        var texts = "text,section,unit_code,period,submitted_at\n\"Đã triển khai, đạt kết quả.\",I.4.a,SO_KHCN,2025-09,2025-09-12T09:00\n";
        var read = SubmissionCsvReader.Read([("f.csv", Utf8(figures)), ("p.csv", Utf8(progress)), ("t.csv", Utf8(texts))], Desk);
        Assert.True(read.Success, read.Success ? null : string.Join("\n", read.Errors));
        var byDataSet = read.Value.ToDictionary(static s => s.Submission.DataSetCode, static s => s.Submission);
        Assert.Equal([new SectionText("I.4.a", "Đã triển khai, đạt kết quả.")], byDataSet["P06.MONTHLY"].Texts);
        Assert.Empty(byDataSet["3433.PROGRESS"].Texts);
        Assert.Empty(byDataSet["P06.MONTHLY"].Difficulties);
    }

    [Fact]
    public void Every_csv_text_error_is_located_in_the_texts_file()
    {
        var figures = "unit_code,data_set,period,submitted_at,element,value\nSO_KHCN,P06.MONTHLY,2025-09,2025-09-12T09:00,villages_fibre_rate,95\n";
        var texts = """
            unit_code,period,submitted_at,section,text
            SO_KHCN,2025-09,2025-09-12T09:00,I.9,Đã báo cáo.
            SO_KHCN,2025-09,2025-09-12T09:00,II,
            SO_KHCN,2025-09,2025-09-12T09:00,III,Một.
            SO_KHCN,2025-09,2025-09-12T09:00,III,Hai.
            SO_KHCN,2025-09,2025-09-13T09:00,I.1,Không có báo cáo nào để gắn vào.
            """;
        var read = SubmissionCsvReader.Read([("f.csv", Utf8(figures)), ("t.csv", Utf8(texts))], Desk);
        Assert.False(read.Success);
        Assert.Equal(
            [
                "t.csv:2:4 section 'I.9' is not one of data set P06.MONTHLY's",
                "t.csv:3:5 the text for section II is blank",
                "t.csv:5:4 section III is given twice",
                "t.csv:6:1 no figures or progress of this unit, period and submitted_at for the section text to join; send it with the report it belongs to",
            ],
            read.Errors.OrderBy(static e => e.Line).Select(static e => $"{e.Source}:{e.Line}:{e.Column} {e.Message.Split(" (its sections", 2)[0]}"));
    }

    [Fact]
    public void A_json_text_error_is_located_by_path()
    {
        var json = """
            {
              "schemaVersion": 1, "unitCode": "CA_TINH", "dataSet": "P06.MONTHLY", "period": "2025-09", "submittedAt": "2025-09-12T09:00",
              "figures": [],
              "texts": [ { "section": "II", "text": "Thiếu kinh phí." }, { "section": "II", "text": "Lặp lại." }, { "section": "I.1" } ]
            }
            """;
        var read = SubmissionJson.Read(Encoding.UTF8.GetBytes(json), Desk);
        Assert.False(read.Success);
        var errors = read.Errors.Select(static e => $"{e.JsonPath} {e.Message}").ToList();
        Assert.Contains("$.texts[1].section section II is given twice", errors);
        Assert.Contains(errors, static e => e.StartsWith("$.texts[2].text ", StringComparison.Ordinal));
        Assert.All(read.Errors, static e => Assert.True(e.Line > 0 && e.Column > 0));
    }

    private static MemoryStream Utf8(string text) => new(Encoding.UTF8.GetBytes(text.Replace("\r\n", "\n", StringComparison.Ordinal)));
}
