namespace KhanhHoa.Governance.Primitives;

/// <summary>
/// How a figure is rounded: the number of decimals kept and the rule for the last digit. The one rounding type of the
/// library: indicator values (<c>IndicatorDefinition.Rounding</c>), task rates and report figures all round with it.
/// </summary>
/// <param name="Decimals">Decimals kept (0–10).</param>
/// <param name="Mode">The rule for the last digit: <see cref="MidpointRounding.AwayFromZero"/> (the school rule Vietnamese
/// reports use), <see cref="MidpointRounding.ToEven"/> or <see cref="MidpointRounding.ToZero"/> (truncation).</param>
/// <remarks>
/// The rule must be explicit because published figures differ in the last digit: report 1270/BC-TCTTTg (2017)
/// prints 98.62% for 16,051 ÷ 16,274 = 98.6297…%, which is truncation (<see cref="MidpointRounding.ToZero"/>);
/// rounding half away from zero gives 98.63%.
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record RoundingRule(int Decimals, MidpointRounding Mode)
{
    /// <summary>Two decimals, half away from zero (98.6297 → 98.63). The default.</summary>
    public static RoundingRule TwoDecimals { get; } = new(2, MidpointRounding.AwayFromZero);

    /// <summary>Two decimals, truncated (98.6297 → 98.62), as the Government Office's published figures read.</summary>
    public static RoundingRule TwoDecimalsTruncated { get; } = new(2, MidpointRounding.ToZero);

    /// <summary>Rounds a value to <see cref="Decimals"/> with <see cref="Mode"/>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The rounded value.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="Decimals"/> is outside 0–10.</exception>
    public decimal Round(decimal value)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Decimals, 10);
        ArgumentOutOfRangeException.ThrowIfNegative(Decimals);
        return decimal.Round(value, Decimals, Mode);
    }

    /// <summary>The percentage <paramref name="numerator"/> ÷ <paramref name="denominator"/> × 100, rounded by this rule.</summary>
    /// <param name="numerator">The count of successes.</param>
    /// <param name="denominator">The count of cases; zero gives <see langword="null"/> (no rate).</param>
    /// <returns>The rounded percentage, or <see langword="null"/> when <paramref name="denominator"/> is zero.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="Decimals"/> is outside 0–10 or a count is negative.</exception>
    public decimal? Percent(long numerator, long denominator)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(numerator);
        ArgumentOutOfRangeException.ThrowIfNegative(denominator);
        return denominator == 0 ? null : Round(numerator * 100m / denominator);
    }
}
