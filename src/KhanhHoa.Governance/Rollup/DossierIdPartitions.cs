namespace KhanhHoa.Governance.Rollup;

/// <summary>
/// The duplicate-id check of a parallel read, partitioned across the cores: a row's id fingerprint names one of
/// <see cref="Count"/> partitions, so two rows with the same id always meet in the same one, and each partition keeps
/// a set of its own, small enough to stay in cache, checked on its own core. Within a partition the rows are taken in
/// input order, so the row found a duplicate is the later one, as a single pass finds it.
/// </summary>
internal static class DossierIdPartitions
{
    /// <summary>The number of partitions: 10M dossiers make sets of about 300,000 fingerprints (4 MB) each.</summary>
    public const int Count = 32;

    // The high bits choose the partition; the set's slot comes from the low bits, which stay spread within it.
    private const int Shift = 59;

    /// <summary>One chunk's rows grouped by partition, in input order within each.</summary>
    /// <param name="Starts">Where each partition's rows start in <paramref name="Rows"/> (<see cref="Count"/> + 1 entries).</param>
    /// <param name="Rows">The chunk's rows (0 = its first), partition after partition.</param>
    internal sealed record Buckets(int[] Starts, int[] Rows);

    /// <summary>Groups a chunk's rows by the partition of their fingerprints (done on the chunk's own thread).</summary>
    public static Buckets Bucket(ReadOnlySpan<ulong> hashes)
    {
        var starts = new int[Count + 1];
        foreach (var hash in hashes)
        {
            starts[(int)(hash >> Shift) + 1]++;
        }

        for (var p = 0; p < Count; p++)
        {
            starts[p + 1] += starts[p];
        }

        var next = starts[..Count];
        var rows = new int[hashes.Length];
        for (var i = 0; i < hashes.Length; i++)
        {
            rows[next[(int)(hashes[i] >> Shift)]++] = i;
        }

        return new Buckets(starts, rows);
    }

    /// <summary>
    /// Finds, chunk by chunk in input order, the rows whose id an earlier row of the input already has.
    /// </summary>
    /// <param name="idHashes">The fingerprints of every chunk's rows, at <c>Start</c> + row.</param>
    /// <param name="chunks">The chunks in input order: where their rows start, their buckets, and the rows that are no dossier (left out of the check).</param>
    /// <param name="rows">How many rows in all (to size the sets).</param>
    /// <param name="workers">How many partitions to check at once.</param>
    /// <returns>For each chunk, its duplicate rows in increasing order.</returns>
    public static List<int>[] FindDuplicates(ulong[] idHashes, IReadOnlyList<(int Start, Buckets Buckets, IReadOnlySet<int> Excluded)> chunks, int rows, int workers)
    {
        var found = new List<(int Chunk, int Row)>[Count];
        void Check(int partition)
        {
            var set = new UInt64Set(rows / Count + (rows / Count / 8));
            var duplicates = found[partition] = [];
            for (var c = 0; c < chunks.Count; c++)
            {
                var (start, buckets, excluded) = chunks[c];
                foreach (var row in buckets.Rows.AsSpan(buckets.Starts[partition], buckets.Starts[partition + 1] - buckets.Starts[partition]))
                {
                    if (excluded.Count > 0 && excluded.Contains(row))
                    {
                        continue;
                    }

                    if (!set.Add(idHashes[start + row]))
                    {
                        duplicates.Add((c, row));
                    }
                }
            }
        }

        if (workers > 1)
        {
            Parallel.For(0, Count, new ParallelOptions { MaxDegreeOfParallelism = workers }, Check);
        }
        else
        {
            for (var p = 0; p < Count; p++)
            {
                Check(p);
            }
        }

        var byChunk = new List<int>[chunks.Count];
        for (var c = 0; c < byChunk.Length; c++)
        {
            byChunk[c] = [];
        }

        foreach (var (chunk, row) in found.SelectMany(static d => d))
        {
            byChunk[chunk].Add(row);
        }

        foreach (var list in byChunk)
        {
            list.Sort();
        }

        return byChunk;
    }
}
