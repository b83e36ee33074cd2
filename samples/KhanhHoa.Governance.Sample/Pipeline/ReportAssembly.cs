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
/// rules over the rollup's measures. The sources are the library's <see cref="MonthlyReportSources.Of"/>, shared with the web
/// host; this sample adds its own demo data to them. The composition itself is the reporting package's <see cref="MonthlyReportComposer"/>, which shows the core's target and task statuses; tasks are
/// judged and their working days late counted on the container's <see cref="BusinessCalendar"/>, passed in by the verb.
/// With the units' submissions, the task section comes from their submitted progress, completeness from who sent what
/// by when, and report 87's contradictions from the findings on the figures the standing agency submitted.
/// </summary>
internal static class ReportAssembly
{
    /// <summary>The report 87 figures cover reporting month 9/2025, whatever the cut-off the host reads it under.</summary>
    private static readonly YearMonth Report87Month = new(2025, 9);

    /// <summary>Composes the report of <paramref name="outcome"/>'s period as of its last day, with the office's own <paramref name="sectionTexts"/>.</summary>
    public static MonthlyReport Compose(RollupOutcome outcome, GovernanceData data, ReportLetterhead letterhead, BusinessCalendar calendar, IReadOnlyList<SubmittedReport>? submitted, List<string> notes, ReportPurpose purpose, IReadOnlyDictionary<string, IReadOnlyList<string>>? sectionTexts = null)
    {
        var period = outcome.Period;
        var asOf = period.End;
        var roots = outcome.Current.Units.Where(unit => unit.ParentCode is null).ToList();
        if (roots.Count != 1)
        {
            throw CliException.BadInput($"the org units of period {period.Id} have {roots.Count} roots ({string.Join(", ", roots.Select(r => r.Code))}); the report needs exactly one (the province).");
        }

        // Report 87's printed figures and the illustrative progress are this sample's own: the library's sources
        // leave them to the host when no submission is received.
        var sources = MonthlyReportSources.Of(period, outcome.Result.Periods, roots[0].Code, data, SubmissionInputs.Desk(data), letterhead, calendar, submitted) with
        {
            Inputs = outcome.Inputs,
            DossierProvenance = outcome.IsSynthetic ? Provenance.Synthetic : Provenance.Computed,
            Purpose = purpose,
            SectionTexts = sectionTexts ?? new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal),
        };
        if (submitted is null)
        {
            sources = sources with
            {
                ReportFigures = period.Kind == ReportingPeriodKind.Month && period.LastMonth == Report87Month ? data.ReportFigures : null,
                Progress = data.Plans.ToDictionary(plan => plan.Id, plan => IllustrativeProgress.For(plan, asOf), StringComparer.Ordinal),
                TaskProvenance = Provenance.Synthetic,
            };
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
}
