namespace KhanhHoa.Governance.Rollup;

/// <summary>
/// The counters of a set of dossiers before the periods are summed and the hierarchy rolled up: what a shard
/// of the work produces. Partials of the same engine merge exactly: the partial of shard A merged with that of
/// shard B equals the partial of A ∪ B, so a national host can aggregate provinces or machines separately and
/// merge. <see cref="RollupEngine.Complete"/> turns a partial into measures.
/// </summary>
/// <remarks>Merging cannot detect a dossier present in two shards (ids are not kept); shards must be disjoint.</remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class RollupPartial : IEquatable<RollupPartial>
{
    internal RollupPartial(RollupEngine engine, long[] counters, long dossierCount)
    {
        Engine = engine;
        Counters = counters;
        DossierCount = dossierCount;
    }

    /// <summary>How many dossiers were aggregated.</summary>
    public long DossierCount { get; }

    internal RollupEngine Engine { get; }

    internal long[] Counters { get; }

    /// <summary>The partial of both sets of dossiers.</summary>
    /// <param name="other">A partial of the same engine, over disjoint dossiers.</param>
    /// <returns>A new partial; neither operand changes.</returns>
    /// <exception cref="ArgumentException"><paramref name="other"/> comes from another engine.</exception>
    public RollupPartial Merge(RollupPartial other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (!ReferenceEquals(Engine, other.Engine))
        {
            throw new ArgumentException("partials of different engines cannot be merged", nameof(other));
        }

        var sum = new long[Counters.Length];
        for (var i = 0; i < sum.Length; i++)
        {
            sum[i] = Counters[i] + other.Counters[i];
        }

        return new RollupPartial(Engine, sum, DossierCount + other.DossierCount);
    }

    /// <summary>Merges any number of partials of one engine.</summary>
    /// <param name="partials">At least one partial.</param>
    /// <returns>Their merge.</returns>
    public static RollupPartial MergeAll(IEnumerable<RollupPartial> partials)
    {
        ArgumentNullException.ThrowIfNull(partials);
        return partials.Aggregate((a, b) => a.Merge(b));
    }

    /// <inheritdoc />
    public bool Equals(RollupPartial? other) =>
        other is not null && ReferenceEquals(Engine, other.Engine) && DossierCount == other.DossierCount && Counters.AsSpan().SequenceEqual(other.Counters);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RollupPartial);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.Add(DossierCount);
        hash.AddBytes(System.Runtime.InteropServices.MemoryMarshal.AsBytes(Counters.AsSpan()));
        return hash.ToHashCode();
    }
}
