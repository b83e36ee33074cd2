using KhanhHoa.Governance.Data;
using KhanhHoa.Governance.Indicators;
using KhanhHoa.Governance.Rollup;
using KhanhHoa.Governance.Submissions;
using KhanhHoa.Governance.Tasks;

namespace KhanhHoa.Governance.Reporting;

/// <summary>
/// What <see cref="MonthlyReportComposer"/> composes a <see cref="MonthlyReport"/> from: the core's own types (rollups,
/// the indicator catalog, plans with their progress histories, a report's figure set) plus the document's header,
/// signature and recipients as data.
/// </summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record MonthlyReportSources
{
    /// <summary>The period the report covers (report 87/BC-BCĐ: <c>ReportingPeriod.Month(2025, 9, CutoffRule.OnDay(15))</c>).</summary>
    public required ReportingPeriod Period { get; init; }

    /// <summary>
    /// The date tasks and targets are evaluated at, usually the period's last day; from a clock:
    /// <see cref="MonthlyReportComposer.Today"/>. Never the wall clock implicitly.
    /// </summary>
    public required LocalDate AsOf { get; init; }

    /// <summary>The document header.</summary>
    public required ReportHeader Header { get; init; }

    /// <summary>The signature block.</summary>
    public required SignatureBlock Signature { get; init; }

    /// <summary>
    /// The rollups: the one of <see cref="Period"/> (required) and, for the 12-month trend and the month-on-month change,
    /// earlier monthly periods (any order; other periods are ignored). One engine run computes them all:
    /// <c>Rollups = result.Periods</c>.
    /// </summary>
    public required IReadOnlyList<PeriodRollup> Rollups { get; init; }

    /// <summary>The code of the unit whose figures are the report's (the province), e.g. <c>KH</c>.</summary>
    public required string RootUnitCode { get; init; }

    /// <summary>The indicator catalog (definitions and targets); the embedded one by default. Targets whose source was issued after <see cref="AsOf"/> are not applied.</summary>
    public IndicatorCatalog Catalog { get; init; } = GovernanceData.Default.Indicators;

    /// <summary>The groups and indicators of section I; <see cref="ReportIndicatorSection.Project06Layout"/> of <see cref="Catalog"/> when <see langword="null"/>.</summary>
    public IReadOnlyList<ReportIndicatorSection>? IndicatorSections { get; init; }

    /// <summary>
    /// The plans whose tasks the report counts (e.g. <c>GovernanceData.Default.Plans</c>); none by default. Plans issued
    /// after <see cref="AsOf"/> are left out (<see cref="MonthlyReportComposer.PlansIssuedAfterAsOf"/>).
    /// </summary>
    public IReadOnlyList<Plan> Plans { get; init; } = [];

    /// <summary>Progress histories: plan id → task id → history. A task without one has had no update.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, ProgressHistory>> Progress { get; init; } =
        new Dictionary<string, IReadOnlyDictionary<string, ProgressHistory>>(StringComparer.Ordinal);

    /// <summary>
    /// The host's business calendar (the one its container registers: <c>services.GetRequiredService&lt;BusinessCalendar&gt;()</c>),
    /// on which tasks are found due soon and overdue tasks' working days late are counted, holidays and swapped days
    /// included. Required, so that no report counts on a calendar its host did not choose.
    /// </summary>
    public required BusinessCalendar Calendar { get; init; }

    /// <summary>A report's printed figures whose consistency-rule violations go into the data-quality section (e.g. <c>GovernanceData.Default.ReportFigures</c>); none by default.</summary>
    public ReportFigureSet? ReportFigures { get; init; }

    /// <summary>
    /// A figure set whose ids the submitted data elements share (report 87's for <c>P06.MONTHLY</c>): a finding on a
    /// submission cites the sections those figures are printed in and names them by its Vietnamese labels; none by default.
    /// </summary>
    public ReportFigureSet? SubmissionLayout { get; init; }

    /// <summary>Consistency rules over the rollup measures, checked on every unit of the period; none by default.</summary>
    public IReadOnlyList<ConsistencyRule> MeasureRules { get; init; } = [];

    /// <summary>
    /// The units expected to send dossiers; when <see langword="null"/>, every unit without children in the period's
    /// rollup (the communes and departments).
    /// </summary>
    public IReadOnlyList<string>? ExpectedReporters { get; init; }

    /// <summary>
    /// Where the dossier figures come from: <see cref="Provenance.Synthetic"/> for generated data
    /// (<c>SyntheticDossiers</c>), which labels every unit, indicator row and the completeness section, and puts the
    /// warning banner in every format.
    /// </summary>
    public Provenance DossierProvenance { get; init; } = Provenance.Computed;

    /// <summary>Where the progress histories come from; <see cref="Provenance.Synthetic"/> labels every task.</summary>
    public Provenance TaskProvenance { get; init; } = Provenance.Computed;

    /// <summary>
    /// What the report is for: <see cref="ReportPurpose.Review"/> (the default: everything, synthetic items labelled, the
    /// data-quality annex) or <see cref="ReportPurpose.Signable"/> (only the units' reported figures, no judgement, no
    /// synthetic item, no internal check). A host that writes both composes twice with <c>with { Purpose = … }</c>.
    /// </summary>
    public ReportPurpose Purpose { get; init; } = ReportPurpose.Review;

    /// <summary>
    /// The units' accepted submissions in force for the period; their findings (non-blocking rule violations) go into the
    /// data-quality section with their provenance. None by default.
    /// </summary>
    public IReadOnlyList<SubmittedReport> Submissions { get; init; } = [];

    /// <summary>
    /// The province totals of the submitted figures (<see cref="SubmissionAggregation.Aggregate"/>): every catalog indicator
    /// whose measures are all reported by elements is computed from them and shown, with its target, in a section of its
    /// own. None by default.
    /// </summary>
    public IReadOnlyList<ElementTotal> SubmittedFigures { get; init; } = [];

    /// <summary>
    /// The reporting rates of the period's data sets; when given, the completeness section comes from them (a unit has
    /// reported when it sent every report due from it) instead of from dossier activity. None by default.
    /// </summary>
    public IReadOnlyList<ReportingRate> ReportingRates { get; init; } = [];

    /// <summary>Priorities written by the drafting officer, printed before the derived ones (their <see cref="PriorityItem.Source"/> is ignored).</summary>
    public IReadOnlyList<PriorityItem> Priorities { get; init; } = [];

    /// <summary>The "Nơi nhận" block, in order.</summary>
    public IReadOnlyList<Recipient> Recipients { get; init; } = [];

    /// <summary>The inputs the report is made from, with their fingerprints (<see cref="ReportInput.Of(string, ReadOnlySpan{byte})"/>); none by default.</summary>
    public IReadOnlyList<ReportInput> Inputs { get; init; } = [];

    /// <summary>The closing sentence printed before "Nơi nhận".</summary>
    public string Closing { get; init; } = string.Empty;

    /// <summary>
    /// The office's own paragraphs for a section, by its key (a group's code of section I as the layout names it, e.g.
    /// <c>I.2</c> or <c>I.4.a</c>; <see cref="MonthlyReport.DifficultiesSection"/>; <see cref="MonthlyReport.PrioritiesSection"/>):
    /// printed under the section's heading instead of the text the report composes (<see cref="MonthlyReport.SectionTexts"/>).
    /// A paragraph's footnotes are written as Markdown writes them (<see cref="FootnotedText"/>) and numbered with the
    /// report's. None by default; an unknown key, or notes that do not add up, is an error of
    /// <see cref="MonthlyReportComposer.Compose"/>.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> SectionTexts { get; init; } = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);

    /// <summary>
    /// The sources of <paramref name="period"/>'s report as of its last day, as a host holds them: the rollups, the
    /// catalog of <paramref name="data"/>, the plans of <paramref name="desk"/>, <paramref name="letterhead"/>'s header
    /// (issued on the period's last day, or the first working day after it on <paramref name="calendar"/>),
    /// signer, closing and recipients, the core's rules over the rollup measures, and the period's reporting rates.
    /// <para>With <paramref name="submitted"/> (none sent is an empty list), the units' accepted submissions replace what
    /// a host would otherwise show: the task section comes from the progress they report, completeness from who sent
    /// what by when (every submission collected counts, late ones too; of a unit's re-submissions the last counts), the
    /// submitted figures and their findings from their content, cited in <paramref name="data"/>'s report figure set.
    /// With <see langword="null"/> (a host that receives no submissions), every report due is missing and no task has
    /// progress: a host adds its own (<c>with { Progress = … }</c>).</para>
    /// </summary>
    /// <param name="period">The period the report covers.</param>
    /// <param name="rollups">The engine's rollups: the period's, and earlier months for the trend.</param>
    /// <param name="rootUnitCode">The unit whose figures are the report's (the province).</param>
    /// <param name="data">The indicator catalog and the report figure set submitted elements are printed under.</param>
    /// <param name="desk">The desk the submissions came through: its data sets, units, plans and task assignments.</param>
    /// <param name="letterhead">Who issues the report and who signs it.</param>
    /// <param name="calendar">The host's business calendar.</param>
    /// <param name="submitted">The units' accepted submissions, or <see langword="null"/> for a host that receives none.</param>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="submitted"/> is <see langword="null"/>.</exception>
    public static MonthlyReportSources Of(
        ReportingPeriod period,
        IReadOnlyList<PeriodRollup> rollups,
        string rootUnitCode,
        GovernanceData data,
        SubmissionDesk desk,
        ReportLetterhead letterhead,
        BusinessCalendar calendar,
        IReadOnlyList<SubmittedReport>? submitted)
    {
        ArgumentNullException.ThrowIfNull(rollups);
        ArgumentNullException.ThrowIfNull(rootUnitCode);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(desk);
        ArgumentNullException.ThrowIfNull(letterhead);
        ArgumentNullException.ThrowIfNull(calendar);
        var asOf = period.End;
        var sources = new MonthlyReportSources
        {
            ReportingRates = RatesOf(SubmissionStatus.Take(desk, SubmissionRegister.Empty, period.Id, calendar, asOf).DataSets),
            Period = period,
            AsOf = asOf,
            // A report is issued on a working day: the period's end, or the first working day after it (the calendar decides).
            Header = letterhead.Header(period, calendar.NextWorkingDayOnOrAfter(asOf)),
            Signature = letterhead.Signature(period),
            Rollups = rollups,
            RootUnitCode = rootUnitCode,
            Catalog = data.Indicators,
            Plans = desk.Plans,
            Calendar = calendar,
            MeasureRules = RollupMeasureRules.All,
            Closing = letterhead.Closing,
            Recipients = letterhead.Recipients,
        };
        return submitted is null ? sources : sources.WithSubmissions(data, desk, submitted);
    }

    private MonthlyReportSources WithSubmissions(GovernanceData data, SubmissionDesk desk, IReadOnlyList<SubmittedReport> submitted)
    {
        var register = SubmissionRegister.Empty.Add(submitted.Select(static s => s.Submission));
        var current = register.Current.ToHashSet();
        var kept = submitted.Where(s => current.Contains(s.Submission)).ToList();
        var tree = desk.Units.AsOf(Period.End);
        var statuses = SubmissionStatus.Take(desk, register, Period.Id, Calendar, AsOf).DataSets;
        var withProgress = kept.Where(static s => s.Submission.Submission.Progress.Count > 0).ToList();
        return this with
        {
            Progress = desk.Plans.ToDictionary(
                plan => plan.Id,
                plan => SubmittedProgress.Histories(plan, withProgress.Select(static s => s.Submission), desk.Assignments, tree),
                StringComparer.Ordinal),
            TaskProvenance = withProgress.Select(static s => s.Provenance).DefaultIfEmpty(Provenance.Reported).Max(),
            ReportFigures = null,
            SubmissionLayout = data.ReportFigures,
            Submissions = kept,
            SubmittedFigures = [.. statuses.SelectMany(static status => status.Figures)],
            ReportingRates = RatesOf(statuses),
        };
    }

    // The reports due of each data set in force; with no submission at all, every one of them is missing, so the annex
    // and the body (no submitted figures) say the same.
    private static IReadOnlyList<ReportingRate> RatesOf(IEnumerable<DataSetStatus> statuses) =>
        [.. statuses.Select(static status => status.Rate).Where(static rate => rate.Expected.Count > 0)];
}
