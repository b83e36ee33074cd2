using System.Runtime.CompilerServices;
using KhanhHoa.Governance.Indicators;

namespace KhanhHoa.Governance.Rollup;

/// <summary>The values of every <see cref="DossierMeasure"/> for one unit and period (exact integer counts).</summary>
/// <threadsafety>Immutable value type; safe to share between threads.</threadsafety>
public readonly struct RollupMeasures : IEquatable<RollupMeasures>
{
    private readonly Values values;

    internal RollupMeasures(ReadOnlySpan<long> source)
    {
        var buffer = default(Values);
        source[..DossierMeasures.Count].CopyTo(buffer);
        values = buffer;
    }

    /// <summary>The value of a measure.</summary>
    /// <param name="measure">The measure.</param>
    public long this[DossierMeasure measure] => values[(int)measure];

    /// <summary><c>received</c>.</summary>
    public long Received => this[DossierMeasure.Received];

    /// <summary><c>received_online</c>.</summary>
    public long ReceivedOnline => this[DossierMeasure.ReceivedOnline];

    /// <summary><c>received_full_online</c>.</summary>
    public long ReceivedFullOnline => this[DossierMeasure.ReceivedFullOnline];

    /// <summary><c>received_full_eligible</c>.</summary>
    public long ReceivedFullEligible => this[DossierMeasure.ReceivedFullEligible];

    /// <summary><c>resolved</c>.</summary>
    public long Resolved => this[DossierMeasure.Resolved];

    /// <summary><c>resolved_on_time</c>.</summary>
    public long ResolvedOnTime => this[DossierMeasure.ResolvedOnTime];

    /// <summary><c>resolved_late</c>.</summary>
    public long ResolvedLate => this[DossierMeasure.ResolvedLate];

    /// <summary><c>pending_end</c>.</summary>
    public long PendingEnd => this[DossierMeasure.PendingEnd];

    /// <summary><c>pending_overdue_end</c>.</summary>
    public long PendingOverdueEnd => this[DossierMeasure.PendingOverdueEnd];

    /// <summary><c>digitized</c>.</summary>
    public long Digitized => this[DossierMeasure.Digitized];

    /// <summary><c>reused_data</c>.</summary>
    public long ReusedData => this[DossierMeasure.ReusedData];

    /// <summary><c>id_linked</c>.</summary>
    public long IdLinked => this[DossierMeasure.IdLinked];

    /// <summary><c>fee_required</c>.</summary>
    public long FeeRequired => this[DossierMeasure.FeeRequired];

    /// <summary><c>paid_online</c>.</summary>
    public long PaidOnline => this[DossierMeasure.PaidOnline];

    /// <summary><c>e_result</c>.</summary>
    public long EResult => this[DossierMeasure.EResult];

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
        return string.Join(", ", DossierMeasures.All.Select(m => $"{DossierMeasures.NameOf(m)}={self[m]}"));
    }

    [InlineArray(DossierMeasures.Count)]
    private struct Values
    {
        private long element;
    }
}
