using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using KhanhHoa.Governance.Calendar;
using KhanhHoa.Governance.Indicators;
using KhanhHoa.Governance.Organization;

namespace KhanhHoa.Governance.Rollup;

/// <summary>
/// Rolls dossiers up to measures per org unit and reporting period, then up the hierarchy to the province:
/// a parent's measure is exactly the sum of its children's plus its own dossiers'.
/// </summary>
/// <remarks>
/// <para>
/// The periods' first days and day-after-last days cut time into segments. One pass over the dossiers counts,
/// per (unit, segment), what was received and finished there, plus difference counters for the pending
/// measures; each period then sums its segments (a prefix difference), so any number of periods, overlapping
/// or not, costs one pass. This is DHIS2's analytics pre-aggregation done in memory.
/// </para>
/// <para>
/// Work is split into partitions whose <see cref="RollupPartial"/> results merge exactly, so the result does not
/// depend on the number of threads, the order of the dossiers or how they were sharded; the JSON output is
/// byte-identical. Each period is rolled up over the units valid in it (the hierarchy is effective-dated:
/// Resolution 202/2025/QH15 and the commune reorganisation of 1 July 2025).
/// </para>
/// </remarks>
/// <threadsafety>Immutable once created; every method is safe to call from several threads.</threadsafety>
public sealed class RollupEngine
{
    private readonly Dictionary<string, int> unitIndex;
    private readonly string[] unitCodes;
    private readonly int[] boundaries;
    private readonly ushort[] segmentOfDay;
    private readonly PeriodTree[] trees;
    private readonly RebaseMove[] moves;

    /// <summary>The dossiers a worker takes at a time: large enough that taking one costs nothing, small enough to balance.</summary>
    private const int ChunkSize = 1 << 16;

    private RollupEngine(OrgUnit[] tree, string[] unitCodes, ReportingPeriod[] periods, int[] boundaries, PeriodTree[] trees, RollupRebase? rebase, RebaseMove[] moves)
    {
        Tree = tree;
        Rebase = rebase;
        this.moves = moves;
        this.unitCodes = unitCodes;
        unitIndex = new Dictionary<string, int>(unitCodes.Length, StringComparer.Ordinal);
        for (var i = 0; i < unitCodes.Length; i++)
        {
            unitIndex[unitCodes[i]] = i;
        }

        Periods = periods;
        this.boundaries = boundaries;
        this.trees = trees;
        segmentOfDay = new ushort[ushort.MaxValue + 1];
        var segment = 0;
        for (var day = 0; day < segmentOfDay.Length; day++)
        {
            while (segment < boundaries.Length && boundaries[segment] <= day)
            {
                segment++;
            }

            segmentOfDay[day] = (ushort)segment;
        }
    }

    /// <summary>The periods, in the order given.</summary>
    public IReadOnlyList<ReportingPeriod> Periods { get; }

    /// <summary>The codes of every unit the engine knows (every unit it was created with, whatever its validity), in ordinal order.</summary>
    public IReadOnlyList<string> UnitCodes => unitCodes;

    /// <summary>The day whose tree every period is rolled up on, with the successions that move older units' dossiers; <see langword="null"/> when each period has its own tree.</summary>
    public RollupRebase? Rebase { get; }

    /// <summary>The unit records the engine was created with, without repeats, in one canonical order (by code, then validity).</summary>
    internal OrgUnit[] Tree { get; }

    /// <summary>The first day of each time segment after the first (store days), from the periods' bounds.</summary>
    internal IReadOnlyList<int> Boundaries => boundaries;

    internal int SegmentCount => boundaries.Length + 1;

    internal int CellCount => unitCodes.Length * SegmentCount;

    /// <summary>Creates an engine for a hierarchy and a set of periods.</summary>
    /// <param name="units">
    /// The org units, possibly effective-dated (several records of one code with different validity). For each
    /// period the engine uses the units whose validity overlaps it; when several records of a code do, the one
    /// valid on the period's last day (else the latest starting) is used.
    /// </param>
    /// <param name="periods">The periods to compute, at least one; duplicates are allowed.</param>
    /// <param name="rebase">
    /// Rolls every period up on the tree valid on one day instead, moving older units' dossiers through their successions
    /// (<see cref="RollupRebase"/>); <see langword="null"/> (the default) rolls each period up on its own tree.
    /// </param>
    /// <returns>The engine, or every problem of the hierarchy (unknown parent, cycle, a unit ending before it starts) and of the periods.</returns>
    public static InputResult<RollupEngine> Create(IReadOnlyList<OrgUnit> units, IReadOnlyList<ReportingPeriod> periods, RollupRebase? rebase = null)
    {
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(periods);
        var errors = new List<InputError>();
        if (periods.Count == 0)
        {
            errors.Add(ErrorCollector.At(0, 0, "periods", "at least one period is required"));
        }

        var bounds = new SortedSet<int>();
        foreach (var period in periods)
        {
            var start = StoreDays.FromDate(period.Start);
            var end = StoreDays.FromDate(period.End);
            if (!StoreDays.InRange(start) || !StoreDays.InRange(end))
            {
                errors.Add(ErrorCollector.At(0, 0, "periods", $"period {period.Id} ({period.Start:uuuu-MM-dd}–{period.End:uuuu-MM-dd}) lies outside 2000-01-01 to 2179-06-05"));
                continue;
            }

            bounds.Add(start);
            bounds.Add(end + 1);
        }

        // One canonical list, so that an engine rebuilt from a partial's tree (another process) is this very engine.
        OrgUnit[] tree = [.. units.Distinct()
            .OrderBy(u => u.Code, StringComparer.Ordinal)
            .ThenBy(u => u.ValidFrom ?? LocalDate.MinIsoValue)
            .ThenBy(u => u.ValidTo ?? LocalDate.MaxIsoValue)
            .ThenBy(u => u.ParentCode, StringComparer.Ordinal)
            .ThenBy(u => u.Name, StringComparer.Ordinal)
            .ThenBy(u => u.Kind)];
        // A unit that ends before it starts is in no period's tree; from a partial or an API caller it is an error, as the
        // units file reader makes it.
        foreach (var unit in tree.Where(static u => u is { ValidFrom: { } from, ValidTo: { } to } && to < from))
        {
            errors.Add(ErrorCollector.At(0, 0, "valid_to", $"unit '{unit.Code}' is valid to {unit.ValidTo:uuuu-MM-dd}, before it is valid from {unit.ValidFrom:uuuu-MM-dd}"));
        }

        var codeArray = tree.Select(u => u.Code).Distinct(StringComparer.Ordinal).ToArray();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < codeArray.Length; i++)
        {
            index[codeArray[i]] = i;
        }

        var trees = new PeriodTree[periods.Count];
        if (rebase is not null)
        {
            // One tree for every period: the one valid on the re-base day.
            var onto = new PeriodTree(ChooseMembers(tree, rebase.Onto, rebase.Onto));
            onto.Resolve(index, $"on {rebase.Onto:uuuu-MM-dd}", errors);
            Array.Fill(trees, onto);
        }
        else
        {
            // Periods whose units are the same share one tree: a province that does not change over a year costs one
            // tree, not twelve (it was most of an engine's memory per unit). Without dates, every period has them all.
            var undated = tree.All(static u => u.ValidFrom is null && u.ValidTo is null);
            List<OrgUnit>? shared = null;
            for (var p = 0; p < periods.Count; p++)
            {
                var members = undated && shared is not null ? shared : ChooseMembers(tree, periods[p].Start, periods[p].End);
                if (shared is not null && (ReferenceEquals(members, shared) || members.SequenceEqual(shared)))
                {
                    trees[p] = trees[p - 1];
                    continue;
                }

                shared = members;
                trees[p] = new PeriodTree(members);
                trees[p].Resolve(index, $"in period {periods[p].Id}", errors);
            }
        }

        if (errors.Count > 0)
        {
            return InputResult<RollupEngine>.ForErrors(errors);
        }

        var moves = rebase is null ? [] : Moves(tree, codeArray, index, trees[0], rebase);
        return InputResult<RollupEngine>.ForValue(new RollupEngine(tree, codeArray, [.. periods], [.. bounds], trees, rebase, moves));
    }

    /// <summary>Aggregates every dossier of a store.</summary>
    /// <param name="store">The dossiers.</param>
    /// <param name="maxDegreeOfParallelism">How many threads to use; 0 (the default) means one per processor.</param>
    /// <returns>The partial result, or an error per unit code of the store that the hierarchy does not know.</returns>
    public InputResult<RollupPartial> Aggregate(DossierStore store, int maxDegreeOfParallelism = 0)
    {
        ArgumentNullException.ThrowIfNull(store);
        return Aggregate(store, 0, store.Count, maxDegreeOfParallelism);
    }

    /// <summary>Aggregates a range of a store's dossiers, a shard whose partial merges with the others'.</summary>
    /// <param name="store">The dossiers.</param>
    /// <param name="start">The first dossier of the range.</param>
    /// <param name="count">How many dossiers.</param>
    /// <param name="maxDegreeOfParallelism">How many threads to use; 0 means one per processor.</param>
    /// <param name="keepDossierIds">
    /// Whether the partial keeps its dossiers' id fingerprints (8 bytes a dossier), so that merges report dossiers counted
    /// in two partials (<see cref="RollupPartial.DossierIdFingerprints"/>).
    /// </param>
    /// <returns>The partial result, or an error per unknown unit code.</returns>
    public InputResult<RollupPartial> Aggregate(DossierStore store, int start, int count, int maxDegreeOfParallelism = 0, bool keepDossierIds = false)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start + count, store.Count);
        ArgumentOutOfRangeException.ThrowIfNegative(maxDegreeOfParallelism);
        var map = MapUnits(store, start, count, out var unknown);
        if (unknown.Count > 0)
        {
            return InputResult<RollupPartial>.ForErrors(unknown);
        }

        var threads = maxDegreeOfParallelism == 0 ? Environment.ProcessorCount : maxDegreeOfParallelism;
        // Below ~64k dossiers per thread the per-thread histograms cost more than they save.
        threads = Math.Max(1, Math.Min(threads, count / ChunkSize));
        var totals = new long[CellCount * CellLanes.Width];
        var unitBase = new int[map.Length];
        for (var i = 0; i < map.Length; i++)
        {
            unitBase[i] = map[i] * SegmentCount;
        }

        if (threads == 1)
        {
            var histogram = new CellHistogram(this);
            histogram.Count(store, start, count, unitBase);
            histogram.AddTo(totals);
        }
        else
        {
            // Workers take chunks from a shared cursor instead of fixed halves: on a shared machine a thread that is
            // descheduled leaves its chunks to the others rather than making everyone wait for its half.
            var histograms = new CellHistogram[threads];
            var end = (long)start + count;
            long cursor = start;
            Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, t =>
            {
                var histogram = new CellHistogram(this);
                long from;
                while ((from = Interlocked.Add(ref cursor, ChunkSize) - ChunkSize) < end)
                {
                    histogram.Count(store, (int)from, (int)Math.Min(ChunkSize, end - from), unitBase);
                }

                histograms[t] = histogram;
            });
            foreach (var histogram in histograms)
            {
                histogram.AddTo(totals);
            }
        }

        ulong[]? ids = null;
        if (keepDossierIds)
        {
            ids = store.IdHashes.AsSpan(start, count).ToArray();
            Array.Sort(ids);
        }

        return InputResult<RollupPartial>.ForValue(new RollupPartial(this, totals, count, ids, RollupPartial.Digest(store.IdHashes.AsSpan(start, count))));
    }

    /// <summary>Aggregates a store and completes the result in one call.</summary>
    /// <param name="store">The dossiers.</param>
    /// <param name="maxDegreeOfParallelism">How many threads to use; 0 means one per processor.</param>
    /// <returns>The result, or the errors that prevented it.</returns>
    public InputResult<RollupResult> Run(DossierStore store, int maxDegreeOfParallelism = 0)
    {
        var partial = Aggregate(store, maxDegreeOfParallelism);
        return partial.Success ? Complete(partial.Value) : partial.ConvertError<RollupResult>();
    }

    /// <summary>An empty partial result of this engine.</summary>
    /// <returns>A partial with every counter zero (and no dossier fingerprint, so it merges with partials that keep theirs).</returns>
    public RollupPartial EmptyPartial() => new(this, new long[CellCount * CellLanes.Width], 0, [], 0);

    /// <summary>An accumulator that takes dossiers batch by batch (a day at a time) and updates only the cells they touch.</summary>
    /// <returns>A new, empty accumulator.</returns>
    public RollupAccumulator CreateAccumulator() => new(this);

    /// <summary>Turns a partial result into measures per period and unit, rolled up the hierarchy.</summary>
    /// <param name="partial">
    /// A partial of this engine (possibly merged from shards), or one over the same periods counted elsewhere (read from a
    /// file, merged from provinces): its units are matched to this engine's by code, so a tree with a national root above
    /// the provinces' roots completes the merge of the provinces' partials.
    /// </param>
    /// <returns>
    /// The result, or an error per unit that has dossiers in a period in which it is not valid, or that this engine does
    /// not know, and when the periods differ.
    /// </returns>
    public InputResult<RollupResult> Complete(RollupPartial partial)
    {
        ArgumentNullException.ThrowIfNull(partial);
        var counters = partial.Counters;
        if (!ReferenceEquals(partial.Engine, this))
        {
            if (!partial.Periods.SequenceEqual(Periods))
            {
                return InputResult<RollupResult>.ForErrors([ErrorCollector.At(0, 0, "periods",
                    $"the partial counts periods {string.Join(", ", partial.Periods.Select(p => p.Id))}, the engine {string.Join(", ", Periods.Select(p => p.Id))}")]);
            }

            var unknown = new List<InputError>();
            counters = new long[CellCount * CellLanes.Width];
            partial.AddTo(this, counters, unknown);
            if (unknown.Count > 0)
            {
                return InputResult<RollupResult>.ForErrors(unknown);
            }
        }

        // Prefix sums over segments, per unit and lane: flows of a period are a difference, pending a prefix.
        var segments = SegmentCount;
        var prefix = new long[counters.Length];
        for (var unit = 0; unit < unitCodes.Length; unit++)
        {
            var running = new long[CellLanes.Width];
            for (var segment = 0; segment < segments; segment++)
            {
                var offset = ((unit * segments) + segment) * CellLanes.Width;
                for (var lane = 0; lane < CellLanes.Width; lane++)
                {
                    running[lane] += counters[offset + lane];
                    prefix[offset + lane] = running[lane];
                }
            }
        }

        var errors = new List<InputError>();
        var results = new PeriodRollup[Periods.Count];
        var own = new long[DossierMeasures.Count];
        var empty = new long[CellLanes.Width];
        for (var p = 0; p < Periods.Count; p++)
        {
            var period = Periods[p];
            var first = Array.BinarySearch(boundaries, StoreDays.FromDate(period.Start));
            var last = Array.BinarySearch(boundaries, StoreDays.FromDate(period.End) + 1);
            var tree = trees[p];
            var values = new long[tree.Members.Length * DossierMeasures.Count];
            var unallocated = new SortedDictionary<string, (long[] Measures, RebaseMove Move)>(StringComparer.Ordinal);
            var isMember = new bool[unitCodes.Length];
            foreach (var unit in tree.PlanIndexes)
            {
                isMember[unit] = true;
            }

            for (var unit = 0; unit < unitCodes.Length; unit++)
            {
                var before = prefix.AsSpan(((unit * segments) + first) * CellLanes.Width, CellLanes.Width);
                var atEnd = prefix.AsSpan(((unit * segments) + last) * CellLanes.Width, CellLanes.Width);
                for (var lane = 0; lane < own.Length; lane++)
                {
                    own[lane] = atEnd[lane] - (CellLanes.IsLevel(lane) ? 0 : before[lane]);
                }

                if (!isMember[unit])
                {
                    if (!own.AsSpan().ContainsAnyExcept(0L))
                    {
                        continue;
                    }

                    if (Rebase is null)
                    {
                        errors.Add(ErrorCollector.At(0, 0, "unit_code", $"unit '{unitCodes[unit]}' has dossiers counted in period {period.Id} but is not valid in it"));
                        continue;
                    }

                    var move = moves[unit];
                    if (move.Reason is null)
                    {
                        AddTo(values.AsSpan(tree.PositionOf[move.Target] * DossierMeasures.Count, DossierMeasures.Count), own);
                    }
                    else
                    {
                        if (!unallocated.TryGetValue(move.StopCode, out var stuck))
                        {
                            unallocated[move.StopCode] = stuck = (new long[DossierMeasures.Count], move);
                        }

                        AddTo(stuck.Measures, own);
                    }

                    continue;
                }

                // Added, not copied: older units re-based onto this one may have been added already.
                AddTo(values.AsSpan(tree.PositionOf[unit] * DossierMeasures.Count, DossierMeasures.Count), own);
            }

            // Members are in depth-first order, so adding each to its parent from the last up sums every subtree.
            for (var position = tree.Members.Length - 1; position >= 0; position--)
            {
                var parent = tree.ParentPositions[position];
                if (parent < 0)
                {
                    continue;
                }

                AddTo(values.AsSpan(parent * DossierMeasures.Count, DossierMeasures.Count), values.AsSpan(position * DossierMeasures.Count, DossierMeasures.Count));
            }

            var rollups = new UnitRollup[tree.Members.Length];
            for (var position = 0; position < rollups.Length; position++)
            {
                rollups[position] = new UnitRollup(
                    tree.Members[position],
                    new RollupMeasures(values.AsSpan(position * DossierMeasures.Count, DossierMeasures.Count)));
            }

            results[p] = new PeriodRollup(period, rollups, [.. unallocated.Select(u =>
                new UnallocatedRollup(u.Key, new RollupMeasures(u.Value.Measures), u.Value.Move.Reason!, u.Value.Move.Candidates))]);
        }

        return errors.Count > 0 ? InputResult<RollupResult>.ForErrors(errors) : InputResult<RollupResult>.ForValue(new RollupResult(results));
    }

    /// <summary>The engine-local index of a unit code, or <see langword="null"/> when no period has the unit.</summary>
    internal int? IndexOf(string code) => unitIndex.TryGetValue(code, out var index) ? index : null;

    /// <summary>The engine-local index of each of the store's unit codes; unknown codes with dossiers are errors.</summary>
    internal int[] MapUnits(DossierStore store, int start, int count, out List<InputError> unknown)
    {
        unknown = [];
        var map = new int[store.UnitCodes.Count];
        var whole = start == 0 && count == store.Count;
        int[]? rangeCounts = null;
        if (!whole)
        {
            rangeCounts = new int[store.UnitCodes.Count];
            foreach (var unit in store.Units.AsSpan(start, count))
            {
                rangeCounts[unit]++;
            }
        }

        for (var i = 0; i < map.Length; i++)
        {
            var used = (whole ? store.UnitDossierCounts[i] : rangeCounts![i]) > 0;
            if (unitIndex.TryGetValue(store.UnitCodes[i], out var index))
            {
                map[i] = index;
            }
            else if (used)
            {
                unknown.Add(ErrorCollector.At(0, 0, "unit_code", $"unit code '{store.UnitCodes[i]}' is not in the hierarchy"));
            }
        }

        return map;
    }

    /// <summary>Adds one dossier's increments to 64-bit counters; the incremental path touches only these cells.</summary>
    internal void AddDossier(DossierStore store, int i, int[] map, long[] counters)
    {
        var baseCell = map[store.Units[i]] * SegmentCount;
        var received = store.ReceivedDays[i];
        var finished = store.FinishedDays[i];
        var receivedSegment = segmentOfDay[received];
        var finishedSegment = segmentOfDay[finished];
        var overdueSegment = segmentOfDay[Math.Max(received, store.DueDays[i] + 1)];
        var overdue = overdueSegment < finishedSegment ? 1 : 0;
        Add(counters, baseCell + receivedSegment, CellLanes.ReceivedIncrements[store.ReceivedBits[i]]);
        Add(counters, baseCell + finishedSegment, CellLanes.FinishedIncrements[store.FinishedBits[i] | (overdue * CellLanes.FinishedOverdue)]);
        if (overdue == 1)
        {
            Add(counters, baseCell + overdueSegment, CellLanes.OverdueIncrements[1]);
        }

        static void Add(long[] counters, int cell, Vector512<int> increment)
        {
            var offset = cell * CellLanes.Width;
            for (var lane = 0; lane < CellLanes.Width; lane++)
            {
                counters[offset + lane] += increment[lane];
            }
        }
    }

    private static List<OrgUnit> ChooseMembers(IReadOnlyList<OrgUnit> units, LocalDate start, LocalDate end)
    {
        return [.. units
            .Where(u => (u.ValidFrom is not { } from || from <= end) && (u.ValidTo is not { } to || to >= start))
            .GroupBy(u => u.Code, StringComparer.Ordinal)
            .Select(g => g
                .OrderByDescending(u => u.IsValidOn(end))
                .ThenByDescending(u => u.ValidFrom ?? LocalDate.MinIsoValue)
                .ThenByDescending(u => u.ValidTo ?? LocalDate.MaxIsoValue)
                .ThenBy(u => u.ParentCode, StringComparer.Ordinal)
                .First())];
    }

    /// <summary>
    /// The hot loop's counts: per cell, how many dossiers were received there with each received key, finished there
    /// with each finish key, and became overdue there. One integer increment per event instead of a 64-byte vector
    /// addition; <see cref="AddTo"/> multiplies the counts by their increment vectors once per cell.
    /// </summary>
    /// <remarks>
    /// int counts cannot overflow: a histogram sees at most int.MaxValue dossiers (a store's size) and each adds 1 to
    /// one count of each table, so every count, and every lane of a cell's sum, stays within ±int.MaxValue.
    /// </remarks>
    private sealed class CellHistogram
    {
        private readonly RollupEngine engine;

        // One table, so that the loop keeps one base register for all counts: received keys per cell, then finish
        // keys per cell, then overdue per cell.
        private readonly int[] counts;
        private readonly int finishedOffset;
        private readonly int overdueOffset;

        public CellHistogram(RollupEngine engine)
        {
            this.engine = engine;
            var cells = engine.CellCount;
            finishedOffset = cells * CellLanes.ReceivedKeyIncrements.Length;
            overdueOffset = finishedOffset + (cells * CellLanes.FinishedKeys);
            counts = new int[overdueOffset + cells];
        }

        public void Count(DossierStore store, int start, int count, int[] unitBase)
        {
            nint receivedKeys = CellLanes.ReceivedKeyIncrements.Length;
            nint finishedOffset = this.finishedOffset;
            nint overdueOffset = this.overdueOffset;
            ref var units = ref MemoryMarshal.GetArrayDataReference(store.Units);
            ref var receivedDays = ref MemoryMarshal.GetArrayDataReference(store.ReceivedDays);
            ref var finishedDays = ref MemoryMarshal.GetArrayDataReference(store.FinishedDays);
            ref var dueDays = ref MemoryMarshal.GetArrayDataReference(store.DueDays);
            ref var receivedBits = ref MemoryMarshal.GetArrayDataReference(store.ReceivedBits);
            ref var finishedBits = ref MemoryMarshal.GetArrayDataReference(store.FinishedBits);
            ref var segmentOf = ref MemoryMarshal.GetArrayDataReference(engine.segmentOfDay);
            ref var keyOf = ref MemoryMarshal.GetArrayDataReference(CellLanes.ReceivedKeyOf);
            ref var bases = ref MemoryMarshal.GetArrayDataReference(unitBase);
            ref var table = ref MemoryMarshal.GetArrayDataReference(counts);
            unchecked
            {
                // Every index is in range by construction: the store's columns hold start + count entries, days index
                // the 65,536-entry segment table, units index the store's unit map, segments stay below SegmentCount
                // and every received bits value the store can hold has a key.
                nint end = start + count;
                for (nint i = start; i < end; i++)
                {
                    nint baseCell = Unsafe.Add(ref bases, Unsafe.Add(ref units, i));
                    int receivedDay = Unsafe.Add(ref receivedDays, i);
                    nint receivedSegment = Unsafe.Add(ref segmentOf, receivedDay);
                    nint finishedSegment = Unsafe.Add(ref segmentOf, Unsafe.Add(ref finishedDays, i));
                    nint overdueSegment = Unsafe.Add(ref segmentOf, Math.Max(receivedDay, Unsafe.Add(ref dueDays, i) + 1));
                    Unsafe.Add(ref table, ((baseCell + receivedSegment) * receivedKeys) + Unsafe.Add(ref keyOf, Unsafe.Add(ref receivedBits, i)))++;
                    var finishKey = finishedOffset + ((baseCell + finishedSegment) * CellLanes.FinishedKeys) + Unsafe.Add(ref finishedBits, i);

                    // A branch rather than arithmetic: about 1% of dossiers become overdue, so it predicts well.
                    if (overdueSegment < finishedSegment)
                    {
                        Unsafe.Add(ref table, finishKey + CellLanes.FinishedOverdue)++;
                        Unsafe.Add(ref table, overdueOffset + baseCell + overdueSegment)++;
                    }
                    else
                    {
                        Unsafe.Add(ref table, finishKey)++;
                    }
                }
            }
        }

        public void AddTo(long[] totals)
        {
            var receivedKeys = CellLanes.ReceivedKeyIncrements.Length;
            for (var cell = 0; cell < engine.CellCount; cell++)
            {
                var sum = CellLanes.OverdueIncrements[1] * counts[overdueOffset + cell];
                var keys = counts.AsSpan(cell * receivedKeys, receivedKeys);
                for (var key = 0; key < keys.Length; key++)
                {
                    sum += CellLanes.ReceivedKeyIncrements[key] * keys[key];
                }

                keys = counts.AsSpan(finishedOffset + (cell * CellLanes.FinishedKeys), CellLanes.FinishedKeys);
                for (var key = 0; key < keys.Length; key++)
                {
                    sum += CellLanes.FinishedIncrements[key] * keys[key];
                }

                var offset = cell * CellLanes.Width;
                for (var lane = 0; lane < CellLanes.Width; lane++)
                {
                    totals[offset + lane] += sum[lane];
                }
            }
        }
    }

    private static void AddTo(Span<long> target, ReadOnlySpan<long> source)
    {
        for (var m = 0; m < target.Length; m++)
        {
            target[m] += source[m];
        }
    }

    /// <summary>Where each unit outside the re-base day's tree passes its dossiers: a unit of that tree, or unallocated and why.</summary>
    private static RebaseMove[] Moves(OrgUnit[] tree, string[] codes, Dictionary<string, int> index, PeriodTree onto, RollupRebase rebase)
    {
        var records = tree.ToLookup(u => u.Code, StringComparer.Ordinal);
        var successors = rebase.Successions.ToLookup(s => s.PredecessorCode, StringComparer.Ordinal);
        var moves = new RebaseMove[codes.Length];
        for (var unit = 0; unit < codes.Length; unit++)
        {
            if (onto.PositionOf.ContainsKey(unit))
            {
                continue;
            }

            var (code, reason, candidates) = OrgHierarchy.Follow(
                codes[unit], rebase.Onto, c => records.Contains(c) ? records[c].Any(u => u.IsValidOn(rebase.Onto)) : null, c => [.. successors[c]]);
            moves[unit] = new RebaseMove(reason is null ? index[code] : -1, code, reason, candidates);
        }

        return moves;
    }

    /// <summary>Where a unit outside the re-base tree goes: <see cref="Target"/> when <see cref="Reason"/> is null, else unallocated under <see cref="StopCode"/>.</summary>
    private readonly record struct RebaseMove(int Target, string StopCode, string? Reason, IReadOnlyList<string> Candidates);

    /// <summary>The units of one period, depth-first with children in ordinal code order, and their parents.</summary>
    private sealed class PeriodTree(List<OrgUnit> candidates)
    {
        public OrgUnit[] Members { get; private set; } = [];

        public int[] ParentPositions { get; private set; } = [];

        public int[] PlanIndexes { get; private set; } = [];

        public Dictionary<int, int> PositionOf { get; } = [];

        public void Resolve(Dictionary<string, int> planIndex, string when, List<InputError> errors)
        {
            var links = ParentLinks.Resolve(candidates, static u => u.Code, static u => u.ParentCode);
            var children = new List<int>?[candidates.Count];
            var roots = new List<int>();
            for (var i = 0; i < candidates.Count; i++)
            {
                switch (links.Parents[i])
                {
                    case ParentLinks.Root:
                        roots.Add(i);
                        break;
                    case ParentLinks.Unknown:
                        errors.Add(ErrorCollector.At(0, 0, "parent_code", $"unit '{candidates[i].Code}' names parent '{candidates[i].ParentCode}', which is not valid {when}"));
                        break;
                    case var parent:
                        (children[parent] ??= []).Add(i);
                        break;
                }
            }

            var members = new List<OrgUnit>();
            var parents = new List<int>();
            var stack = new Stack<(int Candidate, int Parent)>();
            foreach (var root in roots.OrderByDescending(i => candidates[i].Code, StringComparer.Ordinal))
            {
                stack.Push((root, -1));
            }

            while (stack.Count > 0)
            {
                var (candidate, parent) = stack.Pop();
                var position = members.Count;
                members.Add(candidates[candidate]);
                parents.Add(parent);
                foreach (var kid in (children[candidate] ?? []).OrderByDescending(i => candidates[i].Code, StringComparer.Ordinal))
                {
                    stack.Push((kid, position));
                }
            }

            foreach (var unit in candidates.Where((_, i) => links.ReachesCycle[i]).OrderBy(u => u.Code, StringComparer.Ordinal))
            {
                errors.Add(ErrorCollector.At(0, 0, "parent_code", $"unit '{unit.Code}' is part of a cycle of parents {when}"));
            }

            Members = [.. members];
            ParentPositions = [.. parents];
            PlanIndexes = [.. members.Select(u => planIndex[u.Code])];
            for (var i = 0; i < PlanIndexes.Length; i++)
            {
                PositionOf[PlanIndexes[i]] = i;
            }
        }
    }
}
