using KhanhHoa.Governance.Directives;
using KhanhHoa.Governance.Indicators;
using KhanhHoa.Governance.Organization;
using KhanhHoa.Governance.Primitives;
using KhanhHoa.Governance.Rollup;
using KhanhHoa.Governance.Submissions;
using KhanhHoa.Governance.Tasks;

namespace KhanhHoa.Governance.Reporting;

/// <summary>
/// Composes a <see cref="MonthlyReport"/> from the core's types, through <see cref="MonthlyReportBuilder"/>:
/// <list type="bullet">
/// <item>units: every unit of the period's rollup with its 15 measures (the rollup contract's <c>units[]</c>);</item>
/// <item>section I: each catalog indicator of the layout, computed on the root unit's measures as a ratio of sums
/// (numerator and denominator shown), its province-wide target evaluated by <see cref="TargetEvaluator"/> as of the
/// date on the 12-month series (the step that applies then, its status and projection, shown as the evaluator gives
/// them), the month-on-month change and the trend from the earlier monthly rollups;</item>
/// <item>tasks: each plan task's status as of the date by <see cref="TaskStatusEvaluator"/> on
/// <see cref="MonthlyReportSources.Calendar"/> (extensions, completion, cancellation from its progress history; due
/// soon within <see cref="TaskStatusOptions.DueSoonWorkingDays"/> working days), counted in the 2×2 per plan and per
/// lead agency; overdue tasks with their working days late on the same calendar; the tasks due soon;</item>
/// <item>data quality: violations of a report figure set's rules, of the submissions' rules and of rules over the rollup
/// measures, each in Vietnamese (the rule's <see cref="ConsistencyRule.DescriptionVi"/> and <see cref="VietnameseRuleMessage"/>)
/// with its English text beside it and a citation: the document and sections of its figures (<c>87/BC-BCĐ, mục I.4.a</c>),
/// for a submission its data set and the sections of <see cref="MonthlyReportSources.SubmissionLayout"/>, for a rollup
/// measure the appendix columns;</item>
/// <item>completeness: which expected units have dossiers in the period, or, given reporting rates, which sent every report due from them.</item>
/// </list>
/// </summary>
/// <remarks>
/// <para>The report judges only by what was in force on its as-of date: a target whose source document was issued
/// after it (<see cref="Target.IsIssuedBy"/>) is skipped for the next province-wide one, and a plan issued after it
/// is left out (<see cref="PlansIssuedAfterAsOf"/> names them). A target or plan without an issue date counts as
/// issued.</para>
/// <para>Tasks without a due date (continuous, awaiting an external schedule, no deadline) are counted as continuous;
/// cancelled tasks are left out. A task led by several agencies is counted once, under their names joined by ", ".</para>
/// </remarks>
/// <threadsafety>Stateless; safe to use from any thread.</threadsafety>
public static class MonthlyReportComposer
{
    /// <summary>The lead agency printed for a task whose lead cell names no known agency.</summary>
    public const string UnknownLead = "(chưa xác định đơn vị chủ trì)";

    /// <summary>
    /// The group of the submitted figures, and the indicators computed from them (<see cref="MonthlyReportSources.SubmittedFigures"/>),
    /// that no group of the layout takes (their element has no <c>Section</c> the layout names); added only when there are some.
    /// </summary>
    public const string SubmittedGroup = "SUBMITTED";

    /// <summary>The date in a time zone now, for <see cref="MonthlyReportSources.AsOf"/> from a host's clock.</summary>
    /// <param name="clock">The clock (a fake one in tests and replays).</param>
    /// <param name="zone">The administration's zone, e.g. <c>Asia/Ho_Chi_Minh</c>.</param>
    /// <returns>Today's date in the zone.</returns>
    public static LocalDate Today(IClock clock, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(zone);
        return clock.GetCurrentInstant().InZone(zone).Date;
    }

    /// <summary>
    /// Whether the report model shows an indicator exactly: the rollup measures compute it
    /// (<see cref="RollupIndicators.IsComputable"/>) and it is either a percentage (factor 100, two decimals, rounded
    /// half away from zero, as the report rounds rates) or a plain count (no denominator, factor 1).
    /// </summary>
    /// <param name="definition">The indicator.</param>
    /// <returns>Whether it can be a row of section I.</returns>
    internal static bool CanShow(IndicatorDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (!RollupIndicators.IsComputable(definition))
        {
            return false;
        }

        return definition.Denominator is null
            ? definition.Factor == IndicatorDefinition.Number && definition.Unit != "%"
            : definition.Unit == "%" && definition.Factor == IndicatorDefinition.Percent && definition.Rounding == RoundingRule.TwoDecimals;
    }

    /// <summary>
    /// The plans of <see cref="MonthlyReportSources.Plans"/> that <see cref="Compose"/> leaves out because they were
    /// issued after <see cref="MonthlyReportSources.AsOf"/>, in their order; a host lists them next to the report.
    /// </summary>
    /// <param name="sources">The inputs.</param>
    /// <returns>The plans whose <c>Directive.IssuedOn</c> is after the as-of date.</returns>
    public static IReadOnlyList<Plan> PlansIssuedAfterAsOf(MonthlyReportSources sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        return [.. sources.Plans.Where(plan => !IsIssuedBy(plan, sources.AsOf))];
    }

    /// <summary>
    /// Composes the report, or says every way <paramref name="sources"/> cannot make one (nothing is composed then): the
    /// rollups lack the report's period, the root unit is not in it, a section names an indicator the catalog lacks or
    /// the report cannot compute, an expected reporter is not a unit of the period, or a section text names a section the
    /// report does not have. Each error names the field of
    /// <see cref="MonthlyReportSources"/> at fault.
    /// </summary>
    /// <param name="sources">The inputs.</param>
    /// <returns>The report, or the errors.</returns>
    public static InputResult<MonthlyReport> Compose(MonthlyReportSources sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var errors = Problems(sources);
        if (errors.Count > 0)
        {
            return InputResult<MonthlyReport>.ForErrors(errors);
        }

        var current = sources.Rollups.First(r => r.Period == sources.Period);
        var root = current.Find(sources.RootUnitCode)!;

        var builder = new MonthlyReportBuilder(sources.Period, sources.AsOf, sources.Header, sources.Signature, sources.Calendar)
            .WithClosing(sources.Closing);
        foreach (var unit in current.Units)
        {
            builder.AddRollupUnit(unit, sources.DossierProvenance);
        }

        var sections = AddIndicators(builder, sources, root);
        var placement = new SubmittedPlacement(builder, sections);
        AddSubmittedIndicators(builder, sources, placement);
        AddFigures(builder, sources, current, placement);
        AddIndexes(builder, sources, root);
        AddDifficulties(builder, sources, current);
        AddUnitTexts(builder, sources, current);
        foreach (var plan in sources.Plans)
        {
            builder.WithPlanReference(plan.Id, PlanReference(plan));
        }

        foreach (var (section, paragraphs) in sources.SectionTexts)
        {
            builder.WithSectionText(section, paragraphs);
        }

        builder.AddTasks(Tasks(sources));
        foreach (var violation in Violations(sources, current))
        {
            builder.AddViolation(violation);
        }

        // The desk's receipts are a fact, "0/76" included; they are synthetic only where a synthetic submission is
        // among them. Completeness without a desk is the dossiers' (the units that have some).
        var completenessProvenance = sources.ReportingRates.Count > 0 ? ReceiptsProvenance(sources.Submissions) : sources.DossierProvenance;
        foreach (var submission in sources.ReportingRates.Count > 0 ? Submitted(sources, current) : Submissions(sources, current))
        {
            builder.AddSubmission(submission, completenessProvenance);
        }

        if (sources.ReportingRates.Count > 0)
        {
            builder.WithReports(SubmissionCompleteness.Of(sources.ReportingRates));
            foreach (var rate in sources.ReportingRates)
            {
                builder.AddDataSetReceipts(rate, ReceiptsProvenance(sources.Submissions.Where(s => s.Submission.DataSet.Code == rate.DataSet.Code)));
            }
        }

        foreach (var priority in sources.Priorities)
        {
            builder.AddPriority(priority.Responsible, priority.Text, priority.DueBy);
        }

        foreach (var recipient in sources.Recipients)
        {
            builder.AddRecipient(recipient);
        }

        foreach (var input in sources.Inputs)
        {
            builder.AddInput(input);
        }

        var report = builder.Build();
        return InputResult<MonthlyReport>.ForValue(sources.Purpose == ReportPurpose.Signable ? SignableReport.Of(report) : report);
    }

    // The printed lead; else the agencies the task's text names, said to be the text's; else that no lead is known.
    private static string Lead(PlanTask task)
    {
        var leads = task.LeadAgencies.Select(static a => a.Agency.Name).Distinct(StringComparer.Ordinal).ToList();
        var named = task.NamedInText?.References.Select(static a => a.Agency.Name).Distinct(StringComparer.Ordinal).ToList() ?? [];
        return leads.Count > 0 ? string.Join(", ", leads)
            : named.Count > 0 ? string.Join(", ", named) + NamedInTextSuffix
            : UnknownLead;
    }

    private const string NamedInTextSuffix = " (theo nội dung nhiệm vụ)";

    private static Provenance ReceiptsProvenance(IEnumerable<SubmittedReport> submitted) =>
        submitted.Any(static s => s.Provenance == Provenance.Synthetic) ? Provenance.Synthetic : Provenance.Reported;

    // Everything in the sources that makes a report impossible, found before any of it is composed.
    private static List<InputError> Problems(MonthlyReportSources sources)
    {
        var errors = new List<InputError>();
        var current = sources.Rollups.FirstOrDefault(r => r.Period == sources.Period);
        if (current is null)
        {
            errors.Add(Error(nameof(MonthlyReportSources.Rollups), $"the rollups have no period {sources.Period.Id} with the cut-off {sources.Period.Cutoff}"));
        }
        else if (current.Find(sources.RootUnitCode) is null)
        {
            errors.Add(Error(nameof(MonthlyReportSources.RootUnitCode), $"unit '{sources.RootUnitCode}' is not in the rollup of {sources.Period.Id}"));
        }

        var catalog = sources.Catalog;
        var sections = sources.IndicatorSections ?? ReportIndicatorSection.Project06Layout(catalog);
        var hidden = sections.SelectMany(s => s.IndicatorCodes).Where(code => catalog.Find(code) is not { } d || !CanShow(d)).ToList();
        if (hidden.Count > 0)
        {
            errors.Add(Error(nameof(MonthlyReportSources.IndicatorSections), "the report cannot show these indicators (not in the catalog, or not computable from the rollup measures as a percentage or a count): " + string.Join(", ", hidden)));
        }

        if (current is not null && sources.ExpectedReporters?.Where(code => current.Find(code) is null).ToList() is { Count: > 0 } unknown)
        {
            errors.Add(Error(nameof(MonthlyReportSources.ExpectedReporters), "expected reporters that are not units of the period: " + string.Join(", ", unknown)));
        }

        string[] keys = [.. sections.Select(static s => s.Code), MonthlyReport.DifficultiesSection, MonthlyReport.PrioritiesSection];
        if (sources.SectionTexts.Keys.Where(key => !keys.Contains(key, StringComparer.Ordinal)).ToList() is { Count: > 0 } unknownSections)
        {
            errors.Add(Error(nameof(MonthlyReportSources.SectionTexts), $"sections the report does not have: {string.Join(", ", unknownSections)} (its sections: {string.Join(", ", keys)})"));
        }

        foreach (var (section, paragraphs) in sources.SectionTexts)
        {
            if (MonthlyReport.ReadSectionText(paragraphs).TryPickT1(out var problem, out _))
            {
                errors.Add(Error(nameof(MonthlyReportSources.SectionTexts), problem.Describe(MessageLanguage.English, section)));
            }
        }

        return errors;

        static InputError Error(string field, string message) => new(0, 0, message) { Source = nameof(MonthlyReportSources), Field = field };
    }

    private static IReadOnlyList<ReportIndicatorSection> AddIndicators(MonthlyReportBuilder builder, MonthlyReportSources sources, UnitRollup root)
    {
        var catalog = sources.Catalog;
        var sections = sources.IndicatorSections ?? ReportIndicatorSection.Project06Layout(catalog);
        var month = sources.Period.LastMonth;
        var earlier = sources.Rollups
            .Where(r => r.Period.Kind == ReportingPeriodKind.Month && r.Period.LastMonth < month && r.Find(root.Code) is not null)
            .Select(r => (r.Period.LastMonth, Measures: RollupIndicators.ToDictionary(r.Find(root.Code)!.Measures)))
            .ToList();
        var measures = RollupIndicators.ToDictionary(root.Measures);
        foreach (var section in sections)
        {
            builder.AddIndicatorGroup(section.Code, section.Title, section.Section);
            foreach (var code in section.IndicatorCodes)
            {
                var definition = catalog.Find(code)!;
                var value = definition.Compute(measures);
                var history = earlier
                    .Select(e => (e.LastMonth, Value: definition.Compute(e.Measures).Value))
                    .Where(e => e.Value is not null)
                    .Select(e => new TrendPoint(e.LastMonth, definition.Round(e.Value!.Value)))
                    .ToList();
                builder.AddIndicator(new IndicatorInput(
                    definition.Code,
                    section.Code,
                    definition.NameVi,
                    definition.Unit,
                    Whole(value.Numerator),
                    definition.Denominator is null ? null : Whole(value.Denominator),
                    Target(sources, definition, value.Value, history),
                    null,
                    history,
                    sources.DossierProvenance) { DefinitionSource = definition.LegalSource, NoTargetReason = NoTargetReason(sources, definition) });
            }
        }

        return sections;
    }

    // The core's target of the period's year (TargetEvaluator.TargetFor); the evaluator picks the step that applies on the date.
    private static IndicatorTarget? Target(MonthlyReportSources sources, IndicatorDefinition definition, decimal? value, List<TrendPoint> history)
    {
        var asOf = sources.AsOf;
        var target = TargetEvaluator.TargetFor(sources.Catalog.TargetsFor(definition.Code), sources.Period.LastMonth.Year, asOf);
        if (target is null)
        {
            return null;
        }

        var series = history.Select(p => new SeriesPoint(p.Month, p.Value)).ToList();
        var evaluation = TargetEvaluator.Evaluate(target, definition, value, asOf, series);
        var shown = new IndicatorTarget(evaluation, string.Empty);
        return shown with { Text = $"{shown.Symbol} {VietnameseFormat.WithUnit(evaluation.Threshold, definition.Unit)} ({evaluation.StepDeadlineText}; {CitedSource(target.Source.Document)})" };
    }

    private static string? NoTargetReason(MonthlyReportSources sources, IndicatorDefinition definition) =>
        TargetEvaluator.NoTargetReason(sources.Catalog.TargetsFor(definition.Code), sources.Period.LastMonth.Year, sources.AsOf);

    private static List<ReportTask> Tasks(MonthlyReportSources sources)
    {
        var options = new TaskStatusOptions { Calendar = sources.Calendar };
        var records = new List<ReportTask>();
        foreach (var plan in sources.Plans.Where(plan => IsIssuedBy(plan, sources.AsOf)))
        {
            var histories = sources.Progress.GetValueOrDefault(plan.Id) ?? new Dictionary<string, ProgressHistory>(StringComparer.Ordinal);
            foreach (var status in TaskStatusEvaluator.EvaluatePlan(plan, histories, sources.AsOf, options))
            {
                var task = plan.Find(status.TaskId)!;
                records.Add(new ReportTask(plan.Id, task.ReadingText, Lead(task), status, sources.TaskProvenance));
            }
        }

        return records;
    }

    // A plan as an official cites it: the type its number carries (else the directive's) and the number ("Kế hoạch số
    // 3433/KH-UBND", "Quyết định số …/QĐ-BCĐ" for a plan issued by a decision), a number not yet
    // given left to fill ("Công văn số …/UBND-KGVX"), never the library's id of it.
    private static string PlanReference(Plan plan) => Cited(plan.Directive.Number, plan.Directive.Type);

    // A document by the type its number carries, else the given one, and its number ("Kế hoạch số 3433/KH-UBND").
    private static string Cited(DocumentNumber number, DocumentType? type)
    {
        var kind = number.DocumentType ?? type;
        var name = DocumentTypeTable.VietnameseNames.FirstOrDefault(n => n.Value is { } t && t == kind).Key ?? "Văn bản";
        return $"{name} số {(number.IsDraft ? ReportText.ToFill : string.Empty)}{number}";
    }

    // A target's source as an official cites it: a document number with its type ("Kế hoạch số 3433/KH-UBND"), anything
    // else as the catalogue writes it.
    private static string CitedSource(string document) =>
        DocumentNumber.Parse(document).TryPickT0(out var number, out _) && number.DocumentType is not null ? Cited(number, null) : document;

    private static IEnumerable<ConsistencyViolation> Violations(MonthlyReportSources sources, PeriodRollup current)
    {
        if (sources.ReportFigures is { } figureSet)
        {
            var printed = Printed(figureSet);
            foreach (var result in figureSet.Check().Violations)
            {
                yield return Violation(result, name => printed.GetValueOrDefault(name)?.LabelVi ?? name, ViolationCitation.Of(figureSet.Document, Sections(result, printed)), Provenance.Reported);
            }
        }

        var layout = sources.SubmissionLayout is { } set ? Printed(set) : [];
        ConsistencyViolation Submitted(RuleResult finding, DataSet dataSet, Provenance provenance)
        {
            var sections = Sections(finding, layout);
            // The data set by its Vietnamese name, as Phụ lục I's receipts name it: its code is the library's.
            var document = sections.Count > 0 ? $"{dataSet.Name} theo {sources.SubmissionLayout!.Document}" : dataSet.Name;
            return Violation(finding, name => layout.GetValueOrDefault(name)?.LabelVi ?? dataSet.FindElement(name)?.Name ?? name, ViolationCitation.Of(document, sections), provenance);
        }

        foreach (var submitted in sources.Submissions)
        {
            var unitCode = submitted.Submission.Submission.UnitCode;
            foreach (var finding in submitted.Submission.Findings)
            {
                yield return Submitted(finding, submitted.Submission.DataSet, submitted.Provenance) with
                {
                    UnitCode = unitCode,
                    UnitName = current.Find(unitCode)?.Unit.Name,
                };
            }
        }

        // The contradictions between owners' figures, which no single door could see, are the compiled figures'.
        foreach (var dataSet in sources.Submissions.Select(static s => s.Submission.DataSet).DistinctBy(static d => d.Code))
        {
            var totals = sources.SubmittedFigures.Where(t => dataSet.Elements.Contains(t.Element)).ToList();
            foreach (var finding in SubmissionAggregation.CheckAcrossOwners(dataSet, totals))
            {
                // As real as the submissions whose figures the rule read.
                var senders = totals.Where(t => finding.Figures.Any(f => f.Name == t.Element.Code)).SelectMany(static t => t.Units).ToHashSet(StringComparer.Ordinal);
                var provenance = sources.Submissions.Where(s => s.Submission.DataSet.Code == dataSet.Code && senders.Contains(s.Submission.Submission.UnitCode))
                    .Select(static s => s.Provenance).DefaultIfEmpty(Provenance.Reported).Max();
                yield return Submitted(finding, dataSet, provenance);
            }
        }

        foreach (var unit in current.Units)
        {
            var measures = RollupIndicators.ToDictionary(unit.Measures);
            foreach (var rule in sources.MeasureRules)
            {
                var result = rule.Check(measures);
                if (result.Outcome == RuleOutcome.Violated)
                {
                    // The unit's measures are the columns of the report's appendix, under their Vietnamese names.
                    var citation = $"{ReportText.UnitsAppendixName}, cột {string.Join("; ", result.Figures.Select(static f => MeasureName(f.Name)))}";
                    yield return Violation(result, MeasureName, citation, sources.DossierProvenance) with { UnitCode = unit.Code, UnitName = unit.Unit.Name };
                }
            }
        }
    }

    private static Dictionary<string, ReportedFigure> Printed(ReportFigureSet set) => set.Figures.ToDictionary(f => f.Id, StringComparer.Ordinal);

    private static List<string> Sections(RuleResult result, Dictionary<string, ReportedFigure> printed) =>
        [.. result.Figures.Select(f => printed.GetValueOrDefault(f.Name)?.Section).OfType<string>()];

    private static string MeasureName(string name) => DossierMeasures.TryParse(name, out var measure) ? DossierMeasures.VietnameseNameOf(measure) : name;

    // The report's text is Vietnamese; the English text stays beside it for developers.
    private static ConsistencyViolation Violation(RuleResult result, Func<string, string> label, string citation, Provenance provenance) => new(
        result.Rule.Id,
        $"{result.Rule.DescriptionVi}: {VietnameseRuleMessage.Format(result, label)}",
        null,
        [.. result.Figures.Where(f => f.Figure is not null).Select(f => new ViolationFigure(label(f.Name), f.Figure!.Value.Value))],
        provenance)
    {
        DescriptionEn = $"{result.Rule.Description}: {result.Message}",
        Citation = citation,
    };

    private static IEnumerable<UnitSubmission> Submissions(MonthlyReportSources sources, PeriodRollup current)
    {
        var codes = sources.ExpectedReporters
            ?? [.. current.Units.Where(u => !current.Units.Any(c => c.ParentCode == u.Code)).Select(u => u.Code)];
        foreach (var code in codes.Distinct(StringComparer.Ordinal))
        {
            var unit = current.Find(code)!;
            var own = OwnActivity(current, unit);
            yield return new UnitSubmission(unit.Code, unit.Unit.Name, own ? sources.AsOf : null);
        }
    }

    // From real submissions: a unit has reported when it sent every report due from it, on the day the last of them came.
    private static IEnumerable<UnitSubmission> Submitted(MonthlyReportSources sources, PeriodRollup current)
    {
        var byUnit = sources.ReportingRates
            .SelectMany(rate => rate.Expected.Select(unit => (Unit: unit, Sent: rate.Submitted.FirstOrDefault(s => s.Unit == unit)?.SubmittedAt.Date)))
            .GroupBy(static x => x.Unit, StringComparer.Ordinal);
        foreach (var unit in byUnit.OrderBy(static g => g.Key, StringComparer.Ordinal))
        {
            var complete = unit.All(static x => x.Sent is not null);
            yield return new UnitSubmission(unit.Key, current.Find(unit.Key)?.Unit.Name ?? unit.Key, complete ? unit.Max(static x => x.Sent) : null);
        }
    }

    // Catalog indicators made of submitted elements, computed as a ratio of the province's sums and judged by the core's
    // evaluator; each goes to the group that takes its elements' report section.
    private static void AddSubmittedIndicators(MonthlyReportBuilder builder, MonthlyReportSources sources, SubmittedPlacement placement)
    {
        var measures = SubmittedIndicators.Measures(sources.SubmittedFigures);
        var definitions = sources.Catalog.Indicators.Where(d => d.Measures.All(measures.ContainsKey)).ToList();
        foreach (var definition in definitions)
        {
            // As real as the submissions that sent its figures.
            var provenance = sources.Submissions
                .Where(s => s.Submission.Numbers.Keys.Any(code => s.Submission.DataSet.FindElement(code)?.Measure is { } m && definition.Measures.Contains(m)))
                .Select(static s => s.Provenance).DefaultIfEmpty(Provenance.Reported).Max();
            var section = sources.SubmittedFigures.Select(static t => t.Element).FirstOrDefault(e => e.Measure is { } m && definition.Measures.Contains(m))?.Section;
            var value = definition.Compute(name => measures.TryGetValue(name, out var v) ? v : null);
            builder.AddIndicator(new IndicatorInput(
                definition.Code, placement.GroupOf(section), definition.NameVi, definition.Unit, Whole(value.Numerator), Whole(value.Denominator),
                Target(sources, definition, value.Value, []), null, [], provenance) { DefinitionSource = definition.LegalSource, NoTargetReason = NoTargetReason(sources, definition) });
        }
    }

    // Every submitted figure once, under the group of its report section, in the order the report template words them
    // (the data set's order for the rest): a running total beside its period figure, a stated rate's numerator and
    // denominator beside the rate (the data set's rules that check the rate name them).
    private static void AddFigures(MonthlyReportBuilder builder, MonthlyReportSources sources, PeriodRollup current, SubmittedPlacement placement)
    {
        // A figure no unit sent is not printed (the completeness annex says who did not report).
        var totals = sources.SubmittedFigures
            .Where(static t => t.Element.Unit != UnitOfMeasure.Text && t.Value is not null)
            .GroupBy(static t => t.Element.Code, StringComparer.Ordinal)
            .Select(static g => g.First())
            .OrderBy(static t => ReportTemplate.Report87.Position(t.Element.Code))
            .ToList();
        var byCode = totals.ToDictionary(static t => t.Element.Code, StringComparer.Ordinal);
        var runningTotals = totals.Where(t => t.Element.CumulativeOf is { } of && byCode.ContainsKey(of))
            .ToDictionary(static t => t.Element.CumulativeOf!, StringComparer.Ordinal);
        var rates = StatedRates(sources).Where(r => byCode.ContainsKey(r.Key) && byCode.ContainsKey(r.Value.Numerator) && byCode.ContainsKey(r.Value.Denominator))
            .ToDictionary(static r => r.Key, static r => r.Value, StringComparer.Ordinal);
        var shownWithRate = rates.Values.SelectMany(static r => new[] { r.Numerator, r.Denominator }).ToHashSet(StringComparer.Ordinal);
        // A unit's figures are as real as the submission of the data set that carries them, whatever else it sent.
        var provenanceOf = sources.Submissions
            .SelectMany(static s => s.Submission.DataSet.Elements.Select(e => (s.Submission.Submission.UnitCode, Element: e.Code, s.Provenance)))
            .GroupBy(static x => (x.UnitCode, x.Element))
            .ToDictionary(static g => g.Key, static g => g.Max(static x => x.Provenance));
        foreach (var total in totals)
        {
            var code = total.Element.Code;
            if (runningTotals.Values.Contains(total) || (shownWithRate.Contains(code) && !rates.ContainsKey(code)))
            {
                continue;
            }

            FigurePart Part(string part) => new(part, byCode[part].Element.Name, byCode[part].Value);
            builder.AddFigure(ReportTemplate.Report87.Word(new FigureRow(
                code,
                placement.GroupOf(total.Element.Section),
                total.Element.Name,
                total.Value,
                total.Element.Unit == UnitOfMeasure.Percent ? "%" : string.Empty,
                runningTotals.GetValueOrDefault(code)?.Value,
                rates.TryGetValue(code, out var rate) ? [Part(rate.Numerator), Part(rate.Denominator)] : [],
                SentBy(current, total),
                total.Units.Select(unit => provenanceOf.GetValueOrDefault((unit, code), Provenance.Reported)).DefaultIfEmpty(Provenance.Reported).Max())
            {
                ReportingUnits = [.. total.Units.Select(unit => UnitName(current, unit))],
            }));
        }
    }

    // A rule "rate ~= 100 × numerator ÷ denominator" over single elements is how a data set says which figures a stated rate is of.
    private static Dictionary<string, (string Numerator, string Denominator)> StatedRates(MonthlyReportSources sources)
    {
        var rates = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        foreach (var rule in sources.Submissions.Select(static s => s.Submission.DataSet).Distinct().SelectMany(static d => d.Rules).Select(static r => r.Rule))
        {
            if (rule.Operator == RuleOperator.MatchesPrinted && rule.RightDenominator is { } denominator
                && Single(rule.Left) is { } rate && Single(rule.Right) is { } numerator && Single(denominator) is { } whole)
            {
                rates.TryAdd(rate, (numerator, whole));
            }
        }

        return rates;
    }

    private static string? Single(MeasureExpression expression) => expression.Measures.Take(2).ToList() is [var only] ? only : null;

    // Section II: the period's difficulties, a carried-over one with the text its unit gave it last (submissions of
    // earlier periods only lend that text); the same words from several units are one item naming them all, in the
    // order first raised.
    private static void AddDifficulties(MonthlyReportBuilder builder, MonthlyReportSources sources, PeriodRollup current)
    {
        var register = SubmissionRegister.Empty.Add(sources.Submissions.Select(static s => s.Submission));
        var raised = sources.Submissions
            .Where(s => s.Submission.Submission.Period.LastMonth.CompareTo(sources.Period.FirstMonth) >= 0)
            .SelectMany(s => register.Difficulties(s.Submission.Submission).Select(d => (Difficulty: d, s.Submission.Submission.UnitCode, s.Provenance)))
            .GroupBy(static x => x.Difficulty);
        foreach (var item in raised)
        {
            var difficulty = item.Key;
            builder.AddDifficulty(new ReportedDifficulty(
                difficulty.Topic,
                difficulty.Text,
                difficulty.AddressedTo is { } to ? UnitName(current, to) : null,
                [.. item.Select(x => x.UnitCode).Distinct(StringComparer.Ordinal).Select(unit => UnitName(current, unit))],
                item.Max(static x => x.Provenance)) { CarriedOver = difficulty.CarriedOver });
        }
    }

    // The units' own texts per section, from the period's submissions in the order of the report's units (a unit's texts
    // in the order it wrote them). The desk took only the sections of the submission's data set; one the report does not have (another
    // template) is not printed.
    private static void AddUnitTexts(MonthlyReportBuilder builder, MonthlyReportSources sources, PeriodRollup current)
    {
        var sections = builder.SectionKeys;
        var order = current.Units.Select((unit, index) => (unit.Code, index)).ToDictionary(static x => x.Code, static x => x.index, StringComparer.Ordinal);
        var written = sources.Submissions
            .Where(s => s.Submission.Submission.Period.LastMonth.CompareTo(sources.Period.FirstMonth) >= 0)
            .OrderBy(s => order.GetValueOrDefault(s.Submission.Submission.UnitCode, int.MaxValue))
            .SelectMany(s => s.Submission.Submission.Texts.Select(t => (Text: t, s.Submission.Submission.UnitCode, s.Provenance)))
            .Where(x => sections.Contains(x.Text.Section, StringComparer.Ordinal));
        foreach (var (text, unit, provenance) in written)
        {
            builder.AddUnitText(new UnitSectionText(text.Section, UnitName(current, unit), text.Text, provenance));
        }
    }

    // The 766 index from the dossiers' measures and the counters the units sent, shown once any counter no dossier gives
    // has come: scored by the core when all are there, "chưa có số liệu" with the missing ones otherwise.
    private static void AddIndexes(MonthlyReportBuilder builder, MonthlyReportSources sources, UnitRollup root)
    {
        var submitted = SubmittedIndicators.Measures(sources.SubmittedFigures)
            .Where(static m => decimal.IsInteger(m.Value))
            .ToDictionary(static m => m.Key, static m => (long)m.Value, StringComparer.Ordinal);
        var measures = new Dictionary<string, long>(RollupIndicators.ToDictionary(root.Measures), StringComparer.Ordinal);
        foreach (var (name, value) in submitted)
        {
            measures[name] = value;
        }

        foreach (var index in sources.Catalog.Indexes)
        {
            var counters = index.Counters;
            if (!counters.Any(c => submitted.ContainsKey(c) && !DossierMeasures.TryParse(c, out _)))
            {
                continue;
            }

            var provenance = sources.Submissions.Where(s => s.Submission.Numbers.Keys.Any(code => s.Submission.DataSet.FindElement(code)?.Measure is { } m && counters.Contains(m)))
                .Select(static s => s.Provenance).Append(sources.DossierProvenance).Max();
            builder.AddIndex(new ReportedIndex(index.Code, index.NameVi, index.ScoreWhenReported(measures), [.. counters.Where(c => !measures.ContainsKey(c))], counters.Count, provenance));
        }
    }

    private static string UnitName(PeriodRollup current, string code) => current.Find(code)?.Unit.Name ?? code;

    // Who sent a figure, as a report names them: a department or a branch by name, the communes, wards and the special
    // zone counted by kind out of the owners of that kind ("Sở Y tế; 45/48 xã"); past six entries, how many of the
    // figure's owners sent it ("65/79 đơn vị").
    private static IReadOnlyList<string> SentBy(PeriodRollup current, ElementTotal total)
    {
        static OrgUnitKind? Counted(OrgUnitKind? kind) => kind is OrgUnitKind.Commune or OrgUnitKind.Ward or OrgUnitKind.SpecialZone or OrgUnitKind.Township ? kind : null;
        OrgUnitKind? KindOf(string code) => current.Find(code)?.Unit.Kind;
        var named = total.Units.Where(u => Counted(KindOf(u)) is null).Select(u => UnitName(current, u));
        var counted = total.Units.Select(KindOf).Select(Counted).OfType<OrgUnitKind>().GroupBy(static k => k).OrderBy(static g => g.Key).Select(g =>
        {
            var owners = total.Owners.Count(o => KindOf(o) == g.Key);
            var sent = g.Count() < owners ? $"{VietnameseFormat.Integer(g.Count())}/{VietnameseFormat.Integer(owners)}" : VietnameseFormat.Integer(g.Count());
            return $"{sent} {UnitText.Kind(g.Key)!.ToLowerInvariant()}";
        });
        List<string> entries = [.. named, .. counted];
        var of = total.Owners.Count > total.Units.Count ? "/" + VietnameseFormat.Integer(total.Owners.Count) : string.Empty;
        return entries.Count <= 6 ? entries : [$"{VietnameseFormat.Integer(total.Units.Count)}{of} đơn vị"];
    }

    // A unit reported when dossiers of its own (not only its children's) were received or resolved in the period.
    private static bool OwnActivity(PeriodRollup period, UnitRollup unit)
    {
        long received = unit.Measures.Received, resolved = unit.Measures.Resolved;
        foreach (var child in period.Units.Where(c => c.ParentCode == unit.Code))
        {
            received -= child.Measures.Received;
            resolved -= child.Measures.Resolved;
        }

        return received > 0 || resolved > 0;
    }

    // Which group a submitted figure or indicator goes to: the first group of the layout that takes its report section,
    // else one group for the rest, added the first time it is needed.
    private sealed class SubmittedPlacement(MonthlyReportBuilder builder, IReadOnlyList<ReportIndicatorSection> sections)
    {
        private bool otherAdded;

        public string GroupOf(string? section)
        {
            if (sections.FirstOrDefault(s => s.Takes(section)) is { } group)
            {
                return group.Code;
            }

            if (!otherAdded)
            {
                builder.AddIndicatorGroup(SubmittedGroup, "Chỉ tiêu, số liệu khác từ báo cáo của các đơn vị");
                otherAdded = true;
            }

            return SubmittedGroup;
        }
    }

    private static bool IsIssuedBy(Plan plan, LocalDate date) => plan.Directive.IssuedOn is not { } issued || issued <= date;

    private static long? Whole(decimal? number) => number is { } n ? decimal.ToInt64(n) : null;
}
