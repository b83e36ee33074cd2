using KhanhHoa.Governance.Calendar;
using KhanhHoa.Governance.Organization;

namespace KhanhHoa.Governance.Tasks;

/// <summary>
/// One row of a plan's task table: a task or a group heading, with its lead (chủ trì) and coordinating (phối hợp)
/// agencies, expected result and deadline, kept as printed and resolved.
/// </summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record PlanTask
{
    /// <summary>The hierarchical id, unique in its plan: "27.1", "1.4.a", "II.III.2".</summary>
    public required string Id { get; init; }

    /// <summary>The id of the parent row, or <see langword="null"/> for a top-level row.</summary>
    public string? ParentId { get; init; }

    /// <summary>The number printed in the document when it differs from <see cref="Id"/> (e.g. "1." on every row of appendix IV).</summary>
    public string? Label { get; init; }

    /// <summary>The task (or heading) text as printed.</summary>
    public required string Text { get; init; }

    /// <summary>Further content printed with the task ("Nội dung thực hiện" in decision 954/QĐ-UBND).</summary>
    public string? Content { get; init; }

    /// <summary>The lead agency cell, or <see langword="null"/> when none is printed.</summary>
    public AgencyCell? Lead { get; init; }

    /// <summary>The coordinating agency cell, or <see langword="null"/> when none is printed.</summary>
    public AgencyCell? Coordinating { get; init; }

    /// <summary>The expected result or product as printed, or <see langword="null"/>.</summary>
    public string? ExpectedResult { get; init; }

    /// <summary>The deadline as printed ("Trước ngày 15/4/2025", "Thực hiện thường xuyên"), or <see langword="null"/>.</summary>
    public string? DeadlineText { get; init; }

    /// <summary>The deadline read from <see cref="DeadlineText"/> with the plan's context year, or <see langword="null"/> when none is printed.</summary>
    public Deadline? Deadline { get; init; }

    /// <summary>The dated steps of the deadline (e.g. task 61 of 3433/KH-UBND: June and December 2025); empty for a single deadline.</summary>
    public IReadOnlyList<DeadlineMilestone> Milestones => Deadline?.Milestones ?? [];

    /// <summary>A remark column as printed (e.g. "QĐ 126/QĐ-BCĐCP", the source of the task).</summary>
    public string? Remark { get; init; }

    /// <summary>Where the row stands in its source document.</summary>
    public required TaskSource Source { get; init; }

    /// <summary>Ambiguities and oddities of the row, recorded rather than silently fixed.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>The corrections of <see cref="Text"/> (footnote markers, flagged typos), in order; each is found in the text when the plan is read.</summary>
    public IReadOnlyList<TextCorrection> Corrections { get; init; } = [];

    /// <summary>
    /// <see cref="Text"/> as a report quotes it: each of <see cref="Corrections"/> applied to its first occurrence, in
    /// order ("…trên mọi lĩnh vực.[1]" reads "…trên mọi lĩnh vực."). The text itself when there is none.
    /// </summary>
    public string ReadingText => Corrections.Aggregate(Text, static (text, correction) =>
        text.IndexOf(correction.Printed, StringComparison.Ordinal) is var at and >= 0
            ? string.Concat(text.AsSpan(0, at), correction.Reads, text.AsSpan(at + correction.Printed.Length))
            : text);

    /// <summary>
    /// The agencies the task's own text names when no lead is printed (letter UBND-KGVX item 1.4: "…, Văn phòng UBND tỉnh
    /// tổ chức rà soát…"), read with the registry that reads the leads; <see langword="null"/> when a lead is printed or the
    /// text names none. They are the text's actors, not a lead: a report names them as such.
    /// </summary>
    public AgencyCell? NamedInText { get; init; }

    // Set by whoever reads the task with a registry (the plans' loader and the Word importer), never written back.
    internal PlanTask WithAgenciesNamedInText(AgencyRegistry agencies) =>
        Lead is null && agencies.ResolveCell(Text) is { References.Count: > 0 } named ? this with { NamedInText = named } : this;

    /// <summary>The lead agencies (empty when no lead is printed).</summary>
    public IReadOnlyList<AgencyReference> LeadAgencies => Lead?.References ?? [];

    /// <summary>The coordinating agencies (empty when none is printed).</summary>
    public IReadOnlyList<AgencyReference> CoordinatingAgencies => Coordinating?.References ?? [];
}
