using System.Text;
using KhanhHoa.Governance.Primitives;
using KhanhHoa.Governance.Submissions;
using NodaTime;
using static KhanhHoa.Governance.Tests.Submissions.SubmissionFixture;

namespace KhanhHoa.Governance.Tests.Submissions;

// Issue 22: a difficulty marked "Không thay đổi so với các kỳ báo cáo trước" may leave its text to the unit's earlier period.
public sealed class CarriedOverDifficultyTest
{
    private const string Figures = "unit_code,data_set,period,submitted_at,element,value\nVP_UBND,P06.MONTHLY,2025-09,2025-09-12T16:30,tthc_total,2156\n";

    private static MemoryStream Utf8(string text) => new(Encoding.UTF8.GetBytes(text));

    [Theory]
    [InlineData("Có", "", true)]
    [InlineData("có", "Vẫn thiếu kinh phí", true)]
    [InlineData("true", "", true)]
    [InlineData("Không", "Thiếu kinh phí", false)]
    [InlineData("", "Thiếu kinh phí", false)]
    public void Csv_reads_the_carried_over_column_as_the_forms_list_or_the_contract_writes_it(string carried, string text, bool expected)
    {
        var difficulties = $"unit_code,period,submitted_at,topic,text,carried_over\nVP_UBND,2025-09,2025-09-12T16:30,Kinh phí,{text},{carried}\n";
        var read = SubmissionCsvReader.Read([("f.csv", Utf8(Figures)), ("d.csv", Utf8(difficulties))], Desk);

        Assert.True(read.Success, read.Success ? null : string.Join("\n", read.Errors));
        Assert.Equal(new Difficulty("Kinh phí", text) { CarriedOver = expected }, Assert.Single(Assert.Single(read.Value).Submission.Difficulties));
    }

    [Fact]
    public void An_empty_text_not_carried_over_and_a_word_that_is_neither_yes_nor_no_are_errors_in_vietnamese()
    {
        var difficulties = "unit_code,period,submitted_at,topic,text,carried_over\nVP_UBND,2025-09,2025-09-12T16:30,Kinh phí,,Không\nVP_UBND,2025-09,2025-09-12T16:30,Nhân lực,Thiếu người,Chắc vậy\n";
        var read = SubmissionCsvReader.Read([("f.csv", Utf8(Figures)), ("d.csv", Utf8(difficulties))], new SubmissionDesk(Embedded.DataSets, Embedded.OrgUnits, Embedded.Plans) { Language = MessageLanguage.Vietnamese });

        Assert.False(read.Success);
        Assert.Contains(read.Errors, static e => e.Field == "text" && e.Message.Contains("cần có nội dung", StringComparison.Ordinal));
        Assert.Contains(read.Errors, static e => e is { Field: "carried_over", Line: 3 } && e.Message == "'Chắc vậy' không phải là Có hoặc Không (không thay đổi so với kỳ báo cáo trước)");
    }

    [Fact]
    public void Json_may_leave_out_the_text_of_a_difficulty_carried_over_and_only_of_one()
    {
        static string Json(string difficulty) => $$"""
            {"schemaVersion":1,"unitCode":"VP_UBND","dataSet":"P06.MONTHLY","period":"2025-09","submittedAt":"2025-09-12T16:30",
             "figures":[{"element":"tthc_total","value":"2156"}],"difficulties":[{{difficulty}}]}
            """;
        var carried = SubmissionJson.Read(Encoding.UTF8.GetBytes(Json("""{"topic":"Kinh phí","carriedOver":true}""")), Desk);
        var missing = SubmissionJson.Read(Encoding.UTF8.GetBytes(Json("""{"topic":"Kinh phí","carriedOver":false}""")), Desk);

        Assert.True(carried.Success, carried.Success ? null : string.Join("\n", carried.Errors));
        Assert.Equal(new Difficulty("Kinh phí", string.Empty) { CarriedOver = true }, Assert.Single(carried.Value.Submission.Difficulties));
        Assert.StartsWith("$.difficulties[0].text", Assert.Single(missing.Errors).ToString(), StringComparison.Ordinal);
    }

    private static CheckedSubmission Sent(string period, params Difficulty[] difficulties)
    {
        var checkedIn = Desk.Check(Report87("VP_UBND") with
        {
            Period = Period(P06, period),
            SubmittedAt = Period(P06, period).End.PlusDays(3).At(new LocalTime(9, 0)),
            Difficulties = difficulties,
        });
        Assert.True(checkedIn.Success, checkedIn.Success ? null : string.Join("\n", checkedIn.Errors));
        return checkedIn.Value;
    }

    [Fact]
    public void A_carried_over_difficulty_takes_the_text_its_unit_gave_the_topic_last_as_far_back_as_the_register_goes()
    {
        var july = Sent("2025-07", new Difficulty("Kinh phí", "Chưa bố trí kinh phí số hoá hồ sơ"), new Difficulty("Nhân lực", "Thiếu công chức CNTT"));
        var august = Sent("2025-08", new Difficulty(" kinh phí ", string.Empty) { CarriedOver = true });
        var september = Sent("2025-09", new Difficulty("Kinh phí", string.Empty) { CarriedOver = true }, new Difficulty("Hạ tầng", string.Empty) { CarriedOver = true },
            new Difficulty("Nhân lực", "Đã tuyển 2 công chức, còn thiếu 1") { CarriedOver = true });
        var register = SubmissionRegister.Empty.Add([september, july, august]);

        Assert.Equal(
            [
                new Difficulty("Kinh phí", "Chưa bố trí kinh phí số hoá hồ sơ") { CarriedOver = true },
                new Difficulty("Hạ tầng", string.Empty) { CarriedOver = true },
                new Difficulty("Nhân lực", "Đã tuyển 2 công chức, còn thiếu 1") { CarriedOver = true },
            ],
            register.Difficulties(september.Submission));
        Assert.Equal([new Difficulty(" kinh phí ", "Chưa bố trí kinh phí số hoá hồ sơ") { CarriedOver = true }], register.Difficulties(august.Submission));
        Assert.Equal(july.Submission.Difficulties, register.Difficulties(july.Submission));
        Assert.Equal([new Difficulty(" kinh phí ", string.Empty) { CarriedOver = true }], SubmissionRegister.Empty.Add([august]).Difficulties(august.Submission));
    }
}
