using KhanhHoa.Governance.Indicators;
using KhanhHoa.Governance.Primitives;
using KhanhHoa.Governance.Rollup;
using KhanhHoa.Governance.Submissions;
using KhanhHoa.Governance.Tasks;

namespace KhanhHoa.Governance.Reporting;

/// <summary>
/// Assembles a <see cref="MonthlyReport"/> from report-level pieces: the period, the header, indicator inputs with the
/// core's target evaluations, tasks with the core's statuses, violations, unit submissions and rolled-up unit
/// measures, as of an explicit date (never the wall clock). It computes each rate as a ratio of sums, the
/// month-on-month change, ratio consistency checks, the 2×2 task counts of the core's statuses, the overdue working
/// days on the host's business calendar and the derived next-period priorities. Target and task statuses are the
/// core's (<see cref="TargetEvaluator"/>, <see cref="TaskStatusEvaluator"/>): the builder shows them, never re-judges.
/// </summary>
/// <remarks>
/// Rates are <c>100 × numerator ÷ denominator</c> rounded by <see cref="RoundingRule.TwoDecimals"/>. A value a source states
/// is checked against the computed one at the stated precision: "75%" for 1.365.565/1.816.581 (75,17%) passes, "89%"
/// for 85.217/94.887 (89,81%) is recorded as a violation (rule <c>RATIO.STATED</c>).
/// </remarks>
/// <threadsafety>Not thread-safe: build a report from one thread. The report it builds is immutable.</threadsafety>
internal sealed class MonthlyReportBuilder
{
    /// <summary>Who section III names for target-driven priorities when the caller gives no one.</summary>
    public const string DefaultResponsible = "Các sở, ban, ngành và UBND các xã, phường";

    private readonly List<(string Code, string Title, string? Section)> groups = [];
    private readonly List<FigureRow> figures = [];
    private readonly List<ReportedDifficulty> difficulties = [];
    private readonly List<UnitSectionText> unitTexts = [];
    private readonly List<ReportedIndex> indexes = [];
    private readonly List<ReportInput> inputs = [];
    private readonly List<IndicatorInput> indicators = [];
    private readonly List<ReportTask> tasks = [];
    private readonly List<ConsistencyViolation> violations = [];
    private readonly List<UnitRollup> units = [];
    private readonly List<UnitSubmission> submissions = [];
    private readonly List<PriorityItem> priorities = [];
    private readonly List<Recipient> recipients = [];
    private readonly Dictionary<string, string> planReferences = new(StringComparer.Ordinal);
    private readonly BusinessCalendar calendar;
    private Provenance submissionsProvenance = Provenance.Computed;
    private readonly List<DataSetReceipts> dataSetReceipts = [];
    private Submissions.SubmissionCompleteness? reports;
    private Provenance unitsProvenance = Provenance.Computed;
    private string closing = string.Empty;
    private readonly Dictionary<string, IReadOnlyList<string>> sectionTexts = new(StringComparer.Ordinal);

    /// <summary>Starts a report for a period, evaluated as of a date.</summary>
    /// <param name="period">The period covered (report 87/BC-BCĐ: <c>ReportingPeriod.Month(2025, 9, CutoffRule.OnDay(15))</c>).</param>
    /// <param name="asOf">The date task statuses and overdue days are evaluated at, usually the period's last day.</param>
    /// <param name="header">The document header.</param>
    /// <param name="signature">The signature block.</param>
    /// <param name="calendar">
    /// The host's business calendar (the one its container registers), which counts the working days an overdue task is
    /// late: holidays and swapped working days included. There is no default, so no report counts plain weekdays by
    /// accident.
    /// </param>
    public MonthlyReportBuilder(ReportingPeriod period, LocalDate asOf, ReportHeader header, SignatureBlock signature, BusinessCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(signature);
        ArgumentNullException.ThrowIfNull(calendar);
        Period = period;
        AsOf = asOf;
        Header = header;
        Signature = signature;
        this.calendar = calendar;
    }

    /// <summary>The period covered.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>The as-of date.</summary>
    public LocalDate AsOf { get; }

    /// <summary>The document header.</summary>
    public ReportHeader Header { get; }

    /// <summary>The signature block.</summary>
    public SignatureBlock Signature { get; }

    /// <summary>Adds a group of section I; groups print in the order they are added.</summary>
    /// <param name="code">The group code indicators refer to.</param>
    /// <param name="title">The heading as printed.</param>
    /// <returns>This builder.</returns>
    public MonthlyReportBuilder AddIndicatorGroup(string code, string title) => AddIndicatorGroup(code, title, null);

    /// <summary>
    /// Adds a group of section I as a lettered subsection of a numbered section (<see cref="IndicatorGroup.Section"/>);
    /// groups print in the order they are added, consecutive ones with the same section under one number.
    /// </summary>
    /// <param name="code">The group code indicators and figures refer to.</param>
    /// <param name="title">The subsection's heading, or the section's when <paramref name="section"/> is <see langword="null"/>.</param>
    /// <param name="section">The heading of the numbered section, or <see langword="null"/> for a group that is a section by itself.</param>
    /// <returns>This builder.</returns>
    public MonthlyReportBuilder AddIndicatorGroup(string code, string title, string? section)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentNullException.ThrowIfNull(title);
        if (groups.Exists(group => group.Code == code))
        {
            throw new ArgumentException($"indicator group '{code}' was already added", nameof(code));
        }

        groups.Add((code, title, section));
        return this;
    }

    /// <summary>Adds a figure the units reported to one of the groups.</summary>
    /// <param name="figure">The figure.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">Its <see cref="FigureRow.Sentence"/> or <see cref="FigureRow.NoneSentence"/> has an unknown placeholder or an unclosed brace.</exception>
    public MonthlyReportBuilder AddFigure(FigureRow figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        try
        {
            _ = figure.Sentence is { } sentence ? SentenceTemplate.Parse(sentence, $"figure {figure.Code}") : null;
            _ = figure.NoneSentence is { } none ? SentenceTemplate.Parse(none, $"figure {figure.Code}") : null;
        }
        catch (FormatException problem)
        {
            throw new ArgumentException(problem.Message, nameof(figure), problem);
        }

        figures.Add(figure);
        return this;
    }

    /// <summary>Records an input the report is made from (listed in the JSON's <c>generation.inputs</c>).</summary>
    /// <param name="input">The input and its fingerprint.</param>
    /// <returns>This builder.</returns>
    public MonthlyReportBuilder AddInput(ReportInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        inputs.Add(input);
        return this;
    }

    /// <summary>Adds a composite index to section I, after the indicators; they print in the order added.</summary>
    /// <param name="index">The index with the core's score, or none.</param>
    /// <returns>This builder.</returns>
    public MonthlyReportBuilder AddIndex(ReportedIndex index)
    {
        ArgumentNullException.ThrowIfNull(index);
        indexes.Add(index);
        return this;
    }

    /// <summary>Adds a difficulty or proposal to section II; they print in the order added.</summary>
    /// <param name="difficulty">The difficulty, with the units that raised it.</param>
    /// <returns>This builder.</returns>
    public MonthlyReportBuilder AddDifficulty(ReportedDifficulty difficulty)
    {
        ArgumentNullException.ThrowIfNull(difficulty);
        difficulties.Add(difficulty);
        return this;
    }

    /// <summary>Adds a unit's own text for a section; a section's texts print in the order added.</summary>
    /// <param name="text">The text, with its unit's name and section.</param>
    /// <returns>This builder.</returns>
    public MonthlyReportBuilder AddUnitText(UnitSectionText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        unitTexts.Add(text);
        return this;
    }

    /// <summary>Adds an indicator to one of the groups.</summary>
    /// <param name="indicator">The indicator's figures.</param>
    /// <returns>This builder.</returns>
    public MonthlyReportBuilder AddIndicator(IndicatorInput indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        indicators.Add(indicator);
        return this;
    }

    /// <summary>How section III and the task tables cite a plan ("Kế hoạch số 3433/KH-UBND"), instead of its id.</summary>
    /// <param name="plan">The plan's id (<see cref="ReportTask.Plan"/>).</param>
    /// <param name="reference">The plan's document as an official cites it.</param>
    /// <returns>This builder.</returns>
    public MonthlyReportBuilder WithPlanReference(string plan, string reference)
    {
        planReferences[plan] = reference;
        return this;
    }

    /// <summary>Adds plan tasks with their statuses as of <see cref="AsOf"/>; cancelled ones are left out of every count and list.</summary>
    /// <param name="records">The tasks.</param>
    /// <returns>This builder.</returns>
    public MonthlyReportBuilder AddTasks(IEnumerable<ReportTask> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        tasks.AddRange(records);
        return this;
    }

    /// <summary>Adds a consistency-rule violation found by a rule engine outside the builder.</summary>
    /// <param name="violation">The violation.</param>
    /// <returns>This builder.</returns>
    public MonthlyReportBuilder AddViolation(ConsistencyViolation violation)
    {
        ArgumentNullException.ThrowIfNull(violation);
        violations.Add(violation);
        return this;
    }

    /// <summary>
    /// Adds one unit's rolled-up measures. The report lists units in the order they are added, so a host adds them in
    /// the rollup's order (<c>PeriodRollup.Units</c>: depth-first from the root) and the report's <c>units[]</c> is the
    /// rollup JSON's, as <see cref="MonthlyReportComposer"/> does.
    /// </summary>
    /// <param name="unit">The unit's measures as the rollup engine computed them.</param>
    /// <param name="provenance">Where the unit's dossiers come from.</param>
    /// <returns>This builder.</returns>
    public MonthlyReportBuilder AddRollupUnit(UnitRollup unit, Provenance provenance = Provenance.Computed)
    {
        ArgumentNullException.ThrowIfNull(unit);
        units.Add(unit);
        unitsProvenance = Combine(unitsProvenance, provenance);
        return this;
    }

    /// <summary>Records whether a unit expected to report did so.</summary>
    /// <param name="submission">The unit and the day its data arrived, if it did.</param>
    /// <param name="provenance">Where the submission record comes from.</param>
    /// <returns>This builder.</returns>
    public MonthlyReportBuilder AddSubmission(UnitSubmission submission, Provenance provenance = Provenance.Computed)
    {
        ArgumentNullException.ThrowIfNull(submission);
        submissions.Add(submission);
        submissionsProvenance = Combine(submissionsProvenance, provenance);
        return this;
    }

    /// <summary>Records the completeness of the period's reports per data set, as the core judged it.</summary>
    /// <param name="completeness">The reports due and received, per data set.</param>
    /// <returns>This builder.</returns>
    public MonthlyReportBuilder WithReports(Submissions.SubmissionCompleteness completeness)
    {
        ArgumentNullException.ThrowIfNull(completeness);
        reports = completeness;
        return this;
    }

    /// <summary>Records what the office received of one data set for the period, and where those submissions came from.</summary>
    /// <param name="rate">The core's reporting rate of the data set.</param>
    /// <param name="provenance">Where the submissions come from: <see cref="Provenance.Reported"/> for the desk's own receipts.</param>
    /// <returns>This builder.</returns>
    public MonthlyReportBuilder AddDataSetReceipts(Submissions.ReportingRate rate, Provenance provenance)
    {
        ArgumentNullException.ThrowIfNull(rate);
        dataSetReceipts.Add(new DataSetReceipts(rate.DataSet, rate, provenance));
        return this;
    }

    /// <summary>Adds a priority written by the drafting officer; these come before the derived ones.</summary>
    /// <param name="responsible">Who carries it out.</param>
    /// <param name="text">What to do.</param>
    /// <param name="dueBy">The date it must be done by, if any.</param>
    /// <returns>This builder.</returns>
    public MonthlyReportBuilder AddPriority(string responsible, string text, LocalDate? dueBy = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(responsible);
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        priorities.Add(new PriorityItem(responsible, text, dueBy, PrioritySource.Manual));
        return this;
    }

    /// <summary>Adds a line to the "Nơi nhận" block.</summary>
    /// <param name="recipient">The recipient.</param>
    /// <returns>This builder.</returns>
    public MonthlyReportBuilder AddRecipient(Recipient recipient)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        recipients.Add(recipient);
        return this;
    }

    /// <summary>
    /// Sets the office's own paragraphs for a section (<see cref="MonthlyReport.SectionTexts"/>), printed instead of the
    /// text the report composes for it; a later call for the same section replaces an earlier one.
    /// </summary>
    /// <param name="section">A group's code of section I (added with <see cref="AddIndicatorGroup(string, string)"/>), <see cref="MonthlyReport.DifficultiesSection"/> or <see cref="MonthlyReport.PrioritiesSection"/>.</param>
    /// <param name="paragraphs">The paragraphs, in order.</param>
    /// <returns>This builder.</returns>
    public MonthlyReportBuilder WithSectionText(string section, IReadOnlyList<string> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(section);
        ArgumentNullException.ThrowIfNull(paragraphs);
        sectionTexts[section] = [.. paragraphs];
        return this;
    }

    /// <summary>Sets the closing sentence printed before "Nơi nhận".</summary>
    /// <param name="text">The sentence, e.g. "Ban Chỉ đạo tỉnh Khánh Hòa báo cáo Văn phòng Chính phủ, Bộ Công an biết, theo dõi, chỉ đạo./.".</param>
    /// <returns>This builder.</returns>
    public MonthlyReportBuilder WithClosing(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        closing = text;
        return this;
    }

    /// <summary>Builds the report.</summary>
    /// <returns>The report.</returns>
    /// <exception cref="InvalidOperationException">
    /// An indicator or a figure names an unknown group, a section text an unknown section, a section's or a unit's text notes that do not add up (<see cref="Submissions.FootnotedText"/>), two indicators share a code, a target evaluation is not of the row's value
    /// on <see cref="AsOf"/>, or a task's status does not hold on <see cref="AsOf"/>.
    /// </exception>
    public MonthlyReport Build()
    {
        var problems = new List<string>();
        foreach (var duplicate in indicators.GroupBy(input => input.Code, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add($"indicator code '{duplicate.Key}' is used {duplicate.Count()} times");
        }

        foreach (var input in indicators.Where(input => !groups.Exists(group => group.Code == input.Group)))
        {
            problems.Add($"indicator '{input.Code}' names unknown group '{input.Group}'");
        }

        foreach (var figure in figures.Where(figure => !groups.Exists(group => group.Code == figure.Group)))
        {
            problems.Add($"figure '{figure.Code}' names unknown group '{figure.Group}'");
        }

        foreach (var section in sectionTexts.Keys.Where(key => !SectionKeys.Contains(key, StringComparer.Ordinal)))
        {
            problems.Add($"a section text names unknown section '{section}' (the report's: {string.Join(", ", SectionKeys)})");
        }

        foreach (var text in unitTexts.Where(text => !SectionKeys.Contains(text.Section, StringComparer.Ordinal)))
        {
            problems.Add($"{text.Unit}'s text names unknown section '{text.Section}' (the report's: {string.Join(", ", SectionKeys)})");
        }

        // A footnote has one place in the report: notes that do not add up would print a dangling mark.
        foreach (var (section, paragraphs) in sectionTexts)
        {
            if (MonthlyReport.ReadSectionText(paragraphs).TryPickT1(out var problem, out _))
            {
                problems.Add("the office's text: " + problem.Describe(MessageLanguage.English, section));
            }
        }

        foreach (var text in unitTexts)
        {
            if (FootnotedText.Parse(text.Text).TryPickT1(out var problem, out _))
            {
                problems.Add($"{text.Unit}'s text: " + problem.Describe(MessageLanguage.English, text.Section));
            }
        }

        // The row shows the core's evaluation, so it must be the evaluation of the row's own value on the report's date.
        foreach (var input in indicators.Where(input => input.Target is { } target
                     && (target.Evaluation.AsOf != AsOf || target.Evaluation.Value != Value(input))))
        {
            problems.Add($"indicator '{input.Code}': its target was evaluated on another value or date than the report's");
        }

        foreach (var task in tasks.Where(task => task.Status.AsOf != AsOf))
        {
            problems.Add($"task '{task.Id}' of {task.Plan}: its status holds on {task.Status.AsOf:uuuu-MM-dd}, not on the report's date");
        }

        if (problems.Count > 0)
        {
            throw new InvalidOperationException("cannot build the monthly report: " + string.Join("; ", problems));
        }

        var foundViolations = new List<ConsistencyViolation>(violations);
        var rows = indicators.Select(input => MakeRow(input, foundViolations)).ToList();
        var indicatorGroups = groups
            .Select(group => new IndicatorGroup(group.Code, group.Title, [.. rows.Where(row => row.Group == group.Code)])
            {
                Section = group.Section,
                Figures = [.. figures.Where(figure => figure.Group == group.Code)],
            })
            .ToArray();
        var taskSection = MakeTaskSection();
        var allPriorities = priorities.Concat(DerivePriorities(taskSection, rows)).ToArray();
        return new MonthlyReport(
            Header,
            Period,
            AsOf,
            units,
            unitsProvenance,
            indicatorGroups,
            taskSection,
            foundViolations,
            new ReportingCompleteness([.. submissions.OrderBy(unit => unit.Code, StringComparer.Ordinal)], submissionsProvenance) { Reports = reports, DataSets = [.. dataSetReceipts] },
            allPriorities,
            closing,
            recipients,
            Signature)
        {
            Difficulties = [.. difficulties],
            UnitTexts = [.. unitTexts],
            Indexes = [.. indexes],
            Inputs = [.. inputs],
            SectionTexts = new Dictionary<string, IReadOnlyList<string>>(sectionTexts, StringComparer.Ordinal),
            PlanReferences = new Dictionary<string, string>(planReferences, StringComparer.Ordinal),
        };
    }

    // The sections a section text may name (WithSectionText, AddUnitText): section I's groups, then II and III.
    internal IReadOnlyList<string> SectionKeys => [.. groups.Select(static group => group.Code), MonthlyReport.DifficultiesSection, MonthlyReport.PrioritiesSection];

    private IndicatorRow MakeRow(IndicatorInput input, List<ConsistencyViolation> found)
    {
        var isRate = input.Unit == "%";
        if (isRate && input.Numerator is { } numerator && input.Denominator is { } denominator and not 0)
        {
            if (numerator > denominator || numerator < 0 || denominator < 0)
            {
                found.Add(new ConsistencyViolation(
                    "RATIO.RANGE",
                    $"{input.Name}: tử số lớn hơn mẫu số hoặc âm, tỷ lệ vượt khoảng 0–100%.",
                    null,
                    [new ViolationFigure("Tử số", numerator), new ViolationFigure("Mẫu số", denominator)],
                    input.Provenance) { Citation = RowCitation(input) });
            }
        }

        var value = Value(input);
        if (input.StatedValue is { } stated && Rounded(input, new RoundingRule(stated.Scale, MidpointRounding.AwayFromZero)) is { } atStated
            && atStated != stated)
        {
            found.Add(new ConsistencyViolation(
                "RATIO.STATED",
                $"{input.Name}: giá trị nêu trong báo cáo ({VietnameseFormat.WithUnit(stated, input.Unit)}) không khớp với giá trị tính từ tử số và mẫu số ({VietnameseFormat.WithUnit(value!.Value, input.Unit)}).",
                null,
                [
                    new ViolationFigure("Giá trị nêu", stated),
                    new ViolationFigure("Giá trị tính lại", value!.Value),
                    .. input.Numerator is { } n ? [new ViolationFigure("Tử số", n)] : Array.Empty<ViolationFigure>(),
                    .. input.Denominator is { } d ? [new ViolationFigure("Mẫu số", d)] : Array.Empty<ViolationFigure>(),
                ],
                input.Provenance) { Citation = RowCitation(input) });
        }

        var month = Period.LastMonth;
        var history = (input.History ?? [])
            .Where(point => point.Month < month)
            .GroupBy(point => point.Month)
            .Select(g => g.Last())
            .OrderBy(point => point.Month)
            .ToList();
        var previous = history.LastOrDefault(point => point.Month == month.PlusMonths(-1))?.Value;
        var trend = new List<TrendPoint>(history);
        if (value is { } current)
        {
            trend.Add(new TrendPoint(month, current));
        }

        return new IndicatorRow(
            input.Code,
            input.Group,
            input.Name,
            input.Unit,
            value,
            input.Numerator,
            isRate ? input.Denominator : null,
            input.Target,
            previous,
            value is { } now && previous is { } before ? now - before : null,
            trend.TakeLast(12).ToArray(),
            input.Provenance)
        {
            DefinitionSource = input.DefinitionSource,
            NoTargetReason = input.Target is null ? input.NoTargetReason : null,
        };
    }

    private TaskSection MakeTaskSection()
    {
        var counted = tasks.Where(task => task.Status.Status != PlanTaskStatus.Cancelled).ToList();
        var byPlan = counted
            .GroupBy(task => task.Plan, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new TaskSummary(g.Key, Count(g)))
            .ToArray();
        var byAgency = counted
            .GroupBy(task => task.LeadAgency, StringComparer.Ordinal)
            .Select(g => new TaskSummary(g.Key, Count(g)))
            .OrderByDescending(summary => summary.Counts.OpenOverdue)
            .ThenBy(summary => summary.Name, StringComparer.Ordinal)
            .ToArray();
        var overdue = counted
            .Where(task => task.Status.Status == PlanTaskStatus.Overdue)
            .Select(task => new OverdueTask(
                task.Id,
                task.Plan,
                task.Title,
                task.LeadAgency,
                task.Status.DueDate!.Value,
                calendar.WorkingDaysBetween(task.Status.DueDate.Value, AsOf),
                task.Provenance))
            .OrderByDescending(task => task.WorkingDaysLate)
            .ThenBy(task => task.LeadAgency, StringComparer.Ordinal)
            .ThenBy(task => task.Id, StringComparer.Ordinal)
            .ToArray();
        var dueSoon = counted
            .Where(task => task.Status.Status == PlanTaskStatus.DueSoon)
            .Select(task => new UpcomingTask(task.Id, task.Plan, task.Title, task.LeadAgency, task.Status.DueDate!.Value, task.Provenance))
            .OrderBy(task => task.Deadline)
            .ThenBy(task => task.Id, StringComparer.Ordinal)
            .ToArray();
        var provenance = counted.Aggregate(Provenance.Computed, (acc, task) => Combine(acc, task.Provenance));
        return new TaskSection(Count(counted), byPlan, byAgency, overdue, dueSoon, counted, provenance);
    }

    // Section III looks ahead: open tasks due in the next period (never one due on or before this period's end, which
    // the task section already lists as overdue) and targets still in reach.
    private IEnumerable<PriorityItem> DerivePriorities(TaskSection section, List<IndicatorRow> rows)
    {
        var horizon = Period.Next().End;
        var ahead = section.Tasks
            .Where(task => task.Status.DueDate is { } due && due > Period.End && due <= horizon
                && task.Status.Status is PlanTaskStatus.InProgressWithinDeadline or PlanTaskStatus.DueSoon)
            .OrderBy(task => task.Status.DueDate)
            .ThenBy(task => task.Plan, StringComparer.Ordinal)
            .ThenBy(task => task.Id, StringComparer.Ordinal);
        foreach (var task in ahead)
        {
            yield return new PriorityItem(
                task.LeadAgency,
                $"Khẩn trương hoàn thành nhiệm vụ “{VietnameseFormat.OneLine(task.Title)}” trước ngày {VietnameseFormat.DocumentDate(task.Status.DueDate!.Value)} ({planReferences.GetValueOrDefault(task.Plan, task.Plan)}, nhiệm vụ {task.Id}){SyntheticNote(task.Provenance)}.",
                task.Status.DueDate,
                PrioritySource.TaskDueNextPeriod,
                task.Id);
        }

        // Not met and still in time: the core's outlook is at risk, or too short a series to tell.
        foreach (var row in rows.Where(row => row.Status is TargetStatus.AtRisk or TargetStatus.NotYetDue))
        {
            var deadline = row.Target!.Deadline is { } due ? $" trước ngày {VietnameseFormat.ShortDate(due)}" : string.Empty;
            yield return new PriorityItem(
                DefaultResponsible,
                $"Tập trung đẩy nhanh tiến độ, phấn đấu đạt chỉ tiêu “{row.Name}”{deadline}: hiện đạt {VietnameseFormat.WithUnit(row.Value!.Value, row.Unit)}{SyntheticNote(row.Provenance)}, chỉ tiêu {row.Target.Text}.",
                row.Target.Deadline,
                PrioritySource.TargetNotMet,
                row.Code);
        }
    }

    // Section III repeats a figure or a task of the report: a synthetic one keeps its label there too.
    private static string SyntheticNote(Provenance provenance) => provenance == Provenance.Synthetic ? $" ({ReportText.SyntheticLabel})" : string.Empty;

    private static TaskCounts Count(IEnumerable<ReportTask> group) => TaskCounts.Of(group.Select(task => task.Status.Status));

    // The row's figures stand in section I of the report itself, under the indicator's code.
    private static string RowCitation(IndicatorInput input) => $"Báo cáo này, mục I, chỉ tiêu {input.Code}";

    // The counts' value; over a zero denominator, the one the core evaluated the target on (its zero-denominator rule).
    private static decimal? Value(IndicatorInput input) => Rounded(input, RoundingRule.TwoDecimals) ?? input.Target?.Evaluation.Value;

    // A rate by the core's rounding rule; a negative count has no rate (RATIO.RANGE records it). A count is exact.
    private static decimal? Rounded(IndicatorInput input, RoundingRule rounding) => (input.Unit == "%", input.Numerator, input.Denominator) switch
    {
        (true, { } n, { } d) when n >= 0 && d >= 0 => rounding.Percent(n, d),
        (false, { } count, _) => count,
        _ => null,
    };

    // Synthetic outranks reported, which outranks computed: a section is as weak as its weakest record.
    private static Provenance Combine(Provenance left, Provenance right) => left > right ? left : right;
}
