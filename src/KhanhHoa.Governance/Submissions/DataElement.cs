using System.Globalization;
using KhanhHoa.Governance.Indicators;
using OneOf;

namespace KhanhHoa.Governance.Submissions;

/// <summary>
/// One figure a unit reports (DHIS2's data element): its code, Vietnamese name, unit of measure, whether it is a whole
/// number, its bounds, how it aggregates, and the catalog measure it feeds, if any.
/// </summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record DataElement
{
    /// <summary>The code a submission names the element by, e.g. <c>tthc_total</c>.</summary>
    public required string Code { get; init; }

    /// <summary>The Vietnamese name an official reads on the form.</summary>
    public required string Name { get; init; }

    /// <summary>What the value measures.</summary>
    public UnitOfMeasure Unit { get; init; } = UnitOfMeasure.Count;

    /// <summary>Whether the value must be a whole number (ignored for <see cref="UnitOfMeasure.Text"/>).</summary>
    public bool IsWhole { get; init; } = true;

    /// <summary>The smallest value accepted, or <see langword="null"/> for none.</summary>
    public decimal? Minimum { get; init; }

    /// <summary>The largest value accepted, or <see langword="null"/> for none.</summary>
    public decimal? Maximum { get; init; }

    /// <summary>How values combine up the hierarchy.</summary>
    public ElementAggregation Aggregation { get; init; } = ElementAggregation.Sum;

    /// <summary>
    /// The indicator catalog's measure this element reports (e.g. <c>pension_payments_cashless</c>), so indicators over
    /// such measures are computed from submitted figures; <see langword="null"/> when it feeds none.
    /// </summary>
    public string? Measure { get; init; }

    /// <summary>
    /// The section of the report form where the figure is printed, e.g. <c>I.4.a</c> or <c>I.5.c(3)</c> for report
    /// 87/BC-BCĐ (a footnote's figures carry the section the footnote hangs from), or <see langword="null"/>. The
    /// report places the figure under the subsection of that code; a code like <c>I.5.c(3)</c> belongs to <c>I.5.c</c>.
    /// </summary>
    public string? Section { get; init; }

    /// <summary>
    /// For a running total ("lũy kế"), the code of the element holding the same quantity for the period alone, e.g.
    /// <c>digitized_total</c> is the cumulative of <c>digitized_month</c>; the report prints the two side by side.
    /// <see langword="null"/> for every other element.
    /// </summary>
    public string? CumulativeOf { get; init; }

    /// <summary>Reads a submitted value, with messages in Vietnamese; see <see cref="Read(string, MessageLanguage)"/>.</summary>
    /// <param name="text">The value as written.</param>
    /// <returns>The number, <see langword="null"/> for a text element, or why the value is refused.</returns>
    public OneOf<decimal?, ParseError> Read(string text) => Read(text, MessageLanguage.Vietnamese);

    /// <summary>
    /// The units that own and report the element (DHIS2's data set with many reporting units); <see langword="null"/> for
    /// the data set's <see cref="DataSet.Reporters"/>. The province value is the aggregate of the owners' figures.
    /// </summary>
    public ReportingUnits? Reporters { get; init; }

    /// <summary>Whether <see cref="Reporters"/> is an assumption (the source does not say who reports the figure) rather than the source's word.</summary>
    public bool OwnerAssumed { get; init; }

    /// <summary>For <see cref="ElementAggregation.Ratio"/>: the code of the summed element the rate is a share of ×100 (the numerator).</summary>
    public string? Numerator { get; init; }

    /// <summary>For <see cref="ElementAggregation.Ratio"/>: the code of the summed element the rate is out of (the denominator).</summary>
    public string? Denominator { get; init; }

    /// <summary>
    /// Reads a submitted value as a program or a clerk writes it, checking type and bounds. The exchange form (<c>2156</c>,
    /// <c>83.1</c>: a dot for decimals, no grouping) and the Vietnamese form (<c>2.156</c>, <c>78,2</c>, <c>1.234,5</c>: a dot
    /// groups thousands, a comma marks decimals) are both read; a percentage may carry its <c>%</c> (<c>80%</c>, <c>78,2 %</c>).
    /// A text with dots only is read by the element's declared unit: in a whole-number field every dot groups thousands
    /// (<c>1.234</c> = 1234); in a decimal or percent field one dot before exactly three digits groups thousands as a clerk
    /// types it (<c>1.234</c> = 1234, as the report prints it) and before any other number of digits is the decimal mark of
    /// the exchange form (<c>83.1</c>, <c>78.17</c>, <c>98.7753</c>); a value with three decimals is written with the comma
    /// (<c>1,234</c>). A percentage read as thousands is then refused by its bounds, never silently kept.
    /// </summary>
    /// <param name="text">The value as written.</param>
    /// <param name="language">The language of the error message.</param>
    /// <returns>The number (its scale keeps the decimals written), <see langword="null"/> for a text element, or why the value is refused.</returns>
    public OneOf<decimal?, ParseError> Read(string text, MessageLanguage language)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Unit == UnitOfMeasure.Text)
        {
            return (decimal?)null;
        }

        var body = text.Trim();
        if (body.EndsWith('%'))
        {
            if (Unit != UnitOfMeasure.Percent)
            {
                return new ParseError(SubmissionMessages.Format(language, "value.percentSign"), text);
            }

            body = body[..^1].TrimEnd();
        }

        var exchangeForm = !body.Contains(',', StringComparison.Ordinal) && ExchangeForm(body);
        var invariant = exchangeForm ? body : VietnameseNumber.Parse(body).TryPickT0(out _, out _) ? body.Replace(".", string.Empty, StringComparison.Ordinal).Replace(',', '.') : null;
        if (invariant is null || !decimal.TryParse(invariant, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            // A whole-number field holding what would be a decimal in the exchange form (2.15) is told so.
            return new ParseError(SubmissionMessages.Format(language, IsWhole && decimal.TryParse(body, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _) ? "value.notWhole" : "value.notNumber"), text);
        }

        if (IsWhole && value != decimal.Truncate(value))
        {
            return new ParseError(SubmissionMessages.Format(language, "value.notWhole"), text);
        }

        if (Minimum is { } min && value < min)
        {
            return new ParseError(SubmissionMessages.Format(language, "value.belowMinimum", Number(min, language)), text);
        }

        if (Maximum is { } max && value > max)
        {
            return new ParseError(SubmissionMessages.Format(language, "value.aboveMaximum", Number(max, language)), text);
        }

        return value;
    }

    // Whether a comma-free text is in the exchange form (a dot for decimals) rather than grouped the Vietnamese way.
    private bool ExchangeForm(string body)
    {
        var dot = body.IndexOf('.', StringComparison.Ordinal);
        return dot < 0
            || (!IsWhole && body.IndexOf('.', dot + 1) < 0 && body.Length - dot - 1 != 3);
    }

    private static string Number(decimal value, MessageLanguage language) =>
        language == MessageLanguage.English ? value.ToString(CultureInfo.InvariantCulture) : VietnameseNumber.Format(value, value.Scale);
}
