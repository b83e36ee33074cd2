namespace KhanhHoa.Governance.Reporting;

/// <summary>
/// A figure the units reported, as section I prints it under its subsection: the province total of one data element
/// (summed over the units that sent it), with the running total beside it where the form has one ("lũy kế") and, for
/// a stated rate, the numerator and denominator it was stated from.
/// </summary>
/// <param name="Code">The data element's code, e.g. <c>children_rate</c>.</param>
/// <param name="Group">The code of the subsection the row is shown under.</param>
/// <param name="Name">The element's Vietnamese name.</param>
/// <param name="Value">The value for the period, or <see langword="null"/> when no unit reported it.</param>
/// <param name="Unit"><c>%</c> for a rate, empty otherwise (the name says what is counted).</param>
/// <param name="Cumulative">The running total reported with it (the element that is its <c>CumulativeOf</c>), or <see langword="null"/>.</param>
/// <param name="Parts">For a stated rate, its numerator and denominator as reported; empty otherwise.</param>
/// <param name="ReportedBy">The names of the units whose figures make up the value, in the units' order.</param>
/// <param name="Provenance">Where the figure comes from (<see cref="Provenance.Reported"/> for units' own reports).</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record FigureRow(
    string Code,
    string Group,
    string Name,
    decimal? Value,
    string Unit,
    decimal? Cumulative,
    IReadOnlyList<FigurePart> Parts,
    IReadOnlyList<string> ReportedBy,
    Provenance Provenance)
{
    /// <summary>The numerator and denominator of a stated rate (a read-only copy).</summary>
    public IReadOnlyList<FigurePart> Parts { get; init; } = [.. Parts];

    /// <summary>The reporting units' names (a read-only copy).</summary>
    public IReadOnlyList<string> ReportedBy { get; init; } = [.. ReportedBy];

    /// <summary>
    /// The name of every unit whose figure makes up the value, in the units' order (<see cref="ReportedBy"/> counts the
    /// communes and wards by kind; the report names them in a footnote); empty when no unit reported it.
    /// </summary>
    public IReadOnlyList<string> ReportingUnits { get; init; } = [];

    /// <summary>
    /// The sentence section I words the figure with, e.g. "- Toàn tỉnh đã cấp {value} thẻ Căn cước, đạt {rate}
    /// ({numerator}/{denominator})."; <see langword="null"/> for a sentence made of the element's name. Placeholders:
    /// <c>{value}</c>, <c>{unit}</c>, <c>{rate}</c>, <c>{numerator}</c>, <c>{denominator}</c>, <c>{cumulative}</c>,
    /// <c>{units}</c> (who sent it), <c>{name}</c>, <c>{period}</c>, and <c>{value:code}</c> for another element's figure
    /// (that figure is then printed only in this sentence).
    /// </summary>
    public string? Sentence { get; init; }

    /// <summary>Whether the element counts events, so that a 0 is printed as "không phát sinh".</summary>
    public bool CountsEvents { get; init; }

    /// <summary>The sentence for a period with none of the element's events (<see cref="CountsEvents"/>), or <see langword="null"/> for "… không phát sinh".</summary>
    public string? NoneSentence { get; init; }

    /// <summary>A standing note on the element, printed as the sentence's footnote, or <see langword="null"/>.</summary>
    public string? Note { get; init; }

    /// <summary>Whether the value is a percentage rate.</summary>
    public bool IsRate => Unit == "%";
}
