namespace KhanhHoa.Governance.Submissions;

/// <summary>One figure of a submission, as the unit wrote it.</summary>
/// <param name="Element">The data element's code.</param>
/// <param name="Value">The value in the invariant form of data exchange (<c>2156</c>, <c>83.1</c>) or, for a text element, the text.</param>
/// <param name="Comment">The unit's comment on the figure, or <see langword="null"/>.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record FigureValue(string Element, string Value, string? Comment = null);
