using KhanhHoa.Governance.Directives;
using KhanhHoa.Governance.Primitives;
using KhanhHoa.Governance.Submissions;
using KhanhHoa.Governance.Tasks;
using NodaTime;
using static KhanhHoa.Governance.Tests.Submissions.SubmissionFixture;

namespace KhanhHoa.Governance.Tests.Submissions;

// Each refusal of the desk once, with its field and message, and the accepted values at each boundary (the period's
// first day, a percentage of 0 and 100, completed on the day sent, the clock tolerance): where the desk's other tests
// check a few refusals by Contains, Stryker's mutants of the rest went unnoticed.
public sealed class SubmissionDeskRulesTest
{
    private static List<string> Errors(Submission submission, SubmissionDesk? desk = null) =>
        [.. (desk ?? Desk).Check(submission).Errors.Select(static e => $"{e.Field}: {e.Message}")];

    [Fact]
    public void The_header_is_refused_for_an_unknown_data_set_a_unit_gone_by_the_period_end_or_a_sending_before_the_period()
    {
        var period = Period(P06);

        Assert.Equal(["data_set: unknown data set 'NOPE'"], Errors(Report87("VP_UBND") with { DataSetCode = "NOPE" }));
        Assert.Equal(
            ["unit_code: unit 'old.tp-nha-trang' does not exist on 2025-09-15, the last day of period 2025-09"],
            Errors(Report87("VP_UBND") with { UnitCode = "old.tp-nha-trang" }));
        Assert.Equal(
            ["submitted_at: sent 2025-08-15T23:59, before period 2025-09 began (2025-08-16)"],
            Errors(Report87("VP_UBND") with { SubmittedAt = period.Start.PlusDays(-1).At(new LocalTime(23, 59)) }));
        Assert.Empty(Errors(Report87("VP_UBND") with { SubmittedAt = period.Start.AtMidnight() }));
    }

    [Fact]
    public void A_data_set_in_force_from_a_day_takes_no_report_of_a_period_ending_before_it()
    {
        var dataSet = Embedded.DataSets.Find("954.PROGRESS")!;
        var unit = Desk.ExpectedReporters(dataSet, Period(dataSet, "2025-12"))[0];
        Submission Report(string period) => new() { UnitCode = unit, DataSetCode = dataSet.Code, Period = Period(dataSet, period), SubmittedAt = Period(dataSet, period).End.At(new LocalTime(8, 0)) };

        Assert.Equal(["period: data set 954.PROGRESS applies from 2025-11-11; period 2025-10 ends before"], Errors(Report("2025-10")));
        Assert.Empty(Desk.ExpectedReporters(dataSet, Period(dataSet, "2025-10")));
        Assert.Empty(Errors(Report("2025-12")));
    }

    [Fact]
    public void A_figure_given_twice_and_a_difficulty_without_text_or_topic_are_refused_where_they_stand()
    {
        Assert.Equal(
            ["figures[1].element: element 'tthc_total' is given twice"],
            Errors(Report87("VP_UBND") with { Figures = [new FigureValue("tthc_total", "1"), new FigureValue("tthc_total", "2")] }));
        Assert.Equal(
            ["difficulties[1].text: a difficulty needs its text", "difficulties[1].topic: a difficulty needs a topic"],
            Errors(Report87("VP_UBND") with { Difficulties = [new Difficulty("Nhân lực", "Thiếu cán bộ", null), new Difficulty(" ", "", null)] }));
    }

    [Fact]
    public void A_figure_owned_by_kinds_of_unit_names_them_and_a_Vietnamese_desk_writes_days_day_first()
    {
        var figure = Report87("CA_TINH") with { SubmittedAt = new LocalDateTime(2025, 8, 15, 23, 59), Figures = [new FigureValue("social_assistance_total", "1")] };
        var vietnamese = new SubmissionDesk(Embedded.DataSets, Embedded.OrgUnits, Embedded.Plans);

        Assert.Equal(
            [
                "submitted_at: sent 2025-08-15T23:59, before period 2025-09 began (2025-08-16)",
                "figures[0].element: element 'social_assistance_total' is not reported by unit 'CA_TINH'; its owners are every Commune, every Ward, every SpecialZone",
            ],
            Errors(figure));
        Assert.Equal(
            [
                "submitted_at: thời điểm gửi 15/08/2025 23:59 trước khi kỳ 2025-09 bắt đầu (16/08/2025)",
                "figures[0].element: chỉ tiêu 'social_assistance_total' không do đơn vị 'CA_TINH' báo cáo; đơn vị báo cáo chỉ tiêu này: mọi đơn vị loại Commune, mọi đơn vị loại Ward, mọi đơn vị loại SpecialZone",
            ],
            Errors(figure, vietnamese));
    }

    [Fact]
    public void A_desk_without_its_data_sets_units_or_plans_is_refused_by_name()
    {
        Assert.Equal("dataSets", Assert.Throws<ArgumentNullException>(() => new SubmissionDesk(null!, Embedded.OrgUnits, Embedded.Plans)).ParamName);
        Assert.Equal("units", Assert.Throws<ArgumentNullException>(() => new SubmissionDesk(Embedded.DataSets, null!, Embedded.Plans)).ParamName);
        Assert.Equal("plans", Assert.Throws<ArgumentNullException>(() => new SubmissionDesk(Embedded.DataSets, Embedded.OrgUnits, null!)).ParamName);
        Assert.Equal("submission", Assert.Throws<ArgumentNullException>(() => Desk.Check(null!)).ParamName);
        Assert.Equal("dataSet", Assert.Throws<ArgumentNullException>(() => Desk.ExpectedReporters(null!, Period(P06))).ParamName);
    }

    [Fact]
    public void A_sending_time_within_the_clock_tolerance_of_the_receipt_is_kept_and_one_beyond_is_refused()
    {
        var received = new LocalDateTime(2025, 9, 12, 16, 0);
        var desk = Desk.Receiving(received, null);

        Assert.Empty(Errors(Report87("VP_UBND") with { SubmittedAt = received.PlusMinutes(15) }, desk));
        Assert.Equal(
            ["submitted_at: declared sent 2025-09-12T16:16, after it was received (2025-09-12T16:00): a time of sending cannot be in the future"],
            Errors(Report87("VP_UBND") with { SubmittedAt = received.PlusMinutes(16) }, desk));
        var strict = new SubmissionDesk(Embedded.DataSets, Embedded.OrgUnits, Embedded.Plans) { Language = MessageLanguage.English, ClockTolerance = Duration.FromMinutes(5) };
        Assert.Single(Errors(Report87("VP_UBND") with { SubmittedAt = received.PlusMinutes(6) }, strict.Receiving(received, null)));
    }

    [Fact]
    public void Each_progress_line_is_checked_against_the_plan_the_assignment_and_the_period()
    {
        var period = Period(Plan3433);
        var decision = DocumentNumber.Parse("5/QĐ-UBND").AsT0;
        TaskProgress Line(string plan, string task, ProgressUpdateKind status = ProgressUpdateKind.Progress) => new() { PlanId = plan, TaskId = task, Status = status };
        var submission = new Submission
        {
            UnitCode = "SO_KHCN",
            DataSetCode = Plan3433.Code,
            Period = period,
            SubmittedAt = new LocalDateTime(2025, 9, 12, 9, 0),
            Progress =
            [
                Line("X/KH", "1"),
                Line("954/QĐ-UBND", "1"),
                Line("3433/KH-UBND", "9999"),
                Line("3433/KH-UBND", "11") with { Percent = 0 },
                Line("3433/KH-UBND", "11") with { Percent = 100 },
                Line("3433/KH-UBND", "12") with { Percent = -1 },
                Line("3433/KH-UBND", "8", ProgressUpdateKind.Extended) with { Decision = decision },
                Line("3433/KH-UBND", "4", ProgressUpdateKind.Extended) with { NewDueDate = period.Start.PlusDays(-1), Decision = decision },
                Line("3433/KH-UBND", "2", ProgressUpdateKind.Completed) with { CompletedOn = new LocalDate(2025, 9, 12) },
                Line("3433/KH-UBND", "1", ProgressUpdateKind.Completed) with { CompletedOn = period.Start },
                Line("3433/KH-UBND", "3", ProgressUpdateKind.Extended) with { NewDueDate = period.Start, Decision = decision },
                Line("3433/KH-UBND", "7"),
            ],
        };

        Assert.Equal(
            [
                "progress[0].plan: unknown plan 'X/KH'",
                "progress[1].plan: data set 3433.PROGRESS does not collect progress on plan 954/QĐ-UBND",
                "progress[2].task: plan 3433/KH-UBND has no task '9999'",
                "progress[4].task: task 11 of plan 3433/KH-UBND is reported twice",
                "progress[5].percent: a percentage must be between 0 and 100, not -1",
                "progress[6].new_due_date: an extension needs new_due_date",
                "progress[7].new_due_date: new_due_date 2025-08-14 is before period 2025-09 began (2025-08-15)",
                "progress[11].task: task 7 of plan 3433/KH-UBND is not assigned to unit 'SO_KHCN' (neither lead nor coordinating)",
            ],
            Errors(submission));
    }

    // A unit's figure reads like a printed one to the consistency rules: its own decimals, the percent sign of a rate.
    [Fact]
    public void A_units_figure_is_printed_with_the_decimals_it_was_sent_with_and_a_rates_percent_sign()
    {
        Assert.Equal("83,10%", SubmissionDesk.Printed(83.10m, percent: true).Text);
        Assert.Equal("1.234", SubmissionDesk.Printed(1234m, percent: false).Text);
    }
}
