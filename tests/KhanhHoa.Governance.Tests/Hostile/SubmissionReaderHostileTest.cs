using System.Text;
using KhanhHoa.Governance.Submissions;
using KhanhHoa.Governance.Tests.Submissions;

namespace KhanhHoa.Governance.Tests.Hostile;

// The submission readers, fed valid files damaged one to three ways: the accepted submissions, or located errors, never
// an exception and never half a result.
[Trait("Category", HostileInput.Category)]
public sealed class SubmissionReaderHostileTest
{
    private static byte[] Json()
    {
        var output = new MemoryStream();
        SubmissionJson.Write(output, SubmissionFixture.Report87());
        return output.ToArray();
    }

    private static byte[] Csv(Action<Stream, IEnumerable<Submission>> write)
    {
        var output = new MemoryStream();
        var progress = new Submission
        {
            UnitCode = "SO_KHCN",
            DataSetCode = SubmissionFixture.Plan3433.Code,
            Period = SubmissionFixture.Period(SubmissionFixture.Plan3433),
            SubmittedAt = new NodaTime.LocalDateTime(2025, 9, 12, 9, 30),
            Progress = [new TaskProgress { PlanId = "3433/KH-UBND", TaskId = "4", Status = KhanhHoa.Governance.Tasks.ProgressUpdateKind.Progress, Percent = 40, Comment = "Đang triển khai, \"đúng tiến độ\"" }],
            Difficulties = [new Difficulty("Kinh phí", "Chưa bố trí kinh phí", "SO_TC")],
        };
        write(output, [SubmissionFixture.Report87(), progress]);
        return output.ToArray();
    }

    [Fact]
    public void Json_reader() =>
        HostileInput.Check([Json()], static bytes => SubmissionJson.Read(bytes, SubmissionFixture.Desk), static r => WellFormed(r, json: true));

    [Fact]
    public void Csv_reader() =>
        HostileInput.Check(
            [Csv(SubmissionCsvWriter.WriteFigures), Csv(SubmissionCsvWriter.WriteProgress), Csv(SubmissionCsvWriter.WriteDifficulties)],
            static bytes => SubmissionCsvReader.Read([("damaged.csv", new MemoryStream(bytes)), ("progress.csv", new MemoryStream(Csv(SubmissionCsvWriter.WriteProgress)))], SubmissionFixture.Desk),
            static r => WellFormed(r, json: false));

    private static string? WellFormed<T>(InputResult<T> result, bool json) =>
        result.Match(
            static value => value is null ? "neither a value nor errors" : null,
            errors => errors.Count == 0
                ? "an empty list of errors"
                : errors.FirstOrDefault(e => e.Line < 1 || (json ? string.IsNullOrWhiteSpace(e.JsonPath) : e.Source is null) || string.IsNullOrWhiteSpace(e.Message)) is { } bad
                    ? $"an error without a place or a message: {bad}"
                    : null);
}
