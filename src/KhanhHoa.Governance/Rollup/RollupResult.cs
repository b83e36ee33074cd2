namespace KhanhHoa.Governance.Rollup;

/// <summary>The measures of every period an engine computed, in the order its periods were given.</summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class RollupResult
{
    internal RollupResult(IReadOnlyList<PeriodRollup> periods) => Periods = periods;

    /// <summary>One rollup per period.</summary>
    public IReadOnlyList<PeriodRollup> Periods { get; }
}
