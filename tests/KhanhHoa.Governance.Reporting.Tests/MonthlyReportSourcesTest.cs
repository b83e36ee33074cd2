using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KhanhHoa.Governance.Calendar;
using KhanhHoa.Governance.Data;
using KhanhHoa.Governance.Submissions;

namespace KhanhHoa.Governance.Reporting.Tests;

/// <summary><see cref="MonthlyReportSources.Of"/>: what both hosts compose their report from.</summary>
public sealed class MonthlyReportSourcesTest
{
    private static readonly GovernanceData Data = GovernanceData.Default;
    private static readonly SubmissionDesk Desk = new(Data.DataSets, Data.OrgUnits, Data.Plans);
    private static readonly ReportingPeriod September = ReportingPeriod.Month(2025, 9, CutoffRule.Administrative);
    private static readonly DataSet Progress = Data.DataSets.Find("BCD.PROGRESS")!;
    private static readonly IReadOnlyList<string> Expected = Desk.ExpectedReporters(Progress, Progress.ParsePeriod("2025-09").AsT0);

    private static readonly ReportLetterhead Letterhead = new()
    {
        ParentBody = "UBND TỈNH KHÁNH HÒA",
        IssuingBody = "BAN CHỈ ĐẠO TỈNH KHÁNH HÒA",
        Symbol = "BC-BCĐ",
        Place = "Khánh Hòa",
        Subject = "Báo cáo {period}",
        Closing = "Kết thúc./.",
    };

    private static MonthlyReportSources Of(IReadOnlyList<SubmittedReport>? submitted) =>
        MonthlyReportSources.Of(September, [], "KH", Data, Desk, Letterhead, BusinessCalendar.CivilService, submitted);

    [Fact]
    public void Without_submissions_every_report_due_is_missing_and_no_task_has_progress()
    {
        var sources = Of(null);

        Assert.NotEmpty(sources.ReportingRates);
        Assert.All(sources.ReportingRates, rate => Assert.Equal(rate.Expected, rate.Missing));
        Assert.Empty(sources.Progress);
        Assert.Empty(sources.Submissions);
        Assert.Equal(Provenance.Computed, sources.TaskProvenance);
        Assert.True(sources.Header.IsDraft);
        Assert.Equal("Báo cáo tháng 9/2025", sources.Header.Subject);
        Assert.Equal(ReportLetterhead.UnconfiguredSignature, sources.Signature);
        Assert.Equal(September.End, sources.AsOf);
        Assert.Same(Data.Indicators, sources.Catalog);
    }

    // A report is issued on a working day: a period ending on a Sunday (14/12/2025) or in a holiday is issued on the
    // first working day after it, as the core's calendar says.
    [Fact]
    public void The_issue_date_is_the_first_working_day_on_or_after_the_period_s_end()
    {
        var calendar = BusinessCalendar.CivilService;
        foreach (var period in ReportingPeriod.InYear(2025, ReportingPeriodKind.Month, CutoffRule.Administrative).Concat(ReportingPeriod.InYear(2026, ReportingPeriodKind.Month, CutoffRule.Administrative)))
        {
            var issued = MonthlyReportSources.Of(period, [], "KH", Data, Desk, Letterhead, calendar, null).Header.IssueDate;
            Assert.True(calendar.IsWorkingDay(issued), $"{period.Id}: {issued}");
            Assert.InRange(issued, period.End, period.End.PlusDays(10));
            Assert.All(Enumerable.Range(0, Period.Between(period.End, issued, PeriodUnits.Days).Days).Select(period.End.PlusDays), day => Assert.False(calendar.IsWorkingDay(day)));
        }

        Assert.Equal(new LocalDate(2025, 12, 15), MonthlyReportSources.Of(ReportingPeriod.Month(2025, 12, CutoffRule.Administrative), [], "KH", Data, Desk, Letterhead, calendar, null).Header.IssueDate);
    }

    [Property(MaxTest = 40)]
    public Property The_last_version_of_each_unit_counts_and_the_rates_count_who_sent() =>
        Prop.ForAll(Gen.ListOf(Gen.Choose(1, 2), Expected.Count).ToArbitrary(), Gen.Choose(0, 1 << 20).ToArbitrary(), (versionsOf, seed) =>
        {
            var random = new Random(seed);
            var senders = Expected.Where(_ => random.Next(3) == 0).ToList();
            var submitted = senders.SelectMany((unit, i) => Enumerable.Range(1, versionsOf[i]).Select(version => Sent(unit, version))).ToList();
            var sources = Of(submitted);
            var rate = sources.ReportingRates.Single(r => r.DataSet.Code == Progress.Code);

            Assert.Equal(senders, sources.Submissions.Select(s => s.Submission.Submission.UnitCode).Order(StringComparer.Ordinal));
            Assert.All(sources.Submissions, kept => Assert.Equal(submitted.Where(s => s.Submission.Submission.UnitCode == kept.Submission.Submission.UnitCode).Max(s => s.Submission.Submission.SubmittedAt), kept.Submission.Submission.SubmittedAt));
            Assert.Equal(senders, rate.Submitted.Select(s => s.Unit).Order(StringComparer.Ordinal));
            Assert.Equal(Expected.Except(senders), rate.Missing);
            Assert.Equal(Provenance.Reported, sources.TaskProvenance);
            Assert.Null(sources.ReportFigures);
            Assert.Same(Data.ReportFigures, sources.SubmissionLayout);
            Assert.Equal(Data.Plans.Select(static p => p.Id).Order(StringComparer.Ordinal), sources.Progress.Keys.Order(StringComparer.Ordinal));
        });

    // A unit's version-th sending of its progress report, received a day after the last.
    private static SubmittedReport Sent(string unit, int version)
    {
        var at = new LocalDateTime(2025, 9, 10, 8, 0).PlusDays(version);
        var submission = new Submission
        {
            UnitCode = unit,
            DataSetCode = Progress.Code,
            Period = Progress.ParsePeriod("2025-09").AsT0,
            SubmittedAt = at,
            ReceivedAt = at,
        };
        return new SubmittedReport(Desk.Check(submission).GetValueOrThrow(), Provenance.Reported);
    }
}
