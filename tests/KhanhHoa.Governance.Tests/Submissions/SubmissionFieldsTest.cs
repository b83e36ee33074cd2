using System.Text;
using KhanhHoa.Governance.Primitives;
using KhanhHoa.Governance.Submissions;
using KhanhHoa.Governance.Tasks;
using NodaTime;
using static KhanhHoa.Governance.Tests.Submissions.SubmissionFixture;

namespace KhanhHoa.Governance.Tests.Submissions;

// The fields as a clerk types them (day first, with or without a time, the form's status words in any case or
// normalisation) and as a program writes them, both readers' answers to a wrong one, and where the JSON reader puts
// the desk's errors (the CSV column spelled in camel case).
public sealed class SubmissionFieldsTest
{
    [Theory]
    [InlineData("2025-09-12T16:30", "2025-09-12T16:30")]
    [InlineData(" 12/9/2025 16:30 ", "2025-09-12T16:30")]
    [InlineData("2/9/2025 8:05:59", "2025-09-02T08:05")]
    [InlineData("12/09/2025", "2025-09-12T00:00")]
    public void A_time_of_sending_is_read_as_a_program_or_a_clerk_writes_it(string text, string expected)
    {
        var sent = SubmissionFields.ParseSubmittedAt(text, MessageLanguage.English).AsT0;

        Assert.Equal(expected, SubmissionFields.FormatSubmittedAt(sent));
        Assert.Equal(text.Contains(":59", StringComparison.Ordinal) ? 59 : 0, sent.Second);
    }

    [Fact]
    public void A_wrong_time_or_date_says_which_forms_are_read()
    {
        Assert.Equal(
            "'9/12/2025 25:00' is not a time of sending in the form yyyy-MM-ddTHH:mm or dd/MM/yyyy HH:mm (e.g. 2025-09-12T16:30)",
            SubmissionFields.ParseSubmittedAt("9/12/2025 25:00", MessageLanguage.English).AsT1.Message);
        Assert.Equal("'2025-13-01' is not a date in the form yyyy-MM-dd or dd/MM/yyyy", SubmissionFields.ParseDate("2025-13-01", MessageLanguage.English).AsT1.Message);
        Assert.Equal(new LocalDate(2025, 9, 2), SubmissionFields.ParseDate(" 2/9/2025 ", MessageLanguage.English).AsT0);
        Assert.Equal(new LocalDate(2025, 9, 2), SubmissionFields.ParseDate("2025-09-02").AsT0);
        Assert.Equal("2025-09-02", SubmissionFields.FormatDate(new LocalDate(2025, 9, 2)));
    }

    [Fact]
    public void A_status_is_its_contract_name_exactly_or_the_forms_word_in_any_case_and_normalisation()
    {
        Assert.All(Enum.GetValues<ProgressUpdateKind>(), kind =>
        {
            Assert.Equal(kind, SubmissionFields.ParseStatus(SubmissionFields.StatusName(kind)).AsT0);
            Assert.Equal(kind, SubmissionFields.ParseStatus(" " + SubmissionFields.StatusLabel(kind).ToUpperInvariant().Normalize(NormalizationForm.FormD)).AsT0);
        });
        Assert.Equal(["started", "progress", "completed", "extended", "cancelled"], SubmissionFields.StatusNames);
        Assert.Equal(
            "'Completed' is not a status; expected one of started, progress, completed, extended, cancelled",
            SubmissionFields.ParseStatus("Completed", MessageLanguage.English).AsT1.Message);
        Assert.EndsWith("Đã triển khai, Đang thực hiện, Hoàn thành, Được gia hạn, Dừng thực hiện", SubmissionFields.ParseStatus("xong").AsT1.Message, StringComparison.Ordinal);
        Assert.Equal("text", Assert.Throws<ArgumentNullException>(() => SubmissionFields.ParseStatus(null!, MessageLanguage.English)).ParamName);
    }

    [Fact]
    public void A_decision_or_a_period_that_does_not_read_names_the_text()
    {
        Assert.StartsWith("'QĐ' is not a document number: ", SubmissionFields.ParseDecision("QĐ", MessageLanguage.English).AsT1.Message, StringComparison.Ordinal);
        Assert.Equal("12/QĐ-UBND", SubmissionFields.ParseDecision("12/QĐ-UBND").AsT0.ToString());
        Assert.StartsWith("'2025-13': ", SubmissionFields.ParsePeriod("2025-13", P06).AsT1.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_json_reader_refuses_another_schema_version_and_missing_fields_and_places_the_desks_errors_in_camel_case()
    {
        static List<string> Errors(string json) =>
            [.. SubmissionJson.Read(Encoding.UTF8.GetBytes(json), Desk).Errors.Select(static e => $"{e.JsonPath} {e.Message}")];

        Assert.Equal(
            ["$.schemaVersion schemaVersion 2 is not read by this library (1 is)", "$.dataSet unknown data set 'NOPE'"],
            Errors("""{ "schemaVersion": 2, "unitCode": "VP_UBND", "dataSet": "NOPE", "period": "2025-09", "submittedAt": "2025-09-12T16:30" }"""));
        Assert.Equal(
            ["$.unitCode missing required property 'unitCode'", "$.submittedAt missing required property 'submittedAt'"],
            Errors("""{ "schemaVersion": 1, "dataSet": "P06.MONTHLY", "period": "2025-09" }"""));
        Assert.Equal(
            ["$.progress[0].newDueDate an extension needs new_due_date"],
            Errors("""
                { "schemaVersion": 1, "unitCode": "SO_KHCN", "dataSet": "3433.PROGRESS", "period": "2025-09", "submittedAt": "2025-09-12T16:30",
                  "progress": [ { "plan": "3433/KH-UBND", "task": "1", "status": "extended", "decision": "5/QĐ-UBND" } ] }
                """));
        Assert.Equal(
            ["$.period '2025-13': expected a month between 1 and 12"],
            Errors("""{ "schemaVersion": 1, "unitCode": "VP_UBND", "dataSet": "P06.MONTHLY", "period": "2025-13", "submittedAt": "2025-09-12T16:30" }"""));
        Assert.Equal(
            ["$.unitCode unknown unit 'XA'"],
            Errors("""{ "schemaVersion": 1, "unitCode": "XA", "dataSet": "P06.MONTHLY", "period": "2025-09", "submittedAt": "2025-09-12T16:30" }"""));
        Assert.StartsWith(
            "$.submittedAt ",
            Assert.Single(Errors("""{ "schemaVersion": 1, "unitCode": "VP_UBND", "dataSet": "P06.MONTHLY", "period": "2025-09", "submittedAt": "hôm qua" }""")),
            StringComparison.Ordinal);
    }
}
