namespace KhanhHoa.Governance.Reporting;

/// <summary>
/// Assembles a <see cref="MonthlyReport"/> from report-level pieces: the period, the header, indicator inputs, task
/// records, violations, unit submissions and rolled-up unit measures, evaluated as of an explicit date (never the
/// wall clock). It computes each rate as a ratio of sums, the gap and status against the target, the month-on-month
/// change, the 2×2 task counts, the overdue working days, ratio consistency checks and the derived next-period
/// priorities.
/// </summary>
/// <remarks>
/// Rates are <c>100 × numerator ÷ denominator</c> rounded half away from zero to two decimals. A value a source states
/// is checked against the computed one at the stated precision: "75%" for 1.365.565/1.816.581 (75,17%) passes, "89%"
/// for 85.217/94.887 (89,81%) is recorded as a violation (rule <c>RATIO.STATED</c>).
/// </remarks>
/// <threadsafety>Not thread-safe: build a report from one thread. The report it builds is immutable.</threadsafety>
public sealed class MonthlyReportBuilder
{
    /// <summary>Who section III names for target-driven priorities when the caller gives no one.</summary>
    public const string DefaultResponsible = "Các sở, ban, ngành và UBND các xã, phường";

    private readonly List<(string Code, string Title)> groups = [];
    private readonly List<IndicatorInput> indicators = [];
    private readonly List<TaskRecord> tasks = [];
    private readonly List<ConsistencyViolation> violations = [];
    private readonly List<RollupUnit> units = [];
    private readonly List<UnitSubmission> submissions = [];
    private readonly List<PriorityItem> priorities = [];
    private readonly List<Recipient> recipients = [];
    private Provenance submissionsProvenance = Provenance.Computed;
    private Func<LocalDate, LocalDate, int> workingDaysAfter = CountWeekdaysAfter;
    private decimal atRiskMargin = 5m;
    private string closing = string.Empty;

    /// <summary>Starts a report for a period, evaluated as of a date.</summary>
    /// <param name="period">The period covered (report 87/BC-BCĐ: <c>ReportingPeriod.Month(2025, 9, CutoffRule.OnDay(15))</c>).</param>
    /// <param name="asOf">The date task statuses and overdue days are evaluated at, usually the period's last day.</param>
    /// <param name="header">The document header.</param>
    /// <param name="signature">The signature block.</param>
    public MonthlyReportBuilder(ReportingPeriod period, LocalDate asOf, ReportHeader header, SignatureBlock signature)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(signature);
        Period = period;
        AsOf = asOf;
        Header = header;
        Signature = signature;
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
    public MonthlyReportBuilder AddIndicatorGroup(string code, string title)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentNullException.ThrowIfNull(title);
        if (groups.Exists(group => group.Code == code))
        {
            throw new ArgumentException($"indicator group '{code}' was already added", nameof(code));
        }

        groups.Add((code, title));
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

    /// <summary>Adds plan tasks.</summary>
    /// <param name="records">The tasks.</param>
    /// <returns>This builder.</returns>
    public MonthlyReportBuilder AddTasks(IEnumerable<TaskRecord> records)
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
    /// <param name="unit">The unit's measures.</param>
    /// <returns>This builder.</returns>
    public MonthlyReportBuilder AddRollupUnit(RollupUnit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        units.Add(unit);
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

    /// <summary>Sets the closing sentence printed before "Nơi nhận".</summary>
    /// <param name="text">The sentence, e.g. "Ban Chỉ đạo tỉnh Khánh Hòa báo cáo Văn phòng Chính phủ, Bộ Công an biết, theo dõi, chỉ đạo./.".</param>
    /// <returns>This builder.</returns>
    public MonthlyReportBuilder WithClosing(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        closing = text;
        return this;
    }

    /// <summary>
    /// Replaces the working-day count used for overdue tasks. The default counts Monday to Friday and knows no public
    /// holidays; pass the business calendar's count to honour holidays and swapped working days.
    /// </summary>
    /// <param name="countWorkingDaysAfter">
    /// Given a deadline and the as-of date, the number of working days <c>d</c> with <c>deadline &lt; d ≤ asOf</c>.
    /// </param>
    /// <returns>This builder.</returns>
    public MonthlyReportBuilder WithWorkingDayCounter(Func<LocalDate, LocalDate, int> countWorkingDaysAfter)
    {
        ArgumentNullException.ThrowIfNull(countWorkingDaysAfter);
        workingDaysAfter = countWorkingDaysAfter;
        return this;
    }

    /// <summary>Sets how far below its target (in the indicator's unit) a value is still <see cref="IndicatorStatus.AtRisk"/>; 5 by default.</summary>
    /// <param name="margin">A non-negative margin.</param>
    /// <returns>This builder.</returns>
    public MonthlyReportBuilder WithAtRiskMargin(decimal margin)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(margin);
        atRiskMargin = margin;
        return this;
    }

    /// <summary>Builds the report.</summary>
    /// <returns>The report.</returns>
    /// <exception cref="InvalidOperationException">An indicator names an unknown group, or two indicators share a code.</exception>
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

        if (problems.Count > 0)
        {
            throw new InvalidOperationException("cannot build the monthly report: " + string.Join("; ", problems));
        }

        var foundViolations = new List<ConsistencyViolation>(violations);
        var rows = indicators.Select(input => MakeRow(input, foundViolations)).ToList();
        var indicatorGroups = groups
            .Select(group => new IndicatorGroup(group.Code, group.Title, [.. rows.Where(row => row.Group == group.Code)]))
            .ToArray();
        var taskSection = MakeTaskSection();
        var allPriorities = priorities.Concat(DerivePriorities(taskSection, rows)).ToArray();
        return new MonthlyReport(
            Header,
            Period,
            AsOf,
            units,
            indicatorGroups,
            taskSection,
            foundViolations,
            new ReportingCompleteness([.. submissions.OrderBy(unit => unit.Code, StringComparer.Ordinal)], submissionsProvenance),
            allPriorities,
            closing,
            recipients,
            Signature);
    }

    private IndicatorRow MakeRow(IndicatorInput input, List<ConsistencyViolation> found)
    {
        var isRate = input.Unit == "%";
        decimal? exact = null;
        if (isRate && input.Numerator is { } numerator && input.Denominator is { } denominator and not 0)
        {
            exact = numerator * 100m / denominator;
            if (numerator > denominator || numerator < 0 || denominator < 0)
            {
                found.Add(new ConsistencyViolation(
                    "RATIO.RANGE",
                    $"{input.Name}: tử số lớn hơn mẫu số hoặc âm, tỷ lệ vượt khoảng 0–100%.",
                    null,
                    [new ViolationFigure("Tử số", numerator), new ViolationFigure("Mẫu số", denominator)],
                    input.Provenance));
            }
        }
        else if (!isRate && input.Numerator is { } count)
        {
            exact = count;
        }

        var value = exact is { } e ? Math.Round(e, 2, MidpointRounding.AwayFromZero) : (decimal?)null;
        if (exact is { } computed && input.StatedValue is { } stated
            && Math.Round(computed, stated.Scale, MidpointRounding.AwayFromZero) != stated)
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
                input.Provenance));
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

        var status = (value, input.Target) switch
        {
            (null, _) => IndicatorStatus.NoData,
            (_, null) => IndicatorStatus.NoTarget,
            ({ } v, { } t) when t.IsMetBy(v) => IndicatorStatus.Met,
            ({ } v, { } t) when t.GapFor(v) >= -atRiskMargin => IndicatorStatus.AtRisk,
            _ => IndicatorStatus.NotMet,
        };
        return new IndicatorRow(
            input.Code,
            input.Group,
            input.Name,
            input.Unit,
            value,
            input.Numerator,
            isRate ? input.Denominator : null,
            input.Target,
            value is { } gv && input.Target is { } target ? target.GapFor(gv) : null,
            status,
            previous,
            value is { } now && previous is { } before ? now - before : null,
            trend.TakeLast(12).ToArray(),
            input.Provenance);
    }

    private TaskSection MakeTaskSection()
    {
        var nextEnd = Period.Next().End;
        var counted = tasks.Select(task => (Task: task, Counts: Classify(task, nextEnd))).ToList();
        var byPlan = counted
            .GroupBy(item => item.Task.Plan, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new TaskSummary(g.Key, Sum(g.Select(item => item.Counts))))
            .ToArray();
        var byAgency = counted
            .GroupBy(item => item.Task.LeadAgency, StringComparer.Ordinal)
            .Select(g => new TaskSummary(g.Key, Sum(g.Select(item => item.Counts))))
            .OrderByDescending(summary => summary.Counts.OpenOverdue)
            .ThenBy(summary => summary.Name, StringComparer.Ordinal)
            .ToArray();
        var overdue = counted
            .Where(item => item.Counts.OpenOverdue == 1)
            .Select(item => new OverdueTask(
                item.Task.Id,
                item.Task.Plan,
                item.Task.Title,
                item.Task.LeadAgency,
                item.Task.Deadline!.Value,
                workingDaysAfter(item.Task.Deadline.Value, AsOf),
                item.Task.Provenance))
            .OrderByDescending(task => task.WorkingDaysLate)
            .ThenBy(task => task.LeadAgency, StringComparer.Ordinal)
            .ThenBy(task => task.Id, StringComparer.Ordinal)
            .ToArray();
        var dueNext = counted
            .Where(item => item.Counts.DueSoon == 1)
            .Select(item => new UpcomingTask(item.Task.Id, item.Task.Plan, item.Task.Title, item.Task.LeadAgency, item.Task.Deadline!.Value, item.Task.Provenance))
            .OrderBy(task => task.Deadline)
            .ThenBy(task => task.Id, StringComparer.Ordinal)
            .ToArray();
        var provenance = tasks.Aggregate(Provenance.Computed, (acc, task) => Combine(acc, task.Provenance));
        return new TaskSection(Sum(counted.Select(item => item.Counts)), byPlan, byAgency, overdue, dueNext, provenance);
    }

    private TaskCounts Classify(TaskRecord task, LocalDate nextEnd)
    {
        var completed = task.CompletedOn is { } done && done <= AsOf;
        return (task.Deadline, completed) switch
        {
            (null, true) => new TaskCounts(1, 0, 0, 0, 0, 0),
            (null, false) => new TaskCounts(0, 0, 0, 0, 1, 0),
            ({ } deadline, true) when task.CompletedOn!.Value <= deadline => new TaskCounts(1, 0, 0, 0, 0, 0),
            (_, true) => new TaskCounts(0, 1, 0, 0, 0, 0),
            ({ } deadline, false) when AsOf > deadline => new TaskCounts(0, 0, 0, 1, 0, 0),
            ({ } deadline, false) => new TaskCounts(0, 0, 1, 0, 0, deadline <= nextEnd ? 1 : 0),
        };
    }

    private IEnumerable<PriorityItem> DerivePriorities(TaskSection section, List<IndicatorRow> rows)
    {
        foreach (var task in section.Overdue)
        {
            yield return new PriorityItem(
                task.LeadAgency,
                $"Khẩn trương hoàn thành nhiệm vụ quá hạn: {task.Title} ({task.Plan}, hạn {VietnameseFormat.ShortDate(task.Deadline)}).",
                null,
                PrioritySource.OverdueTask,
                task.Id);
        }

        foreach (var task in section.DueNextPeriod)
        {
            yield return new PriorityItem(
                task.LeadAgency,
                $"Hoàn thành đúng hạn: {task.Title} ({task.Plan}).",
                task.Deadline,
                PrioritySource.TaskDueNextPeriod,
                task.Id);
        }

        foreach (var row in rows.Where(row => row.Status is IndicatorStatus.NotMet or IndicatorStatus.AtRisk
                     && (row.Target!.Deadline is null || row.Target.Deadline.Value >= Period.End)))
        {
            yield return new PriorityItem(
                DefaultResponsible,
                $"Đẩy nhanh chỉ tiêu \"{row.Name}\": đạt {VietnameseFormat.WithUnit(row.Value!.Value, row.Unit)}, chỉ tiêu {row.Target!.Text}.",
                row.Target.Deadline,
                PrioritySource.TargetNotMet,
                row.Code);
        }
    }

    private static TaskCounts Sum(IEnumerable<TaskCounts> counts) => counts.Aggregate(TaskCounts.Empty, (acc, next) => acc.Plus(next));

    // Synthetic outranks reported, which outranks computed: a section is as weak as its weakest record.
    private static Provenance Combine(Provenance left, Provenance right) => left > right ? left : right;

    private static int CountWeekdaysAfter(LocalDate deadline, LocalDate asOf)
    {
        var count = 0;
        for (var day = deadline.PlusDays(1); day <= asOf; day = day.PlusDays(1))
        {
            if (day.DayOfWeek is not IsoDayOfWeek.Saturday and not IsoDayOfWeek.Sunday)
            {
                count++;
            }
        }

        return count;
    }
}
