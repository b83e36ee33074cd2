using KhanhHoa.Governance.Calendar;
using KhanhHoa.Governance.Organization;

namespace KhanhHoa.Governance.Submissions;

/// <summary>
/// What a kind of report asks of the units (DHIS2's data set): the figures (<see cref="Elements"/>), or the progress on
/// a plan's tasks (<see cref="PlanId"/>), with the periods and due dates (<see cref="Duties"/>), the units that must
/// send it, who receives it, and the consistency rules run at entry.
/// </summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record DataSet
{
    /// <summary>The data set's code, e.g. <c>P06.MONTHLY</c>.</summary>
    public required string Code { get; init; }

    /// <summary>The Vietnamese name of the report.</summary>
    public required string Name { get; init; }

    /// <summary>The figures asked for, in form order; none for a data set that collects only task progress.</summary>
    public IReadOnlyList<DataElement> Elements { get; init; } = [];

    /// <summary>The id of the plan whose tasks' progress the data set collects, or <see langword="null"/>.</summary>
    public string? PlanId { get; init; }

    /// <summary>The reporting duties: one per kind of period the data set is reported for (monthly first).</summary>
    public required IReadOnlyList<ReportingDuty> Duties { get; init; }

    /// <summary>The first day the duty applies (the issue date of the plan that set it), or <see langword="null"/>; periods ending before it expect no report.</summary>
    public LocalDate? InForceFrom { get; init; }

    /// <summary>The day the data set's periods close on.</summary>
    public CutoffRule Cutoff { get; init; } = CutoffRule.Administrative;

    /// <summary>The units that must send it.</summary>
    public required ReportingUnits Reporters { get; init; }

    /// <summary>The code of the unit that receives and compiles it (the standing agency), e.g. <c>CA_TINH</c>.</summary>
    public required string Recipient { get; init; }

    /// <summary>
    /// The keys of the report's sections a unit may write its own text for (<see cref="Submission.Texts"/>), e.g. report
    /// 87's <c>I.1</c> … <c>I.8</c>, <c>II</c>, <c>III</c>; none (the default) accepts no text.
    /// </summary>
    public IReadOnlyList<string> Sections { get; init; } = [];

    /// <summary>The consistency rules run on every submission, over <see cref="Elements"/>' codes.</summary>
    public IReadOnlyList<DataSetRule> Rules { get; init; } = [];

    /// <summary>The units that own and report <paramref name="element"/>: its own <see cref="DataElement.Reporters"/>, else the data set's.</summary>
    /// <param name="element">An element of the data set.</param>
    /// <returns>The owners.</returns>
    public ReportingUnits OwnersOf(DataElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        return element.Reporters ?? Reporters;
    }

    /// <summary>The elements the unit of <paramref name="code"/> and <paramref name="kind"/> owns, in form order: what its form asks and what it may send.</summary>
    /// <param name="code">A unit code.</param>
    /// <param name="kind">Its kind, or <see langword="null"/>.</param>
    /// <returns>The elements.</returns>
    public IReadOnlyList<DataElement> ElementsOf(string code, OrgUnitKind? kind) => [.. Elements.Where(e => OwnersOf(e).Covers(code, kind))];

    /// <summary>
    /// The units of <paramref name="tree"/> that must send the data set for its own sake: every owner of one of its
    /// elements, or, when it collects no figures, its <see cref="Reporters"/>. A plan's task holders are added by
    /// <see cref="TaskAssignments.Reporters"/>, the rule hosts ask.
    /// </summary>
    /// <param name="tree">The hierarchy valid on the period's last day.</param>
    /// <returns>The unit codes, ordinal order.</returns>
    public IReadOnlyList<string> ReportersOn(OrgTree tree)
    {
        ArgumentNullException.ThrowIfNull(tree);
        return [.. tree.Units.Where(u => IsReportedBy(u.Code, u.Kind)).Select(static u => u.Code).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    /// <summary>Whether the unit of <paramref name="code"/> and <paramref name="kind"/> must send the data set for its own sake (<see cref="ReportersOn"/>).</summary>
    /// <param name="code">A unit code.</param>
    /// <param name="kind">Its kind, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when it owns one of its elements, or, for a data set without figures, is one of its <see cref="Reporters"/>.</returns>
    public bool IsReportedBy(string code, OrgUnitKind? kind) =>
        Elements.Count == 0 ? Reporters.Covers(code, kind) : Elements.Any(e => OwnersOf(e).Covers(code, kind));

    /// <summary>The element with code <paramref name="code"/>, or <see langword="null"/>.</summary>
    /// <param name="code">An element code.</param>
    /// <returns>The element.</returns>
    public DataElement? FindElement(string code) => Elements.FirstOrDefault(e => e.Code == code);

    /// <summary>The duty for periods of <paramref name="kind"/>, or <see langword="null"/> when the data set is not reported for them.</summary>
    /// <param name="kind">The kind of period.</param>
    /// <returns>The duty.</returns>
    public ReportingDuty? DutyFor(ReportingPeriodKind kind) => Duties.FirstOrDefault(d => d.PeriodKind == kind);

    /// <summary>The period with id <paramref name="id"/> under the data set's cut-off, when the data set is reported for it.</summary>
    /// <param name="id">A period id: <c>2025-09</c>, <c>2025-H1</c>, <c>2025</c> ….</param>
    /// <returns>The period, or why it is not one of the data set's.</returns>
    public OneOf.OneOf<ReportingPeriod, ParseError> ParsePeriod(string id)
    {
        var parsed = ReportingPeriod.Parse(id, Cutoff);
        if (parsed.TryPickT0(out var period, out _) && DutyFor(period.Kind) is null)
        {
            var kinds = string.Join(", ", Duties.Select(static d => d.PeriodKind));
            return new ParseError($"data set {Code} is not reported for {period.Kind} periods (only {kinds})", id);
        }

        return parsed;
    }

    /// <summary>The date a report for <paramref name="period"/> is due.</summary>
    /// <param name="period">A period of one of the data set's duties.</param>
    /// <param name="calendar">The business calendar.</param>
    /// <returns>The last day on time (a working day).</returns>
    /// <exception cref="ArgumentException">The data set is not reported for periods of that kind.</exception>
    public LocalDate DueDate(ReportingPeriod period, BusinessCalendar calendar)
    {
        var duty = DutyFor(period.Kind) ?? throw new ArgumentException($"data set {Code} is not reported for {period.Kind} periods", nameof(period));
        return period.DueDate(duty.DueRule, calendar);
    }
}
