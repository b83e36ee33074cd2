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
    public void Report_87_sent_by_its_owners_is_accepted_and_each_owner_raises_the_contradictions_within_its_own_figures()
    {
        var results = Report87Owners.Select(unit => Desk.Check(Report87(unit))).ToList();
        Assert.All(results, static r => Assert.True(r.Success, string.Join("\n", r.Errors)));
        Assert.Contains("THUE_KV13", Report87Owners);
        Assert.Contains("BHXH_KV24", Report87Owners);
        var owned = results.Select(static r => r.Value.Numbers.Keys.ToHashSet(StringComparer.Ordinal)).ToList();
        var violations = Embedded.ReportFigures.Check().Violations.ToList();
        Assert.Equal(12, violations.Count);
        // A rule over one owner's figures is checked at its door; one across owners only in the compiled report.
        var expected = violations.Where(v => owned.Any(o => v.Figures.Where(static f => f.Figure is not null).All(f => o.Contains(f.Name)))).Select(static v => v.Rule.Id).Order(StringComparer.Ordinal);
        Assert.Equal(expected, results.SelectMany(static r => r.Value.Findings).Select(static f => f.Rule.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_unit_may_send_only_the_figures_it_owns()
    {
        var foreign = Report87("CA_TINH") with { Figures = [new FigureValue("tthc_total", "2156"), new FigureValue("id_cards_issued", "2000680")] };
        var error = Assert.Single(Desk.Check(foreign).Errors);
        Assert.Equal("element 'tthc_total' is not reported by unit 'CA_TINH'; its owners are VP_UBND", error.Message);
        var commune = Embedded.OrgUnits.AsOf(Period(P06).End).Units.First(static u => u.Kind == KhanhHoa.Governance.Organization.OrgUnitKind.Commune);
        var part = Report87("CA_TINH") with { UnitCode = commune.Code, Figures = [new FigureValue("social_assistance_cashless", "120"), new FigureValue("social_assistance_total", "150")] };
        Assert.True(Desk.Check(part).Success);
        Assert.Equal(["gift_paid_billion", "gift_social_account_billion", "social_assistance_cashless", "social_assistance_total", "social_assistance_cashless_rate"], P06.ElementsOf(commune.Code, commune.Kind).Select(static e => e.Code));
    }

    [Fact]
    public void A_blocking_rule_rejects_the_submission()
    {
        var blocking = P06 with { Rules = [.. P06.Rules.Select(static r => r with { Blocking = r.Rule.Id == "R87.TTHC.SERVICE" })] };
        var catalog = new DataSetCatalog([blocking], Embedded.DataSets.Collectives);
        var result = new SubmissionDesk(catalog, Embedded.OrgUnits, Embedded.Plans) { Language = MessageLanguage.English }.Check(Report87("VP_UBND"));
        var error = Assert.Single(result.Errors);
        Assert.StartsWith("blocking rule R87.TTHC.SERVICE", error.Message, StringComparison.Ordinal);
        Assert.Equal("data_set", error.Field);
    }

    [Fact]
    public void Targets_whose_indicator_is_made_of_data_elements_are_evaluated_from_the_submitted_figures()
    {
        var submitted = Report87Owners.Select(unit => Desk.Check(Report87(unit)).Value).ToList();
        var end = Period(P06).End;
        var totals = SubmissionAggregation.Aggregate(P06, submitted, Embedded.OrgUnits.AsOf(end), "KHANH_HOA");
        var evaluations = SubmittedIndicators.Evaluate(Embedded.Indicators, totals, end);
        var pension = Assert.Single(evaluations, static e => e.Target.Id == "3433.27.3.pension");
        // 37.171 / 48.727 = 76,28 % against 80 % by the end of 2025; one monthly value is too few to project.
        Assert.Equal(76.28m, decimal.Round(pension.Value!.Value, 2));
        Assert.Equal(80m, pension.Threshold);
        Assert.Equal(TargetStatus.NotYetDue, pension.Status);
    }

    [Theory]
    [InlineData("CA_TINH", "2025-09", "ghost", "1", "element", "unknown element 'ghost'")]
    [InlineData("VP_UBND", "2025-09", "tthc_total", "-1", "value", "tthc_total: '-1' is below the minimum 0")]
    [InlineData("VP_UBND", "2025-09", "tthc_total", "1,5", "value", "tthc_total: '1,5' is not a whole number")]
    [InlineData("XA_CAM_HAI", "2025-09", "id_cards_issued", "1", "unit_code", "unknown unit 'XA_CAM_HAI'")]
    [InlineData("SO_TC", "2025-09", "tthc_total", "1", "unit_code", "unit 'SO_TC' does not report data set P06.MONTHLY")]
    [InlineData("CA_TINH", "2025-Q3", "id_cards_issued", "1", "period", "period 2025-Q3 (cut-off 15) is not one of data set P06.MONTHLY's")]
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

    // A report is taken up to a year after its period ends (report 87's month ends 15/9/2025): a 2025-09 report
    // declared sent in 2031 or 2101 is a mistyped date or a long-closed period, refused naming the last day, and no
    // later check (lateness in working days) meets a date the business calendar does not cover.
    [Theory]
    [InlineData(2026, 9, 15, true)]
    [InlineData(2026, 9, 16, false)]
    [InlineData(2031, 3, 1, false)]
    [InlineData(2101, 1, 1, false)]
    public void A_report_is_taken_up_to_a_year_after_its_period(int year, int month, int day, bool taken)
    {
        var result = Desk.Check(Report87("VP_UBND") with { SubmittedAt = new LocalDateTime(year, month, day, 9, 0) });
        if (taken)
        {
            Assert.True(result.Success, string.Join("\n", result.Errors));
            return;
        }

        var error = Assert.Single(result.Errors);
        Assert.Equal("submitted_at", error.Field);
        Assert.Equal($"sent {year:D4}-{month:D2}-{day:D2}T09:00, after the last day a report of period 2025-09 is taken (2026-09-15, a year after the period's end)", error.Message);
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
        var first = Desk.Check(Report87("VP_UBND")).Value;
        var corrected = Desk.Check(Report87("VP_UBND") with { SubmittedAt = new LocalDateTime(2025, 9, 16, 8, 0), Figures = [new FigureValue("tthc_total", "2156")] }).Value;
        var register = SubmissionRegister.Empty.Add([corrected, first]);
        Assert.Same(corrected, Assert.Single(register.Current));
        Assert.Equal([first, corrected], register.History("VP_UBND", P06.Code, Period(P06)));
    }
}
