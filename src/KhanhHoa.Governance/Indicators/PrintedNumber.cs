using System.Globalization;

namespace KhanhHoa.Governance.Indicators;

/// <summary>
/// A number as an official document prints it: its value, how many decimal places were printed, whether it
/// carried a percent sign, and how the text was read.
/// </summary>
/// <remarks>
/// The printed decimal places fix the precision the author claims: <c>83,1%</c> says "between 83,05 and 83,15",
/// which is what <see cref="HalfUnit"/> measures and what the consistency rules check a stated rate against.
/// </remarks>
/// <param name="Value">The value (for a percentage, the number before the <c>%</c>: 90.31 for <c>90,31%</c>).</param>
/// <param name="Decimals">The number of decimal places printed.</param>
/// <param name="IsPercent">Whether the text ended with <c>%</c>.</param>
/// <param name="Reading">Which convention the text was read with.</param>
/// <param name="Alternative">The other possible value when the text is ambiguous (for <c>24,765</c> read as 24.765, the alternative 24 765), otherwise <see langword="null"/>.</param>
/// <param name="Text">The text as given.</param>
/// <threadsafety>Immutable value type; safe to share between threads.</threadsafety>
public readonly record struct PrintedNumber(decimal Value, int Decimals, bool IsPercent, NumberReading Reading, decimal? Alternative, string Text)
{
    /// <summary>Half a unit of the last printed digit: 0,005 for <c>90,31</c>, 0,5 for <c>75</c>.</summary>
    public decimal HalfUnit => 0.5m / Pow10(Decimals);

    /// <summary>Whether the text followed the Vietnamese convention and was unambiguous.</summary>
    public bool IsClean => Reading == NumberReading.Vietnamese && Alternative is null;

    /// <summary>An exact whole number, as the rollup produces it (no decimals, Vietnamese reading).</summary>
    /// <param name="value">The value.</param>
    /// <returns>The printed number, with <see cref="Text"/> in Vietnamese format.</returns>
    public static PrintedNumber Exact(long value) =>
        new(value, 0, false, NumberReading.Vietnamese, null, VietnameseNumber.Format(value, 0));

    /// <summary>A sentence saying which reading was chosen and why, or <see langword="null"/> for a clean Vietnamese text.</summary>
    public string? Explanation => Reading switch
    {
        NumberReading.Vietnamese when Alternative is { } alt => string.Create(CultureInfo.InvariantCulture,
            $"\"{Text}\" read the Vietnamese way as {Value}; it could also mean {alt} (comma as a thousands separator)"),
        NumberReading.Vietnamese => null,
        NumberReading.DotAsDecimalMark => string.Create(CultureInfo.InvariantCulture,
            $"\"{Text}\" has a dot that cannot group thousands; read the dot as the decimal mark: {Value}"),
        NumberReading.CommaAsThousandsSeparator when Alternative is { } vietnamese => string.Create(CultureInfo.InvariantCulture,
            $"\"{Text}\" read with the comma as a thousands separator: {Value} (the Vietnamese reading would be {vietnamese})"),
        NumberReading.CommaAsThousandsSeparator => string.Create(CultureInfo.InvariantCulture,
            $"\"{Text}\" read with the comma as a thousands separator: {Value}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"\"{Text}\" read the English way (comma groups, dot is the decimal mark): {Value}"),
    };

    internal static decimal Pow10(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < exponent; i++)
        {
            result *= 10m;
        }

        return result;
    }
}
