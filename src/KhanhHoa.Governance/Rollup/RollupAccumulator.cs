namespace KhanhHoa.Governance.Rollup;

/// <summary>
/// Incremental aggregation: append dossiers batch by batch (a day's worth at a time); each append updates only
/// the cells its dossiers touch and rejects dossier ids already appended. <see cref="ToPartial"/> at any point
/// equals the partial of all batches aggregated at once.
/// </summary>
/// <threadsafety>Not thread-safe: one writer at a time. The partials it returns are immutable.</threadsafety>
public sealed class RollupAccumulator
{
    private readonly RollupEngine engine;
    private readonly long[] counters;
    private readonly UInt64Set ids = new();
    private long dossierCount;
    private ulong digest;

    internal RollupAccumulator(RollupEngine engine)
    {
        this.engine = engine;
        counters = new long[engine.CellCount * CellLanes.Width];
    }

    /// <summary>How many dossiers have been appended.</summary>
    public long DossierCount => dossierCount;

    /// <summary>Appends a batch; nothing is counted when any of its dossiers is rejected.</summary>
    /// <param name="batch">The new dossiers.</param>
    /// <returns>
    /// The number of dossiers appended, or the errors that rejected the batch: unknown unit codes and duplicate ids
    /// (line = 1-based position in the batch).
    /// </returns>
    public InputResult<int> Append(DossierStore batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var map = engine.MapUnits(batch, 0, batch.Count, out var errors);
        for (var i = 0; i < batch.Count; i++)
        {
            if (ids.Contains(batch.IdHashes[i]))
            {
                errors.Add(ErrorCollector.At(i + 1, DossierColumns.DossierId + 1, "dossier_id", "dossier id already appended"));
            }
        }

        if (errors.Count > 0)
        {
            return InputResult<int>.ForErrors(errors);
        }

        for (var i = 0; i < batch.Count; i++)
        {
            ids.Add(batch.IdHashes[i]);
            engine.AddDossier(batch, i, map, counters);
        }

        dossierCount += batch.Count;
        digest = unchecked(digest + RollupPartial.Digest(batch.IdHashes));
        return InputResult<int>.ForValue(batch.Count);
    }

    /// <summary>A snapshot of the counters so far.</summary>
    /// <returns>An immutable partial of the engine.</returns>
    public RollupPartial ToPartial() => new(engine, (long[])counters.Clone(), dossierCount, null, digest);
}
