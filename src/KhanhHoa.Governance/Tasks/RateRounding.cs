namespace KhanhHoa.Governance.Tasks;

/// <summary>How a rate in percent is rounded: the number of decimals and the rule for the last digit.</summary>
/// <param name="Decimals">Decimals kept (0–10).</param>
/// <param name="Mode">The rounding rule.</param>
/// <remarks>
/// The rule must be explicit because published figures differ in the last digit: report 1270/BC-TCTTTg (2017)
/// prints 98.62% for 16,051 ÷ 16,274 = 98.6297…%, which is truncation (<see cref="MidpointRounding.ToZero"/>);
/// rounding half away from zero gives 98.63%.
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record RateRounding(int Decimals, MidpointRounding Mode)
{
    /// <summary>Two decimals, half away from zero (98.6297 → 98.63). The default.</summary>
    public static RateRounding TwoDecimals { get; } = new(2, MidpointRounding.AwayFromZero);

    /// <summary>Two decimals, truncated (98.6297 → 98.62), as the Government Office's published figures read.</summary>
    public static RateRounding TwoDecimalsTruncated { get; } = new(2, MidpointRounding.ToZero);

    /// <summary>The percentage <paramref name="numerator"/> ÷ <paramref name="denominator"/> × 100, rounded by this rule.</summary>
    /// <param name="numerator">The count of successes.</param>
    /// <param name="denominator">The count of cases; zero gives <see langword="null"/> (no rate).</param>
    /// <returns>The rounded percentage, or <see langword="null"/> when <paramref name="denominator"/> is zero.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="Decimals"/> is outside 0–10 or a count is negative.</exception>
    public decimal? Percent(long numerator, long denominator)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(numerator);
        ArgumentOutOfRangeException.ThrowIfNegative(denominator);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Decimals, 10);
        ArgumentOutOfRangeException.ThrowIfNegative(Decimals);
        return denominator == 0 ? null : Math.Round(numerator * 100m / denominator, Decimals, Mode);
    }
}
