using KhanhHoa.Governance.Calendar;
using KhanhHoa.Governance.Data;
using KhanhHoa.Governance.Directives;
using KhanhHoa.Governance.Reporting;
using KhanhHoa.Governance.Sample.Cli;
using KhanhHoa.Governance.Sample.Demo;
using KhanhHoa.Governance.Sample.Pipeline;
using KhanhHoa.Governance.Submissions;
using KhanhHoa.Governance.Tasks;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace KhanhHoa.Governance.Sample.Tests;

// The report of the default run with what it was made from, for the tests that recompute its judgements.
internal sealed record DefaultRun(RollupOutcome Outcome, MonthlyReport Report, GovernanceData Data, BusinessCalendar Calendar, IReadOnlyList<SubmittedReport> Submitted)
{
    public LocalDate AsOf => Report.AsOf;

    public string RootCode => Report.Units[0].Code;

    // The progress the units submitted, by the stated rule of SubmittedProgress.
    public IReadOnlyDictionary<string, ProgressHistory> Progress(Plan plan) =>
        SubmittedProgress.Histories(plan, Submitted.Select(static s => s.Submission), SubmissionInputs.Desk(Data).Assignments, Data.OrgUnits.AsOf(Report.Period.End));

    // What `rollup` does with no options: embedded data, the synthetic province, the embedded submissions of
    // 2025-09, the container's calendar; the review copy unless another purpose is asked for. With figuresAsSent, the
    // communes' parts of the figures they own (each of report 87's totals split over its owners) are taken as their
    // owners sent them, Reported, as report 87's other figures are.
    // With sectionTexts, the office's own text for those sections, as --section-text gives it.
    public static DefaultRun Compose(ReportPurpose purpose = ReportPurpose.Review, bool figuresAsSent = false, IReadOnlyDictionary<string, IReadOnlyList<string>>? sectionTexts = null)
    {
        using var services = new ServiceCollection().AddKhanhHoaGovernance().BuildServiceProvider();
        var data = services.GetRequiredService<GovernanceData>();
        var calendar = services.GetRequiredService<BusinessCalendar>();
        var terminal = new Terminal(TextWriter.Null, TextWriter.Null, interactive: false);
        var outcome = new RollupPipeline(data, terminal).Run(new RollupRequest(SampleDefaults.Period, null, null, DemoDossiers.Count, DemoDossiers.Seed));
        var submitted = DemoSubmissions.Read(data, SubmissionInputs.Desk(data), calendar)
            .Select(s => figuresAsSent && s.Submission.DataSet.Code == "P06.MONTHLY" ? s with { Provenance = Provenance.Reported } : s)
            .ToList();
        return new DefaultRun(outcome, ReportAssembly.Compose(outcome, data, HostLetterhead.Load(null, terminal), calendar, submitted, [], purpose, sectionTexts), data, calendar, submitted);
    }
}
