using KhanhHoa.Governance.Calendar;

namespace KhanhHoa.Governance.Indicators;

/// <summary>Which units a target applies to.</summary>
/// <param name="Kind">Province, a unit, a group of units, or each unit.</param>
/// <param name="Description">Who is meant, as the source says it (e.g. "địa bàn thành phố, thị xã").</param>
/// <param name="UnitCodes">The unit codes, when known.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record TargetScope(TargetScopeKind Kind, string? Description = null, IReadOnlyList<string>? UnitCodes = null)
{
    /// <summary>The whole province.</summary>
    public static TargetScope Province { get; } = new(TargetScopeKind.Province);
}

/// <summary>Where a target is written: the document, the place in it, the words and the day it was issued.</summary>
/// <param name="Document">The document's number and symbol, e.g. <c>3433/KH-UBND</c>.</param>
/// <param name="Location">The place in the document, e.g. "Phụ lục, nhiệm vụ 61".</param>
/// <param name="Quote">The sentence that states the target, verbatim (NFC).</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record TargetSource(string Document, string Location, string Quote)
{
    /// <summary>
    /// The day the document was issued (its place-and-date line, Decree 30/2020/NĐ-CP, Appendix I), e.g.
    /// 11/11/2025 for 954/QĐ-UBND; <see langword="null"/> when the document does not print a full date (drafts with
    /// "ngày … tháng 8 năm 2025").
    /// </summary>
    public LocalDate? Issued { get; init; }
}

/// <summary>An intermediate step of a target: a value to reach by an earlier deadline ("100% by June, 80% by December").</summary>
/// <param name="Value">The threshold of this step.</param>
/// <param name="DeadlineText">The deadline as written.</param>
/// <param name="DueDate">The last day of the step, when the deadline has one.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record TargetMilestone(decimal Value, string DeadlineText, LocalDate? DueDate);

/// <summary>
/// A quantitative target on an indicator: comparator, value, deadline, scope, milestones and the source that states it.
/// </summary>
/// <remarks>
/// <para>The deadline is a <see cref="Calendar.Deadline"/> read from the source's words; <see cref="DueDate"/> is its due
/// date, <see langword="null"/> for continuous duties ("Thực hiện thường xuyên") and deadlines set by another body
/// ("Theo chỉ đạo của Bộ Công an"), unless the data gives the date explicitly (a date stated elsewhere in the document).</para>
/// <para>Cut-back targets of Resolution 66/NQ-CP (≥ 30 % in 2025, 50 % in 2026) carry <see cref="BaselineYear"/> 2024:
/// the indicator's value is a reduction measured against that year (see <see cref="CutBack"/>).</para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record Target
{
    private readonly LocalDate? explicitDueDate;
    private readonly int? explicitYear;

    /// <summary>The target's id, unique in a catalog, e.g. <c>3433.61.online</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The code of the indicator the target is set on.</summary>
    public required string IndicatorCode { get; init; }

    /// <summary>How the value is compared with the threshold.</summary>
    public required TargetComparator Comparator { get; init; }

    /// <summary>The threshold (the lower bound for <see cref="TargetComparator.Between"/>).</summary>
    public required decimal Value { get; init; }

    /// <summary>The upper bound for <see cref="TargetComparator.Between"/>.</summary>
    public decimal? UpperValue { get; init; }

    /// <summary>The deadline, read from the source's words.</summary>
    public required Deadline Deadline { get; init; }

    /// <summary>The deadline as the source writes it.</summary>
    public string DeadlineText => Deadline.Text;

    /// <summary>The day the target falls due: an explicit date when set, otherwise the deadline's due date; <see langword="null"/> for continuous or externally scheduled targets.</summary>
    public LocalDate? DueDate
    {
        get => explicitDueDate ?? Deadline.DueDate;
        init => explicitDueDate = value;
    }

    /// <summary>The units the target applies to.</summary>
    public TargetScope Scope { get; init; } = TargetScope.Province;

    /// <summary>Earlier steps, in date order; the target itself is the final step.</summary>
    public IReadOnlyList<TargetMilestone> Milestones { get; init; } = [];

    /// <summary>The baseline year of a cut-back target (2024 for Resolution 66/NQ-CP), otherwise <see langword="null"/>.</summary>
    public int? BaselineYear { get; init; }

    /// <summary>Where the target is stated.</summary>
    public required TargetSource Source { get; init; }

    /// <summary>Remarks: how the wording was mapped to an indicator, ambiguities.</summary>
    public string? Note { get; init; }

    /// <summary>
    /// Whether the target had been set on a date: its source was issued on or before it. A report as of that date
    /// cannot hold anyone to a target announced later. A source without an issue date counts as issued.
    /// </summary>
    /// <param name="date">The date, e.g. a report's as-of date.</param>
    /// <returns><see langword="false"/> only when <see cref="TargetSource.Issued"/> is after <paramref name="date"/>.</returns>
    public bool IsIssuedBy(LocalDate date) => Source.Issued is not { } issued || issued <= date;

    /// <summary>
    /// The year the target is stated for: its due date's year ("Năm 2025", "Tháng 12/2025", "năm 2026") unless set
    /// explicitly; <see langword="null"/> for a target with no due date (continuous duties, another body's schedule),
    /// which holds in every year.
    /// </summary>
    public int? Year
    {
        get => explicitYear ?? DueDate?.Year;
        init => explicitYear = value;
    }

    /// <summary>
    /// Whether the target is judged in a year: one stated for a year only in that year (a 2025 target is not judged in
    /// 2026), one with no year in any.
    /// </summary>
    /// <param name="year">The year of the period judged.</param>
    /// <returns><see langword="false"/> only when <see cref="Year"/> is another year.</returns>
    public bool IsStatedFor(int year) => Year is not { } stated || stated == year;

    /// <summary>Whether a (rounded) value meets the final threshold.</summary>
    /// <param name="value">The value, rounded as the indicator prints it.</param>
    /// <returns>Whether it meets the target.</returns>
    public bool IsMetBy(decimal value) => Meets(value, Value);

    /// <summary>The steps in date order, ending with the target itself.</summary>
    public IEnumerable<TargetMilestone> Steps =>
        Milestones.OrderBy(static m => m.DueDate ?? LocalDate.MaxIsoValue).Append(new TargetMilestone(Value, DeadlineText, DueDate));

    internal bool Meets(decimal value, decimal threshold) => Comparator switch
    {
        TargetComparator.AtLeast => value >= threshold,
        TargetComparator.GreaterThan => value > threshold,
        TargetComparator.AtMost => value <= threshold,
        TargetComparator.LessThan => value < threshold,
        TargetComparator.EqualTo => value == threshold,
        _ => value >= threshold && value <= (UpperValue ?? threshold),
    };

    // Signed distance to the threshold: positive when the value beats it, negative when it falls short.
    internal decimal Gap(decimal value, decimal threshold) => Comparator switch
    {
        TargetComparator.AtLeast or TargetComparator.GreaterThan => value - threshold,
        TargetComparator.AtMost or TargetComparator.LessThan => threshold - value,
        TargetComparator.EqualTo => -Math.Abs(value - threshold),
        _ => Math.Min(value - threshold, (UpperValue ?? threshold) - value),
    };
}
