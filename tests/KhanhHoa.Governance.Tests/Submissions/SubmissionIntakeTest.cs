using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KhanhHoa.Governance.Submissions;
using NodaTime;
using static KhanhHoa.Governance.Tests.Submissions.SubmissionFixture;

namespace KhanhHoa.Governance.Tests.Submissions;

public sealed class SubmissionIntakeTest
{
    // Bad files of every kind: a value that is not a number, a header of no format, a row of another unit; their periods
    // (2025-08) keep them out of the good files' submissions, so only their being bad is tested.
    private static readonly string[] BadFiles =
    [
        "unit_code,data_set,period,submitted_at,element,value,comment\nCA_TINH,P06.MONTHLY,2025-08,2025-08-20T10:00,tthc_total,abc,\n",
        "hello,world\n1,2\n",
        "unit_code,period,submitted_at,topic,text,addressed_to\nSO_YT,2025-08,2025-08-20T10:00,Kinh phí,Thiếu,\nSO_TP,2025-08,2025-08-20T10:00,Kinh phí,Thiếu,\n",
    ];

    private static SubmissionFile File(string name, string content) => new(name, Encoding.UTF8.GetBytes(content));

    private static string Csv(Action<Stream, IEnumerable<Submission>> write, Submission submission)
    {
        using var output = new MemoryStream();
        write(output, [submission]);
        return Encoding.UTF8.GetString(output.ToArray());
    }

    // Each unit's report as the unit would send it: its figures or progress in one file, its difficulties in another, its
    // texts per section in a third.
    private static List<SubmissionFile> Files(IEnumerable<Submission> submissions) =>
    [
        .. submissions.SelectMany(s => new[]
        {
            File($"{s.UnitCode}-{(s.Figures.Count > 0 ? "figures" : "progress")}.csv", Csv(s.Figures.Count > 0 ? SubmissionCsvWriter.WriteFigures : SubmissionCsvWriter.WriteProgress, s)),
            File($"{s.UnitCode}-difficulties.csv", Csv(SubmissionCsvWriter.WriteDifficulties, s)),
            File($"{s.UnitCode}-texts.csv", Csv(SubmissionCsvWriter.WriteTexts, s)),
        }),
    ];

    private static Dictionary<string, SubmissionFileOutcome> ByName(IEnumerable<SubmissionFileOutcome> outcomes) => outcomes.ToDictionary(static o => o.Name);

    // A bad file of a unit that also sent good ones, joining their report: its own good rows (the report's first figure
    // again) would clash with the good file's, its bad row does not read.
    private static string Joining(Submission good) =>
        "unit_code,data_set,period,submitted_at,element,value,comment\n"
        + $"{good.UnitCode},{good.DataSetCode},{good.Period.Id},{SubmissionFields.FormatSubmittedAt(good.SubmittedAt)},{good.Figures[0].Element},1,\n"
        + $"{good.UnitCode},{good.DataSetCode},{good.Period.Id},{SubmissionFields.FormatSubmittedAt(good.SubmittedAt)},{good.Figures[0].Element},không rõ,\n";

    [Property(MaxTest = 60)]
    public Property Adding_a_bad_file_never_changes_what_the_good_ones_bring() =>
        Prop.ForAll(SubmissionFixture.Submissions.ToArbitrary(), Gen.Choose(0, BadFiles.Length).ToArbitrary(), Gen.Choose(0, 1000).ToArbitrary(), (submissions, kind, at) =>
        {
            var good = Files(submissions);
            var alone = ByName(SubmissionCsvReader.ReadEach(good, Desk));
            var bad = kind < BadFiles.Length ? BadFiles[kind] : submissions.FirstOrDefault(static s => s.Figures.Count > 0) is { } figures ? Joining(figures) : BadFiles[0];
            var with = good.ToList();
            with.Insert(at % (with.Count + 1), File("bad.csv", bad));
            var together = ByName(SubmissionCsvReader.ReadEach(with, Desk));
            Assert.True(together["bad.csv"].Rejected);
            Assert.Equal(good.Count + 1, together.Count);
            foreach (var file in good)
            {
                Assert.False(alone[file.Name].Rejected, string.Join("\n", alone[file.Name].Errors));
                Assert.Equal(alone[file.Name].Accepted.Select(static s => s.Submission), together[file.Name].Accepted.Select(static s => s.Submission), SameSubmission.Instance);
            }

            AssertSame(submissions, alone.Values.SelectMany(static o => o.Accepted).Select(static s => s.Submission), withSender: false);
        });

    [Fact]
    public void A_rejected_file_lists_all_its_errors_and_takes_the_rows_it_joined_out_with_it()
    {
        var figures = "unit_code,data_set,period,submitted_at,element,value,comment\nVP_UBND,P06.MONTHLY,2025-09,2025-09-12T16:30,tthc_total,2156,\n";
        var difficulties = "unit_code,period,submitted_at,topic,text,addressed_to\nVP_UBND,2025-09,2025-09-12T16:30,Kinh phí,Thiếu kinh phí,\n";
        // Its good row would join the report of f.csv; the file is rejected whole, so the report is f.csv's alone.
        var bad = "unit_code,data_set,period,submitted_at,element,value,comment\nVP_UBND,P06.MONTHLY,2025-09,2025-09-12T16:30,tthc_province,x,\n"
            + "VP_UBND,P06.MONTHLY,2025-09,2025-09-12T16:30,tthc_commune,376,\nSO_YT,P06.MONTHLY,2025-09,2025-09-12T16:30,tthc_total,1,\n";
        var outcomes = ByName(SubmissionCsvReader.ReadEach([File("f.csv", figures), File("d.csv", difficulties), File("bad.csv", bad)], Desk));
        Assert.Equal(2, outcomes["bad.csv"].ErrorCount);
        Assert.Equal([(2, "value"), (4, "unit_code")], outcomes["bad.csv"].Errors.Select(static e => (e.Line, e.Field)));
        var accepted = Assert.Single(outcomes["f.csv"].Accepted);
        Assert.Equal(["tthc_total"], accepted.Submission.Figures.Select(static f => f.Element));
        Assert.Single(accepted.Submission.Difficulties);
        Assert.Empty(outcomes["d.csv"].Accepted);
        Assert.False(outcomes["d.csv"].Rejected);
    }

    [Fact]
    public void A_row_of_another_unit_is_an_error_naming_both_units()
    {
        var csv = "unit_code,data_set,period,submitted_at,element,value,comment\nSO_YT,P06.MONTHLY,2025-09,2025-09-12T16:30,tthc_total,1,\nVP_UBND,P06.MONTHLY,2025-09,2025-09-12T16:30,tthc_total,2156,\n";
        var outcome = Assert.Single(SubmissionCsvReader.ReadEach([File("f.csv", csv) with { SentAs = "VP_UBND" }], Desk));
        var error = Assert.Single(outcome.Errors);
        Assert.Equal((2, "unit_code"), (error.Line, error.Field));
        Assert.Contains("'SO_YT'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'VP_UBND'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_desk_stamps_the_receipt_keeps_the_declared_time_and_refuses_one_in_the_future()
    {
        var received = new LocalDateTime(2025, 9, 12, 16, 0);
        var desk = Desk.Receiving(received, "CA_TINH");
        var onTime = desk.Check(Report87() with { SubmittedAt = received.PlusMinutes(15) });
        Assert.True(onTime.Success);
        Assert.Equal((received, received.PlusMinutes(15)), (onTime.Value.Submission.ReceivedAt, onTime.Value.Submission.SubmittedAt));
        var future = desk.Check(Report87() with { SubmittedAt = new LocalDateTime(2027, 3, 1, 8, 0) });
        Assert.Equal("submitted_at", Assert.Single(future.Errors).Field);
        Assert.Contains("2027-03-01T08:00", future.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_of_another_unit_than_the_file_was_sent_as_is_refused()
    {
        var refused = Desk.Receiving(null, "SO_YT").Check(Report87());
        var error = Assert.Single(refused.Errors);
        Assert.Equal("unit_code", error.Field);
        Assert.Contains("'CA_TINH'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'SO_YT'", error.Message, StringComparison.Ordinal);
    }

    private sealed class SameSubmission : IEqualityComparer<Submission>
    {
        public static readonly SameSubmission Instance = new();

        public bool Equals(Submission? x, Submission? y) => x is not null && x.SameAs(y);

        public int GetHashCode(Submission obj) => obj.UnitCode.GetHashCode(StringComparison.Ordinal);
    }
}
