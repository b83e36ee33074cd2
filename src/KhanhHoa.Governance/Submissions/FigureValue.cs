using System.Globalization;
using KhanhHoa.Governance.Indicators;

namespace KhanhHoa.Governance.Submissions;

/// <summary>One figure of a submission, as the unit wrote it.</summary>
/// <param name="Element">The data element's code.</param>
/// <param name="Value">The value in the invariant form of data exchange (<c>2156</c>, <c>83.1</c>) or, for a text element, the text.</param>
/// <param name="Comment">The unit's comment on the figure, or <see langword="null"/>.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record FigureValue(string Element, string Value, string? Comment = null)
{
    /// <summary>A figure printed in a report, submitted as printed: its value with the decimals printed (<c>83,1%</c> → <c>83.1</c>).</summary>
    /// <param name="figure">The printed figure; its id is the element code.</param>
    /// <returns>The figure value.</returns>
    public static FigureValue FromPrinted(ReportedFigure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        var number = figure.Number;
        return new FigureValue(figure.Id, number.Value.ToString("F" + number.Decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture));
    }
}
