namespace KhanhHoa.Governance.Reporting;

/// <summary>The numerator or denominator of a stated rate in a <see cref="FigureRow"/>.</summary>
/// <param name="Code">The data element's code, e.g. <c>children</c>.</param>
/// <param name="Name">The element's Vietnamese name.</param>
/// <param name="Value">The reported value, or <see langword="null"/> when no unit reported it.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record FigurePart(string Code, string Name, decimal? Value);
