namespace KhanhHoa.Governance.Rollup;

/// <summary>
/// The duplicate-id check of a parallel read, partitioned across the cores: a row's id fingerprint names one of
/// <see cref="Count"/> partitions, so two rows with the same id always meet in the same one, and each partition keeps
/// a set of its own, small enough to stay in cache, checked on its own core. Within a partition the rows are taken in
/// input order, so the row found a duplicate is the later one, as a single pass finds it.
/// </summary>
internal static class DossierIdPartitions
{
    /// <summary>
    /// The number of partitions: 3M dossiers make sets of about 12,000 fingerprints (256 KB of slots) each, 10M of
    /// 40,000 (1 MB), so that a set's probes hit the core's own cache rather than memory.
    /// </summary>
    public const int Count = 256;

    // The high bits choose the partition; the set's slot comes from the low bits, which stay spread within it.
    private const int Shift = 56;

    /// <summary>One chunk's fingerprints grouped by partition, in input order within each.</summary>
    /// <param name="Starts">Where each partition starts in <paramref name="Hashes"/> (<see cref="Count"/> + 1 entries).</param>
    /// <param name="Hashes">The chunk's fingerprints, partition after partition (read in sequence by the check).</param>
    /// <param name="Rows">The chunk's row (0 = its first) of each fingerprint.</param>
    internal sealed record Buckets(int[] Starts, ulong[] Hashes, int[] Rows);

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
        var grouped = new ulong[hashes.Length];
        var rows = new int[hashes.Length];
        for (var i = 0; i < hashes.Length; i++)
        {
            var at = next[(int)(hashes[i] >> Shift)]++;
            grouped[at] = hashes[i];
            rows[at] = i;
        }

        return new Buckets(starts, grouped, rows);
    }

    /// <summary>
    /// Finds, chunk by chunk in input order, the rows whose id an earlier row of the input already has.
    /// </summary>
    /// <param name="chunks">The chunks in input order: their buckets, and the rows that are no dossier (left out of the check), if any.</param>
    /// <param name="rows">How many rows in all (to size the sets).</param>
    /// <param name="workers">How many partitions to check at once.</param>
    /// <returns>For each chunk, its duplicate rows in increasing order.</returns>
    public static List<int>[] FindDuplicates(IReadOnlyList<(Buckets Buckets, HashSet<int>? Excluded)> chunks, int rows, int workers)
    {
        var found = new List<(int Chunk, int Row)>[Count];
        var capacity = rows / Count + (rows / Count / 8);

        // A set per worker, emptied between its partitions: a fresh one per partition cost the kernel a page fault for
        // each of its pages (256 sets of 256 KB at 3M dossiers), more than the check itself.
        UInt64Set Check(int partition, UInt64Set set)
        {
            set.Clear();
            var duplicates = found[partition] = [];
            for (var c = 0; c < chunks.Count; c++)
            {
                var (buckets, excluded) = chunks[c];
                for (var i = buckets.Starts[partition]; i < buckets.Starts[partition + 1]; i++)
                {
                    if (excluded is not null && excluded.Contains(buckets.Rows[i]))
                    {
                        continue;
                    }

                    if (!set.Add(buckets.Hashes[i]))
                    {
                        duplicates.Add((c, buckets.Rows[i]));
                    }
                }
            }

            return set;
        }

        if (workers > 1)
        {
            Parallel.For(0, Count, new ParallelOptions { MaxDegreeOfParallelism = workers }, () => new UInt64Set(capacity), (p, _, set) => Check(p, set), static _ => { });
        }
        else
        {
            var set = new UInt64Set(capacity);
            for (var p = 0; p < Count; p++)
            {
                Check(p, set);
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
