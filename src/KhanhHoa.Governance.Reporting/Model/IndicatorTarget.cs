namespace KhanhHoa.Governance.Reporting;

/// <summary>A target as the report shows it: a comparator and value, its wording in the source, and its deadline.</summary>
/// <param name="Comparator">Whether higher or lower values are good.</param>
/// <param name="Value">The target value, in the indicator's unit (percent for rates).</param>
/// <param name="Text">The target as the source document words it, e.g. "≥ 80% hồ sơ TTHC được xử lý trực tuyến (hết năm 2025)".</param>
/// <param name="Deadline">The date by which the target must be reached, when the source sets one.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record IndicatorTarget(TargetComparator Comparator, decimal Value, string Text, LocalDate? Deadline = null)
{
    /// <summary>Whether <paramref name="value"/> satisfies the target.</summary>
    /// <param name="value">The indicator's value.</param>
    /// <returns><see langword="true"/> when the value is on the good side of the target or equal to it.</returns>
    public bool IsMetBy(decimal value) => Comparator == TargetComparator.AtLeast ? value >= Value : value <= Value;

    /// <summary>The signed distance from the target, positive when the value is better than the target.</summary>
    /// <param name="value">The indicator's value.</param>
    /// <returns><c>value − target</c> for <see cref="TargetComparator.AtLeast"/>, <c>target − value</c> otherwise.</returns>
    public decimal GapFor(decimal value) => Comparator == TargetComparator.AtLeast ? value - Value : Value - value;
}
