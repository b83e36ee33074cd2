using KhanhHoa.Governance.Calendar;

namespace KhanhHoa.Governance.Submissions;

/// <summary>
/// One unit's report of one data set for one period: who sent it and when, its figures, its progress on each of its
/// tasks, the difficulties and proposals it raises, and its own text per section of the report. Whatever the format it came in (CSV, JSON, a form), a submission
/// is this, and the same checks apply at the door.
/// </summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record Submission
{
    /// <summary>The reporting unit's code (an org unit, e.g. <c>SO_YT</c>, <c>XA_CAM_LAM</c>).</summary>
    public required string UnitCode { get; init; }

    /// <summary>The data set's code.</summary>
    public required string DataSetCode { get; init; }

    /// <summary>The period reported on, under the data set's cut-off.</summary>
    public required ReportingPeriod Period { get; init; }

    /// <summary>When the unit says it sent it (the time written in the file), local time: what timeliness is judged on, once the desk has checked it is not later than <see cref="ReceivedAt"/>.</summary>
    public required LocalDateTime SubmittedAt { get; init; }

    /// <summary>
    /// When the receiver got it (its own clock, or the file's arrival), local time, kept beside the declared
    /// <see cref="SubmittedAt"/>; <see langword="null"/> when no receiver stamped it. Not part of <see cref="SameAs"/>: it is
    /// not written in the file.
    /// </summary>
    public LocalDateTime? ReceivedAt { get; init; }

    /// <summary>Who sent it (a name, a title, an official letter's number), or <see langword="null"/>.</summary>
    public string? Sender { get; init; }

    /// <summary>The figures, in the order given.</summary>
    public IReadOnlyList<FigureValue> Figures { get; init; } = [];

    /// <summary>The progress on the unit's tasks, in the order given.</summary>
    public IReadOnlyList<TaskProgress> Progress { get; init; } = [];

    /// <summary>The difficulties and proposals, in the order given.</summary>
    public IReadOnlyList<Difficulty> Difficulties { get; init; } = [];

    /// <summary>The unit's own text per section of the report, in the order given; a section at most once.</summary>
    public IReadOnlyList<SectionText> Texts { get; init; } = [];

    /// <summary>Whether two submissions hold the same content (records compare lists by reference, this by items).</summary>
    /// <param name="other">The other submission.</param>
    /// <returns><see langword="true"/> when every field and every item is equal.</returns>
    public bool SameAs(Submission? other) =>
        other is not null && UnitCode == other.UnitCode && DataSetCode == other.DataSetCode && Period == other.Period
        && SubmittedAt == other.SubmittedAt && Sender == other.Sender
        && Figures.SequenceEqual(other.Figures) && Progress.SequenceEqual(other.Progress) && Difficulties.SequenceEqual(other.Difficulties)
        && Texts.SequenceEqual(other.Texts);
}
