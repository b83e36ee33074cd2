using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KhanhHoa.Governance.Submissions;
using static KhanhHoa.Governance.Tests.Submissions.SubmissionFixture;

namespace KhanhHoa.Governance.Tests.Submissions;

public sealed class SubmissionFormatTest
{
    private static (string, Stream)[] Csv(IReadOnlyList<Submission> submissions)
    {
        var figures = new MemoryStream();
        var progress = new MemoryStream();
        var difficulties = new MemoryStream();
        SubmissionCsvWriter.WriteFigures(figures, submissions);
        SubmissionCsvWriter.WriteProgress(progress, submissions);
        var texts = new MemoryStream();
        SubmissionCsvWriter.WriteDifficulties(difficulties, submissions);
        SubmissionCsvWriter.WriteTexts(texts, submissions);
        return [("figures.csv", Rewind(figures)), ("progress.csv", Rewind(progress)), ("difficulties.csv", Rewind(difficulties)), ("texts.csv", Rewind(texts))];
    }

    private static MemoryStream Rewind(MemoryStream stream)
    {
        stream.Position = 0;
        return stream;
    }

    private static string Show(IReadOnlyList<InputError> errors) => string.Join("\n", errors);

    [Property(MaxTest = 60)]
    public Property Csv_written_then_read_back_is_the_same() =>
        Prop.ForAll(SubmissionFixture.Submissions.ToArbitrary(), submissions =>
        {
            var read = SubmissionCsvReader.Read(Csv(submissions), Desk);
            Assert.True(read.Success, read.Success ? null : Show(read.Errors));
            AssertSame(submissions, read.Value.Select(static s => s.Submission), withSender: false);
        });

    [Property(MaxTest = 60)]
    public Property Json_written_then_read_back_is_the_same() =>
        Prop.ForAll(SubmissionFixture.Submissions.ToArbitrary(), submissions =>
        {
            foreach (var submission in submissions)
            {
                var output = new MemoryStream();
                SubmissionJson.Write(output, submission with { Sender = "Nguyễn Văn A, \"chuyên viên\"" });
                var read = SubmissionJson.Read(output.ToArray(), Desk);
                Assert.True(read.Success, read.Success ? null : Show(read.Errors));
                AssertSame([submission with { Sender = "Nguyễn Văn A, \"chuyên viên\"" }], [read.Value.Submission], withSender: true);
            }
        });

    [Fact]
    public void Csv_columns_may_come_in_any_order_and_difficulties_join_the_report_they_were_sent_with()
    {
        var figures = "value,element,submitted_at,period,data_set,unit_code\n2156,tthc_total,2025-09-12T16:30,2025-09,P06.MONTHLY,VP_UBND\n";
        var difficulties = "text,topic,unit_code,period,submitted_at\n\"Thiếu kinh phí, nhân lực\",Kinh phí,VP_UBND,2025-09,2025-09-12T16:30\n";
        var read = SubmissionCsvReader.Read([("f.csv", Utf8(figures)), ("d.csv", Utf8(difficulties))], Desk);
        Assert.True(read.Success, read.Success ? null : Show(read.Errors));
        var submission = Assert.Single(read.Value).Submission;
        Assert.Equal(new FigureValue("tthc_total", "2156"), Assert.Single(submission.Figures));
        Assert.Equal(new Difficulty("Kinh phí", "Thiếu kinh phí, nhân lực"), Assert.Single(submission.Difficulties));
    }

    [Fact]
    public void Every_csv_error_is_located_and_nothing_is_read()
    {
        var figures = """
            unit_code,data_set,period,submitted_at,element,value,comment
            VP_UBND,P06.MONTHLY,2025-09,2025-09-12T16:30,tthc_total,2.15,
            CA_TINH,P06.MONTHLY,2025-09,2025-09-12T16:30,no_such_element,1,
            CA_TINH,P06.MONTHLY,2025-09,2025-09-12T16:30,survey_forms_rate,130,
            VP_UBND,P06.MONTHLY,2025-09,9/12/2025 25:00,tthc_commune,1,
            XA_KHONG_CO,P06.MONTHLY,2025-09,2025-09-12T16:30,tthc_commune,1,
            SO_TP,NO_SET,2025-09,2025-09-12T16:30,tthc_commune,1,
            """;
        var progress = """
            unit_code,period,submitted_at,plan,task,status,percent,completed_on,new_due_date,decision,evidence,comment
            SO_TP,2025-09,2025-09-12T16:30,3433/KH-UBND,999,progress,10,,,,,
            SO_TP,2025-09,2025-09-12T16:30,3433/KH-UBND,8,progress,10,,,,,
            SO_TP,2025-09,2025-09-12T16:30,3433/KH-UBND,1,completed,,2025-10-01,,,,
            SO_TP,2025-09,2025-09-12T16:30,3433/KH-UBND,1,finished,,,,,,
            """;
        var read = SubmissionCsvReader.Read([("figures.csv", Utf8(figures)), ("progress.csv", Utf8(progress))], Desk);
        Assert.False(read.Success);
        var errors = read.Errors.Select(static e => $"{e.Source}:{e.Line}:{e.Column} {e.Message}").ToList();
        AssertHas(errors, "figures.csv:2:6 tthc_total: '2.15' is not a whole number");
        AssertHas(errors, "figures.csv:3:5 unknown element 'no_such_element'");
        AssertHas(errors, "figures.csv:4:6 survey_forms_rate: '130' is above the maximum 100");
        AssertHas(errors, "figures.csv:5:4 '9/12/2025 25:00' is not a time of sending");
        AssertHas(errors, "figures.csv:6:1 unknown unit 'XA_KHONG_CO'");
        AssertHas(errors, "figures.csv:7:2 unknown data set 'NO_SET'");
        AssertHas(errors, "progress.csv:2:5 plan 3433/KH-UBND has no task '999'");
        AssertHas(errors, "progress.csv:3:5 task 8 of plan 3433/KH-UBND is not assigned to unit 'SO_TP'");
        AssertHas(errors, "progress.csv:4:8 completed_on 2025-10-01 is outside period 2025-09");
        AssertHas(errors, "progress.csv:5:6 'finished' is not a status");
    }

    [Fact]
    public void Every_json_error_is_located_by_path()
    {
        var json = """
            {
              "schemaVersion": 1, "unitCode": "VP_UBND", "dataSet": "P06.MONTHLY", "period": "2025-09", "submittedAt": "2025-09-12T16:30",
              "figures": [ { "element": "tthc_total", "value": "abc" }, { "element": "tthc_total", "value": "1" } ],
              "difficulties": [ { "topic": "Kinh phí", "text": " " } ]
            }
            """;
        var read = SubmissionJson.Read(Encoding.UTF8.GetBytes(json), Desk);
        Assert.False(read.Success);
        var errors = read.Errors.Select(static e => $"{e.JsonPath} {e.Message}").ToList();
        AssertHas(errors, "$.figures[0].value tthc_total: 'abc' is not a number");
        AssertHas(errors, "$.figures[1].element element 'tthc_total' is given twice");
        AssertHas(errors, "$.difficulties[0].text 'text' must not be empty");
        Assert.All(read.Errors, static e => Assert.True(e.Line > 0 && e.Column > 0));
    }

    private static void AssertHas(List<string> errors, string start) =>
        Assert.True(errors.Any(e => e.StartsWith(start, StringComparison.Ordinal)), $"no error starting \"{start}\" in:\n{string.Join("\n", errors)}");

    private static MemoryStream Utf8(string text) => new(Encoding.UTF8.GetBytes(text.Replace("\r\n", "\n", StringComparison.Ordinal)));

    // The desk is checked before the document is parsed: a document too broken to reach the desk does not hide it.
    [Fact]
    public void The_json_reader_refuses_a_missing_desk_even_for_a_document_it_cannot_parse() =>
        Assert.Equal("desk", Assert.Throws<ArgumentNullException>(() => SubmissionJson.Read("{"u8, null!)).ParamName);
}
