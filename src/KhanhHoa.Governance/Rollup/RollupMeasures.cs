using System.Runtime.CompilerServices;

namespace KhanhHoa.Governance.Rollup;

/// <summary>The values of every <see cref="RollupMeasure"/> for one unit and period (exact integer counts).</summary>
/// <threadsafety>Immutable value type; safe to share between threads.</threadsafety>
public readonly struct RollupMeasures : IEquatable<RollupMeasures>
{
    private readonly Values values;

    internal RollupMeasures(ReadOnlySpan<long> source)
    {
        var buffer = default(Values);
        source[..RollupMeasureNames.Count].CopyTo(buffer);
        values = buffer;
    }

    /// <summary>The value of a measure.</summary>
    /// <param name="measure">The measure.</param>
    public long this[RollupMeasure measure] => values[(int)measure];

    /// <summary><c>received</c>.</summary>
    public long Received => this[RollupMeasure.Received];

    /// <summary><c>received_online</c>.</summary>
    public long ReceivedOnline => this[RollupMeasure.ReceivedOnline];

    /// <summary><c>received_full_online</c>.</summary>
    public long ReceivedFullOnline => this[RollupMeasure.ReceivedFullOnline];

    /// <summary><c>received_full_eligible</c>.</summary>
    public long ReceivedFullEligible => this[RollupMeasure.ReceivedFullEligible];

    /// <summary><c>resolved</c>.</summary>
    public long Resolved => this[RollupMeasure.Resolved];

    /// <summary><c>resolved_on_time</c>.</summary>
    public long ResolvedOnTime => this[RollupMeasure.ResolvedOnTime];

    /// <summary><c>resolved_late</c>.</summary>
    public long ResolvedLate => this[RollupMeasure.ResolvedLate];

    /// <summary><c>pending_end</c>.</summary>
    public long PendingEnd => this[RollupMeasure.PendingEnd];

    /// <summary><c>pending_overdue_end</c>.</summary>
    public long PendingOverdueEnd => this[RollupMeasure.PendingOverdueEnd];

    /// <summary><c>digitized</c>.</summary>
    public long Digitized => this[RollupMeasure.Digitized];

    /// <summary><c>reused_data</c>.</summary>
    public long ReusedData => this[RollupMeasure.ReusedData];

    /// <summary><c>id_linked</c>.</summary>
    public long IdLinked => this[RollupMeasure.IdLinked];

    /// <summary><c>fee_required</c>.</summary>
    public long FeeRequired => this[RollupMeasure.FeeRequired];

    /// <summary><c>paid_online</c>.</summary>
    public long PaidOnline => this[RollupMeasure.PaidOnline];

    /// <summary><c>e_result</c>.</summary>
    public long EResult => this[RollupMeasure.EResult];

    /// <inheritdoc />
    public bool Equals(RollupMeasures other) => ((ReadOnlySpan<long>)values).SequenceEqual(other.values);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is RollupMeasures other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var value in (ReadOnlySpan<long>)values)
        {
            hash.Add(value);
        }

        return hash.ToHashCode();
    }

    /// <summary>Whether two sets of values are equal.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns><see langword="true"/> when every measure is equal.</returns>
    public static bool operator ==(RollupMeasures left, RollupMeasures right) => left.Equals(right);

    /// <summary>Whether two sets of values differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns><see langword="true"/> when a measure differs.</returns>
    public static bool operator !=(RollupMeasures left, RollupMeasures right) => !left.Equals(right);

    /// <summary>The measures as <c>name=value</c> pairs.</summary>
    /// <returns>For example <c>received=12, received_online=9, …</c>.</returns>
    public override string ToString()
    {
        var self = this;
        return string.Join(", ", RollupMeasureNames.All.Select(m => $"{RollupMeasureNames.Of(m)}={self[m]}"));
    }

    [InlineArray(RollupMeasureNames.Count)]
    private struct Values
    {
        private long element;
    }
}
