using System.Text;
using KhanhHoa.Governance.Submissions;
using NodaTime;
using static KhanhHoa.Governance.Tests.Submissions.SubmissionFixture;

namespace KhanhHoa.Governance.Tests.Submissions;

// The CSV reader's own refusals (the file's shape, a row's fields before the desk sees them) each with its place, and
// what it tolerates (optional columns left out, blank lines, "80%"): the desk's refusals are SubmissionDeskRulesTest's.
public sealed class SubmissionCsvShapeTest
{
    private const string FigureHeader = "unit_code,data_set,period,submitted_at,element,value\n";
    private const string ProgressHeader = "unit_code,period,submitted_at,plan,task,status,percent\n";

    private static InputResult<IReadOnlyList<CheckedSubmission>> Read(params (string Name, string Text)[] files) =>
        SubmissionCsvReader.Read([.. files.Select(static f => (f.Name, (Stream)new MemoryStream(Encoding.UTF8.GetBytes(f.Text))))], Desk);

    private static List<string> Errors(params (string Name, string Text)[] files) =>
        [.. Read(files).Errors.Select(static e => $"{e.Source}:{e.Line}:{e.Column} {e.Field} {e.Message}")];

    [Fact]
    public void A_file_without_a_header_or_of_no_format_or_missing_a_column_is_refused_at_its_first_line()
    {
        Assert.Equal([
            "empty.csv:1:0  empty file: expected a header row",
            "other.csv:1:1  the header names no submission format: a figures file has 'element' and 'value', a progress file 'plan' and 'task', a difficulties file 'topic' and 'text', a texts file 'section' and 'text'",
            "figures.csv:1:0 period header is missing column 'period'",
            "progress.csv:1:0 status header is missing column 'status'",
            "difficulties.csv:1:0 submitted_at header is missing column 'submitted_at'",
        ], Errors(
            ("empty.csv", string.Empty),
            ("other.csv", "element,text\n1,2\n"),
            ("figures.csv", "unit_code,data_set,submitted_at,element,value\n"),
            ("progress.csv", "unit_code,period,submitted_at,plan,task\n"),
            ("difficulties.csv", "unit_code,period,topic,text\n")));
    }

    [Fact]
    public void A_quoting_error_is_reported_where_the_tokenizer_found_it_in_the_header_or_a_row()
    {
        Assert.Equal([
            "header.csv:1:1  unterminated quoted field",
            "row.csv:2:2  unexpected character after a closing quote",
        ], Errors(
            ("header.csv", "\"unit_code,x\n"),
            ("row.csv", FigureHeader + "VP_UBND,\"P06\"x,2025-09,2025-09-12T16:30,tthc_total,1\n")));
    }

    [Fact]
    public void Files_read_by_path_are_closed_afterwards_and_no_paths_is_refused()
    {
        var path = Path.Combine(Path.GetTempPath(), $"submission-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, FigureHeader + "VP_UBND,P06.MONTHLY,2025-09,2025-09-12T16:30,tthc_total,2156\n");
        try
        {
            Assert.True(SubmissionCsvReader.ReadFiles([path], Desk).Success);

            // Exclusive access fails while the reader still holds the file open (a shared lock on Linux, sharing on Windows).
            using (File.Open(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
            {
            }
        }
        finally
        {
            File.Delete(path);
        }

        Assert.Equal("paths", Assert.Throws<ArgumentNullException>(() => SubmissionCsvReader.ReadFiles(null!, Desk)).ParamName);
    }

    [Fact]
    public void A_row_with_another_field_count_an_empty_unit_or_value_or_an_unknown_plan_is_refused_in_its_column()
    {
        Assert.Equal([
            "figures.csv:2:0  expected 6 fields as in the header, found 5",
            "figures.csv:3:1 unit_code unit_code must not be empty",
            "figures.csv:4:6 value no value for element 'tthc_total'",
            "progress.csv:2:4 plan no data set collects progress on plan '1/KH'",
            "progress.csv:3:7 percent '8.5' is not a whole percentage (80 or 80%)",
        ], Errors(
            ("figures.csv", FigureHeader
                + "VP_UBND,P06.MONTHLY,2025-09,2025-09-12T16:30,tthc_total\n"
                + ",P06.MONTHLY,2025-09,2025-09-12T16:30,tthc_total,1\n"
                + "VP_UBND,P06.MONTHLY,2025-09,2025-09-12T16:30,tthc_total, \n"),
            ("progress.csv", ProgressHeader
                + "SO_KHCN,2025-09,2025-09-12T16:30,1/KH,1,progress,10\n"
                + "SO_KHCN,2025-09,2025-09-12T16:30,3433/KH-UBND,1,progress,8.5\n")));
    }

    [Fact]
    public void Optional_columns_may_be_left_out_blank_lines_are_skipped_and_a_percentage_may_carry_its_sign()
    {
        var read = Read(("progress.csv", ProgressHeader + "\nSO_KHCN,2025-09,2025-09-12T16:30,3433/KH-UBND,1,progress,80 %\n\n"));

        Assert.True(read.Success, string.Join("\n", read.Errors));
        var line = Assert.Single(Assert.Single(read.Value).Submission.Progress);
        Assert.Equal((80, null, null), (line.Percent, line.CompletedOn, line.Comment));
        Assert.True(Read(("bare.csv", "unit_code,period,submitted_at,plan,task,status\nSO_KHCN,2025-09,2025-09-12T16:30,3433/KH-UBND,1,started\n")).Success);
    }

    [Fact]
    public void A_difficulty_joins_the_units_progress_report_before_its_figures_and_one_with_no_report_is_an_orphan()
    {
        const string Sent = "2025-09-12T16:30";
        var read = Read(
            ("figures.csv", FigureHeader + $"VP_UBND,P06.MONTHLY,2025-09,{Sent},tthc_total,2156\n"),
            ("progress.csv", ProgressHeader + $"VP_UBND,2025-09,{Sent},3433/KH-UBND,1,progress,10\n"),
            ("difficulties.csv", $"unit_code,period,submitted_at,topic,text\nVP_UBND,2025-09,{Sent},Kinh phí,Thiếu\n"));

        Assert.True(read.Success, string.Join("\n", read.Errors));
        Assert.Equal(["3433.PROGRESS 1", "P06.MONTHLY 0"], read.Value.Select(static s => $"{s.DataSet.Code} {s.Submission.Difficulties.Count}").Order(StringComparer.Ordinal));
        Assert.Equal(
            ["difficulties.csv:2:1 unit_code no figures or progress of this unit, period and submitted_at for the difficulty to join; send it with the report it belongs to"],
            Errors(("difficulties.csv", $"unit_code,period,submitted_at,topic,text\nVP_UBND,2025-09,{Sent},Kinh phí,Thiếu\n")));
    }

    [Fact]
    public void A_file_sent_as_one_unit_refuses_another_units_row_and_stamps_its_receipt()
    {
        var received = new LocalDateTime(2025, 9, 12, 17, 0);
        const string Own = FigureHeader + "VP_UBND,P06.MONTHLY,2025-09,2025-09-12T16:30,tthc_total,2156\n";
        SubmissionFile File(string text) => new("vp.csv", Encoding.UTF8.GetBytes(text)) { ReceivedAt = received };

        var mixed = Assert.Single(SubmissionCsvReader.ReadEach([File(Own + "CA_TINH,P06.MONTHLY,2025-09,2025-09-12T16:30,id_cards_issued,1\n")], Desk));
        var alone = Assert.Single(SubmissionCsvReader.ReadEach([File(Own)], Desk));

        Assert.Equal(1, mixed.ErrorCount);
        Assert.Equal((3, "unit_code"), (mixed.Errors[0].Line, mixed.Errors[0].Field));
        Assert.StartsWith("a row of unit 'CA_TINH' in a file sent as unit 'VP_UBND'", mixed.Errors[0].Message, StringComparison.Ordinal);
        Assert.True(alone.ErrorCount == 0, string.Join("\n", alone.Errors));
        Assert.Equal(received, Assert.Single(alone.Accepted).Submission.ReceivedAt);
    }
}
