using KhanhHoa.Governance.Calendar;
using KhanhHoa.Governance.Data;
using KhanhHoa.Governance.Indicators;
using KhanhHoa.Governance.Reporting;
using KhanhHoa.Governance.Rollup;
using KhanhHoa.Governance.Sample.Cli;
using KhanhHoa.Governance.Submissions;

namespace KhanhHoa.Governance.Sample.Pipeline;

/// <summary>
/// The sources of the period's <see cref="MonthlyReport"/>: the rollup, the embedded indicator catalog and targets,
/// the seed plans with the SYNTHETIC illustrative progress, report 87/BC-BCĐ's printed figures (facts, for the month
/// it covers), the host's letterhead (header, the period's signer, recipients; report 87's by default) and the core's
/// rules over the rollup's measures. The composition itself is the reporting package's <see cref="MonthlyReportComposer"/>, which shows the core's target and task statuses; tasks are
/// judged and their working days late counted on the container's <see cref="BusinessCalendar"/>, passed in by the verb.
/// With the units' submissions, the task section comes from their submitted progress, completeness from who sent what
/// by when, and report 87's contradictions from the findings on the figures the standing agency submitted.
/// </summary>
internal static class ReportAssembly
{
    /// <summary>The report 87 figures cover reporting month 9/2025, whatever the cut-off the host reads it under.</summary>
    private static readonly YearMonth Report87Month = new(2025, 9);

    /// <summary>Composes the report of <paramref name="outcome"/>'s period as of its last day.</summary>
    public static MonthlyReport Compose(RollupOutcome outcome, GovernanceData data, ReportLetterhead letterhead, BusinessCalendar calendar, IReadOnlyList<SubmittedReport>? submitted, List<string> notes)
    {
        var period = outcome.Period;
        var asOf = period.End;
        var roots = outcome.Current.Units.Where(unit => unit.ParentCode is null).ToList();
        if (roots.Count != 1)
        {
            throw CliException.BadInput($"the org units of period {period.Id} have {roots.Count} roots ({string.Join(", ", roots.Select(r => r.Code))}); the report needs exactly one (the province).");
        }

        var figures = period.Kind == ReportingPeriodKind.Month && period.LastMonth == Report87Month ? data.ReportFigures : null;
        var sources = Base(outcome, data, letterhead, calendar, roots[0].Code, figures);
        if (submitted is not null)
        {
            sources = WithSubmissions(sources, data, calendar, submitted);
        }

        foreach (var later in MonthlyReportComposer.PlansIssuedAfterAsOf(sources))
        {
            notes.Add($"plan {later.Id} was issued on {later.Directive.IssuedOn:dd/MM/yyyy}, after {asOf:dd/MM/yyyy}: its tasks are not counted");
        }

        var composed = MonthlyReportComposer.Compose(sources);
        return composed.Success
            ? composed.Value
            : throw CliException.BadInput($"the report of {period.Id} cannot be composed: {string.Join("; ", composed.Errors.Select(static e => $"{e.Field}: {e.Message}"))}.");
    }

    // Every submission collected counts, late ones too (the period's due dates may fall after its last day); a
    // re-submission replaces the earlier one.
    private static MonthlyReportSources WithSubmissions(MonthlyReportSources sources, GovernanceData data, BusinessCalendar calendar, IReadOnlyList<SubmittedReport> submitted)
    {
        var asOf = sources.AsOf;
        var register = SubmissionRegister.Empty.Add(submitted.Select(static s => s.Submission));
        var current = register.Current.ToHashSet();
        var kept = submitted.Where(s => current.Contains(s.Submission)).ToList();
        var tree = data.OrgUnits.AsOf(sources.Period.End);
        var desk = SubmissionInputs.Desk(data);
        var statuses = SubmissionStatus.Take(desk, register, sources.Period.Id, calendar, asOf).DataSets;
        var withProgress = kept.Where(static s => s.Submission.Submission.Progress.Count > 0).ToList();
        return sources with
        {
            Progress = data.Plans.ToDictionary(
                plan => plan.Id,
                plan => SubmittedProgress.Histories(plan, withProgress.Select(static s => s.Submission), desk.Assignments, tree),
                StringComparer.Ordinal),
            TaskProvenance = withProgress.Select(static s => s.Provenance).DefaultIfEmpty(Provenance.Reported).Max(),
            ReportFigures = null,
            SubmissionLayout = data.ReportFigures,
            Submissions = kept,
            SubmittedFigures = [.. statuses.SelectMany(static status => status.Figures)],
            ReportingRates = Rates(statuses),
        };
    }

    // The reports due of each data set in force; with no submission at all, every one of them is missing, so the annex
    // and the body (no submitted figures) say the same.
    private static IReadOnlyList<ReportingRate> Rates(IEnumerable<DataSetStatus> statuses) =>
        [.. statuses.Select(static status => status.Rate).Where(static rate => rate.Expected.Count > 0)];

    private static MonthlyReportSources Base(RollupOutcome outcome, GovernanceData data, ReportLetterhead letterhead, BusinessCalendar calendar, string root, ReportFigureSet? figures)
    {
        var period = outcome.Period;
        var asOf = period.End;
        return new MonthlyReportSources
        {
            ReportingRates = Rates(SubmissionStatus.Take(SubmissionInputs.Desk(data), SubmissionRegister.Empty, period.Id, calendar, asOf).DataSets),
            Period = period,
            AsOf = asOf,
            Header = letterhead.Header(period, asOf),
            Signature = letterhead.Signature(period),
            Rollups = outcome.Result.Periods,
            RootUnitCode = root,
            Catalog = data.Indicators,
            Plans = data.Plans,
            Progress = data.Plans.ToDictionary(plan => plan.Id, plan => IllustrativeProgress.For(plan, asOf), StringComparer.Ordinal),
            Calendar = calendar,
            Inputs = outcome.Inputs,
            ReportFigures = figures,
            MeasureRules = RollupMeasureRules.All,
            DossierProvenance = outcome.IsSynthetic ? Provenance.Synthetic : Provenance.Computed,
            TaskProvenance = Provenance.Synthetic,
            Closing = letterhead.Closing,
            Recipients = letterhead.Recipients,
        };
    }
}
