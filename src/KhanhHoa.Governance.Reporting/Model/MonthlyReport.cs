using KhanhHoa.Governance.Rollup;

namespace KhanhHoa.Governance.Reporting;

/// <summary>
/// The monthly report of a steering committee (the shape of report 87/BC-BCĐ of Khánh Hòa): header, I. results,
/// tasks, II. difficulties and proposals, III. next-period priorities, an annex on data quality and reporting completeness, recipients and signature, and the
/// rolled-up unit measures that hosts read. Built by <see cref="MonthlyReportBuilder"/>; rendered by the
/// <see cref="IMonthlyReportRenderer"/> implementations.
/// </summary>
/// <param name="Header">The document header (Decree 30/2020/NĐ-CP).</param>
/// <param name="Period">The reporting period covered.</param>
/// <param name="AsOf">The date the task statuses and overdue days are evaluated at.</param>
/// <param name="Units">The core's rolled-up measures per unit, in the rollup's order (depth-first from the root, as added to the builder).</param>
/// <param name="UnitsProvenance">Where the units' dossiers come from (synthetic when any unit's are).</param>
/// <param name="IndicatorGroups">Section I: indicator rows in their groups.</param>
/// <param name="Tasks">The task statuses.</param>
/// <param name="Violations">Consistency-rule violations found in the period's figures.</param>
/// <param name="Completeness">Which units reported.</param>
/// <param name="Priorities">Section III: next-period priorities.</param>
/// <param name="Closing">The closing sentence before "Nơi nhận", e.g. "Ban Chỉ đạo tỉnh Khánh Hòa báo cáo … ./.".</param>
/// <param name="Recipients">The "Nơi nhận" block, in order.</param>
/// <param name="Signature">The signature block.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record MonthlyReport(
    ReportHeader Header,
    ReportingPeriod Period,
    LocalDate AsOf,
    IReadOnlyList<UnitRollup> Units,
    Provenance UnitsProvenance,
    IReadOnlyList<IndicatorGroup> IndicatorGroups,
    TaskSection Tasks,
    IReadOnlyList<ConsistencyViolation> Violations,
    ReportingCompleteness Completeness,
    IReadOnlyList<PriorityItem> Priorities,
    string Closing,
    IReadOnlyList<Recipient> Recipients,
    SignatureBlock Signature)
{
    /// <summary>Rolled-up measures per unit (a read-only copy).</summary>
    public IReadOnlyList<UnitRollup> Units { get; init; } = [.. Units];

    /// <summary>Section I groups (a read-only copy).</summary>
    public IReadOnlyList<IndicatorGroup> IndicatorGroups { get; init; } = [.. IndicatorGroups];

    /// <summary>Consistency-rule violations (a read-only copy).</summary>
    public IReadOnlyList<ConsistencyViolation> Violations { get; init; } = [.. Violations];

    /// <summary>Section III priorities (a read-only copy).</summary>
    public IReadOnlyList<PriorityItem> Priorities { get; init; } = [.. Priorities];

    /// <summary>The "Nơi nhận" block (a read-only copy).</summary>
    public IReadOnlyList<Recipient> Recipients { get; init; } = [.. Recipients];

    /// <summary>
    /// Section II: the difficulties and proposals the units raised in their submissions, grouped by topic in the order
    /// first raised (empty when none came).
    /// </summary>
    public IReadOnlyList<ReportedDifficulty> Difficulties { get; init; } = [];

    /// <summary>
    /// The units' own texts per section (<see cref="Submissions.Submission.Texts"/>), in the order of the units: each
    /// printed after its section's figures, attributed to its unit. Empty when no unit wrote one.
    /// </summary>
    public IReadOnlyList<UnitSectionText> UnitTexts { get; init; } = [];

    /// <summary>
    /// Section I's composite indexes (the 766 index) when the units sent any of their counters that no dossier gives:
    /// scored when every counter is there, "chưa có số liệu" otherwise. Empty when none of those counters came.
    /// </summary>
    public IReadOnlyList<ReportedIndex> Indexes { get; init; } = [];

    /// <summary>The inputs the report was made from, with their fingerprints (<see cref="MonthlyReportSources.Inputs"/>).</summary>
    public IReadOnlyList<ReportInput> Inputs { get; init; } = [];

    /// <summary>
    /// The office's own paragraphs for a section, by its key (a group's code of section I such as <c>I.2</c> or
    /// <c>I.4.a</c>, <see cref="DifficultiesSection"/> or <see cref="PrioritiesSection"/>): printed under the section's
    /// heading instead of the text the report composes for it. Empty by default.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> SectionTexts { get; init; } = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);

    /// <summary>
    /// How the report cites each plan, by the plan's id: its document as an official cites it ("Kế hoạch số
    /// 3433/KH-UBND", "Công văn số …/UBND-KGVX"). The task tables and section III print it instead of the id, which the
    /// JSON keeps in its contract fields; a plan without one is printed by its id. Empty by default.
    /// </summary>
    public IReadOnlyDictionary<string, string> PlanReferences { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    // The office's paragraphs for a section as one text with its footnotes: paragraphs are separated by a blank line.
    internal static OneOf.OneOf<Submissions.FootnotedText, Submissions.FootnoteProblem> ReadSectionText(IReadOnlyList<string> paragraphs) =>
        Submissions.FootnotedText.Parse(string.Join("\n\n", paragraphs));

    /// <summary>The key of section II (difficulties and proposals) in <see cref="SectionTexts"/>.</summary>
    public const string DifficultiesSection = "II";

    /// <summary>The key of section III (the tasks ahead) in <see cref="SectionTexts"/>.</summary>
    public const string PrioritiesSection = "III";

    /// <summary>
    /// What the report is for (<see cref="MonthlyReportSources.Purpose"/>). A <see cref="ReportPurpose.Signable"/> report
    /// was stripped by the composer of everything but the units' reported figures; the renderers print what is left.
    /// </summary>
    public ReportPurpose Purpose { get; init; } = ReportPurpose.Review;

    /// <summary>
    /// Whether the report has its task section: always in a review; in a signable report only when tasks the units
    /// reported are left (a synthetic task is never signed).
    /// </summary>
    public bool HasTaskSection => Purpose == ReportPurpose.Review || Tasks.Tasks.Count > 0;

    /// <summary>Whether the annex lists the data-quality findings: the internal checks are for review only.</summary>
    public bool HasDataQualityAnnex => Purpose == ReportPurpose.Review;

    /// <summary>Every indicator row, group by group.</summary>
    public IEnumerable<IndicatorRow> Indicators => IndicatorGroups.SelectMany(group => group.Rows);

    /// <summary>
    /// Whether any figure or section comes from synthetic data; renderers then print a warning banner as well as the
    /// per-figure label.
    /// </summary>
    public bool ContainsSyntheticData =>
        UnitsProvenance == Provenance.Synthetic
        || Indicators.Any(row => row.Provenance == Provenance.Synthetic)
        || IndicatorGroups.Any(group => group.Figures.Any(figure => figure.Provenance == Provenance.Synthetic))
        || Difficulties.Any(difficulty => difficulty.Provenance == Provenance.Synthetic)
        || UnitTexts.Any(text => text.Provenance == Provenance.Synthetic)
        || Tasks.Overdue.Any(task => task.Provenance == Provenance.Synthetic)
        || Tasks.DueSoon.Any(task => task.Provenance == Provenance.Synthetic)
        || Violations.Any(violation => violation.Provenance == Provenance.Synthetic)
        || Tasks.Provenance == Provenance.Synthetic
        || Completeness.Provenance == Provenance.Synthetic;
}
