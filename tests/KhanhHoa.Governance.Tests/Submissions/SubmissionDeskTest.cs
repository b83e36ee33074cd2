using KhanhHoa.Governance.Indicators;
using KhanhHoa.Governance.Primitives;
using KhanhHoa.Governance.Submissions;
using KhanhHoa.Governance.Tasks;
using NodaTime;
using static KhanhHoa.Governance.Tests.Submissions.SubmissionFixture;

namespace KhanhHoa.Governance.Tests.Submissions;

public sealed class SubmissionDeskTest
{
    [Fact]
    public void Report_87_submitted_as_one_submission_is_accepted_and_raises_its_own_contradictions()
    {
        var result = Desk.Check(Report87());
        Assert.True(result.Success, string.Join("\n", result.Errors));
        var expected = Embedded.ReportFigures.Check().Violations.Select(static v => v.Rule.Id).ToList();
        Assert.Equal(12, expected.Count);
        Assert.Equal(expected, result.Value.Findings.Select(static f => f.Rule.Id));
    }

    [Fact]
    public void A_blocking_rule_rejects_the_submission()
    {
        var blocking = P06 with { Rules = [.. P06.Rules.Select(static r => r with { Blocking = r.Rule.Id == "R87.TTHC.SERVICE" })] };
        var catalog = new DataSetCatalog([blocking], Embedded.DataSets.Collectives);
        var result = new SubmissionDesk(catalog, Embedded.OrgUnits, Embedded.Plans) { Language = MessageLanguage.English }.Check(Report87());
        var error = Assert.Single(result.Errors);
        Assert.StartsWith("blocking rule R87.TTHC.SERVICE", error.Message, StringComparison.Ordinal);
        Assert.Equal("data_set", error.Field);
    }

    [Fact]
    public void Targets_whose_indicator_is_made_of_data_elements_are_evaluated_from_the_submitted_figures()
    {
        var submitted = Desk.Check(Report87()).Value;
        var tree = Embedded.OrgUnits.AsOf(submitted.Submission.Period.End);
        var totals = SubmissionAggregation.Aggregate(P06, [submitted], tree, "KHANH_HOA");
        var evaluations = SubmittedIndicators.Evaluate(Embedded.Indicators, totals, submitted.Submission.Period.End);
        var pension = Assert.Single(evaluations, static e => e.Target.Id == "3433.27.3.pension");
        // 37.171 / 48.727 = 76,28 % against 80 % by the end of 2025; one monthly value is too few to project.
        Assert.Equal(76.28m, decimal.Round(pension.Value!.Value, 2));
        Assert.Equal(80m, pension.Threshold);
        Assert.Equal(TargetStatus.NotYetDue, pension.Status);
    }

    [Theory]
    [InlineData("CA_TINH", "2025-09", "ghost", "1", "element", "unknown element 'ghost'")]
    [InlineData("CA_TINH", "2025-09", "tthc_total", "-1", "value", "tthc_total: '-1' is below the minimum 0")]
    [InlineData("CA_TINH", "2025-09", "tthc_total", "1,5", "value", "tthc_total: '1,5' is not a whole number")]
    [InlineData("XA_CAM_HAI", "2025-09", "tthc_total", "1", "unit_code", "unknown unit 'XA_CAM_HAI'")]
    [InlineData("SO_TP", "2025-09", "tthc_total", "1", "unit_code", "unit 'SO_TP' does not report data set P06.MONTHLY")]
    [InlineData("CA_TINH", "2025-Q3", "tthc_total", "1", "period", "period 2025-Q3 (cut-off 15) is not one of data set P06.MONTHLY's")]
    public void Bad_figures_are_refused_naming_the_field(string unit, string period, string element, string value, string field, string message)
    {
        var submission = Report87() with
        {
            UnitCode = unit,
            Period = KhanhHoa.Governance.Calendar.ReportingPeriod.Parse(period, P06.Cutoff).AsT0,
            Figures = [new FigureValue(element, value)],
        };
        var error = Assert.Single(Desk.Check(submission).Errors);
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
        Assert.EndsWith(field, error.Field, StringComparison.Ordinal);
    }

    [Fact]
    public void Progress_needs_its_fields_and_dates_in_the_period()
    {
        var period = Period(Plan3433);
        TaskProgress Task(string id, ProgressUpdateKind status) => new() { PlanId = "3433/KH-UBND", TaskId = id, Status = status };
        var submission = new Submission
        {
            UnitCode = "SO_KHCN",
            DataSetCode = Plan3433.Code,
            Period = period,
            SubmittedAt = new LocalDateTime(2025, 9, 12, 9, 0),
            Progress =
            [
                Task("4", ProgressUpdateKind.Completed),
                Task("8", ProgressUpdateKind.Extended) with { NewDueDate = new LocalDate(2025, 12, 31) },
                Task("11", ProgressUpdateKind.Progress) with { Percent = 120 },
                Task("12", ProgressUpdateKind.Completed) with { CompletedOn = new LocalDate(2025, 9, 13) },
                Task("63", ProgressUpdateKind.Progress),
            ],
        };
        var errors = Desk.Check(submission).Errors.Select(static e => $"{e.Field}: {e.Message}").ToList();
        Assert.Contains("progress[0].completed_on: a completed task needs completed_on", errors);
        Assert.Contains("progress[1].decision: an extension needs the number of the document that granted it", errors);
        Assert.Contains("progress[2].percent: a percentage must be between 0 and 100, not 120", errors);
        Assert.Contains(errors, static e => e.StartsWith("progress[3].completed_on: completed_on 2025-09-13 is outside period 2025-09", StringComparison.Ordinal));
        Assert.Contains("progress[4].task: task 63 of plan 3433/KH-UBND is a group heading; report on its sub-tasks", errors);
    }

    [Fact]
    public void A_resubmission_replaces_the_earlier_one_and_the_history_is_kept()
    {
        var first = Desk.Check(Report87()).Value;
        var corrected = Desk.Check(Report87() with { SubmittedAt = new LocalDateTime(2025, 9, 16, 8, 0), Figures = [new FigureValue("tthc_total", "2156")] }).Value;
        var register = SubmissionRegister.Empty.Add([corrected, first]);
        Assert.Same(corrected, Assert.Single(register.Current));
        Assert.Equal([first, corrected], register.History("CA_TINH", P06.Code, Period(P06)));
    }
}
