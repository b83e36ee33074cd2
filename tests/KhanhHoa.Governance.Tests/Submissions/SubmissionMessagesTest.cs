using KhanhHoa.Governance.Submissions;

namespace KhanhHoa.Governance.Tests.Submissions;

// The English messages count in the plural and take the singular for one; the Vietnamese ones do not change.
public sealed class SubmissionMessagesTest
{
    [Theory]
    [InlineData("status.late", new object[] { "SO_TP", "18/09 09:45", 1 }, "  late     SO_TP sent 18/09 09:45, 1 working day late")]
    [InlineData("status.late", new object[] { "SO_TP", "18/09 09:45", 11 }, "  late     SO_TP sent 18/09 09:45, 11 working days late")]
    [InlineData("status.late", new object[] { "SO_TP", "18/09 09:45", 21 }, "  late     SO_TP sent 18/09 09:45, 21 working days late")]
    [InlineData("status.figure", new object[] { "tthc_total", "2156", 1 }, "  figure   tthc_total 2156 (1 unit)")]
    [InlineData("check.submission", new object[] { "CA_TINH", "P06.MONTHLY", "2025-09", "2025-09-11 16:00", "", 1, 1, 1, 1 }, "  CA_TINH P06.MONTHLY 2025-09 sent 2025-09-11 16:00: 1 figure, 1 task, 1 difficulty, 1 finding")]
    [InlineData("check.submission", new object[] { "CA_TINH", "P06.MONTHLY", "2025-09", "2025-09-11 16:00", "", 62, 0, 2, 3 }, "  CA_TINH P06.MONTHLY 2025-09 sent 2025-09-11 16:00: 62 figures, 0 tasks, 2 difficulties, 3 findings")]
    [InlineData("intake.rejected", new object[] { 1, 1, 0 }, "1 of 1 file rejected; 0 counted.")]
    [InlineData("intake.more", new object[] { 1 }, "    and 1 more error")]
    public void A_count_of_one_takes_the_singular_in_English(string key, object[] args, string expected) =>
        Assert.Equal(expected, SubmissionMessages.Format(MessageLanguage.English, key, args));

    [Fact]
    public void Vietnamese_is_left_as_the_template_writes_it() =>
        Assert.Equal("  gửi muộn SO_TP lúc 18/09 09:45, muộn 1 ngày làm việc", SubmissionMessages.Format(MessageLanguage.Vietnamese, "status.late", "SO_TP", "18/09 09:45", 1));
}
