using System.Globalization;
using KhanhHoa.Governance.Calendar;
using KhanhHoa.Governance.Indicators;
using KhanhHoa.Governance.Organization;

namespace KhanhHoa.Governance.Rollup;

/// <summary>
/// The counters of a set of dossiers before the periods are summed and the hierarchy rolled up: what a shard
/// of the work produces. Partials over the same periods merge exactly: the partial of shard A merged with that of
/// shard B equals the partial of A ∪ B, so a national host can aggregate provinces or machines separately and
/// merge. <see cref="RollupEngine.Complete"/> turns a partial into measures.
/// </summary>
/// <remarks>
/// A partial carries what it was counted against (<see cref="ContractVersion"/>, <see cref="Periods"/>,
/// <see cref="Units"/>), so it can leave the process (<see cref="RollupPartialBinary"/>, <see cref="RollupPartialJson"/>,
/// docs/partial-format.md) and be merged with partials of other processes. With <see cref="DossierIdFingerprints"/>
/// a merge finds dossiers counted in two partials; without them shards must be disjoint.
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class RollupPartial : IEquatable<RollupPartial>
{
    /// <summary>The most periods a partial read from a file may count (an engine's cost grows with periods × units).</summary>
    internal const int MaxPeriods = 256;

    /// <summary>The most dossiers a partial read from a file may count: far above a country's, far below an overflow of the sums.</summary>
    internal const long MaxDossierCount = 1L << 48;

    /// <summary>The most (unit, time segment) cells a partial read from a file may have: a country's communes over years of months fit many times.</summary>
    internal const int MaxCells = 1 << 22;

    /// <summary>How many dossier fingerprints a merge error about overlapping partials quotes.</summary>
    private const int QuotedFingerprints = 5;

    internal RollupPartial(RollupEngine engine, long[] counters, long dossierCount, ulong[]? dossierIds, ulong? dossierSetDigest)
    {
        Engine = engine;
        Counters = counters;
        DossierCount = dossierCount;
        DossierIds = dossierIds;
        DossierSetDigest = dossierSetDigest;
    }

    /// <summary>The version of the rollup contract (docs/rollup-contract.md) the counters follow.</summary>
    public string ContractVersion => RollupJsonWriter.ContractVersion;

    /// <summary>The periods the dossiers were counted for, in the engine's order.</summary>
    public IReadOnlyList<ReportingPeriod> Periods => Engine.Periods;

    /// <summary>The unit records the dossiers were counted against (codes, parents and validity), ordered by code then validity.</summary>
    public IReadOnlyList<OrgUnit> Units => Engine.Tree;

    /// <summary>The re-base the engine rolls every period up with, or <see langword="null"/> (see <see cref="RollupEngine.Rebase"/>).</summary>
    public RollupRebase? Rebase => Engine.Rebase;

    /// <summary>How many dossiers were aggregated.</summary>
    public long DossierCount { get; }

    /// <summary>
    /// The 64-bit fingerprints of the aggregated dossiers' ids, ascending, when the partial keeps them (see
    /// <see cref="RollupEngine.Aggregate(DossierStore, int, int, int, bool)"/>); <see langword="null"/> otherwise. Two
    /// different ids share a fingerprint with probability about n²/2⁶⁵ for n dossiers.
    /// </summary>
    public IReadOnlyList<ulong>? DossierIdFingerprints => DossierIds;

    /// <summary>
    /// The identity of the set of dossiers counted: the wrapping sum of their ids' 64-bit fingerprints, so the digest of
    /// a merge of disjoint partials is the sum of theirs. A merge refuses two partials with the same digest (the same
    /// shard given twice would double every figure). <see langword="null"/> for a partial read from a file written
    /// before version 2 of the partial format; 0 for no dossiers.
    /// </summary>
    public ulong? DossierSetDigest { get; }

    internal RollupEngine Engine { get; }

    internal long[] Counters { get; }

    internal ulong[]? DossierIds { get; }

    /// <summary>The partial of both sets of dossiers (see <see cref="MergeAll"/>).</summary>
    /// <param name="other">A partial over the same periods, with unit trees that agree, over other dossiers.</param>
    /// <returns>A new partial, or why the two cannot be merged; neither operand changes.</returns>
    public InputResult<RollupPartial> Merge(RollupPartial other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return MergeAll([this, other]);
    }

    /// <summary>
    /// Merges partials, possibly of different processes or provinces. They must count the same periods, and their unit
    /// trees must agree: a code both know has the same records (parent, name, kind, validity) in both. The merged partial
    /// counts against the union of the trees. The result does not depend on the order or grouping of the merges.
    /// </summary>
    /// <param name="partials">At least one partial.</param>
    /// <returns>
    /// The merge, or every reason it cannot be made (<see cref="InputError.Field"/> <c>periods</c>, <c>units</c> or
    /// <c>rebase</c>, <c>dossier_set</c>, <c>dossier_id</c> or <c>dossier_count</c>, the message naming the partials by their one-based position): other periods, another re-base day, a unit known
    /// differently, the same set of dossiers twice (<see cref="DossierSetDigest"/>), and, when every partial keeps its dossier fingerprints, dossiers counted in two partials;
    /// and a merge larger than a partial may be (more cells or dossiers than the readers take back).
    /// </returns>
    /// <exception cref="ArgumentException"><paramref name="partials"/> is empty.</exception>
    public static InputResult<RollupPartial> MergeAll(IEnumerable<RollupPartial> partials)
    {
        ArgumentNullException.ThrowIfNull(partials);
        var list = partials.ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("at least one partial is required", nameof(partials));
        }

        var errors = new List<InputError>();
        var first = list[0];
        // The first partial's engine serves when every tree is the same; otherwise one over their union is made.
        RollupEngine? engine = first.Engine;
        for (var i = 1; i < list.Count; i++)
        {
            if (!list[i].Periods.SequenceEqual(first.Periods))
            {
                errors.Add(Error("periods", $"partial {i + 1} counts periods {Ids(list[i].Periods)}, partial 1 counts {Ids(first.Periods)}: partials merge only over the same periods"));
            }
            else if (list[i].Rebase?.Onto != first.Rebase?.Onto)
            {
                errors.Add(Error("rebase", $"partial {i + 1} is {Describe(list[i].Rebase)}, partial 1 is {Describe(first.Rebase)}: partials merge only rolled up on the same trees"));
            }
            else if (!ReferenceEquals(list[i].Engine, first.Engine) && (!list[i].Units.SequenceEqual(first.Units) || !Equals(list[i].Rebase, first.Rebase)))
            {
                engine = null;
            }
        }

        if (errors.Count == 0 && engine is null)
        {
            CheckTreesAgree(list, errors);
        }

        // Only partials that could merge otherwise are asked whether they count the same dossiers twice.
        if (errors.Count == 0)
        {
            CheckNotTwice(list, errors);
        }

        var ids = MergeIds(list, errors);
        if (errors.Count > 0)
        {
            return InputResult<RollupPartial>.ForErrors(errors);
        }

        if (engine is null)
        {
            // The trees agree, so their union is a valid tree: a shared code has the same parent in every partial.
            var rebase = first.Rebase is { } onto ? new RollupRebase(onto.Onto, list.SelectMany(p => p.Rebase!.Successions)) : null;
            var union = RollupEngine.Create([.. list.SelectMany(p => p.Units)], first.Periods, rebase);
            if (!union.Success)
            {
                return union.ConvertError<RollupPartial>();
            }

            engine = union.Value;
        }

        // What the readers refuse, the merge does not write: a merge that no reader could take back is refused here.
        // Summed only while within the limit: each partial is within it, so the sum cannot overflow.
        var dossierCount = list.Aggregate(0L, static (sum, p) => sum > MaxDossierCount ? sum : sum + p.DossierCount);
        if (CellsProblem(engine) is { } tooManyCells)
        {
            errors.Add(Error("units", $"the merged partial would count {tooManyCells}"));
        }

        if (dossierCount > MaxDossierCount)
        {
            errors.Add(Error("dossier_count", string.Create(CultureInfo.InvariantCulture, $"the merged partial would count {dossierCount} dossiers, more than the {MaxDossierCount} a partial may count")));
        }

        if (errors.Count > 0)
        {
            return InputResult<RollupPartial>.ForErrors(errors);
        }

        var counters = new long[engine.CellCount * CellLanes.Width];
        foreach (var partial in list)
        {
            partial.AddTo(engine, counters, errors);
        }

        var digest = list.All(static p => p.DossierSetDigest is not null) ? list.Aggregate(0UL, static (sum, p) => unchecked(sum + p.DossierSetDigest!.Value)) : (ulong?)null;
        return InputResult<RollupPartial>.ForValue(new RollupPartial(engine, counters, dossierCount, ids, digest));
    }

    /// <summary>The digest of the dossier-id fingerprints <paramref name="idHashes"/> (see <see cref="DossierSetDigest"/>).</summary>
    internal static ulong Digest(ReadOnlySpan<ulong> idHashes)
    {
        var sum = 0UL;
        foreach (var hash in idHashes)
        {
            sum = unchecked(sum + hash);
        }

        return sum;
    }

    // The same non-empty set of dossiers in two partials is one shard given twice: every figure would double.
    private static void CheckNotTwice(List<RollupPartial> list, List<InputError> errors)
    {
        var seen = new Dictionary<(ulong, long), int>();
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is { DossierSetDigest: { } digest, DossierCount: > 0 } partial && !seen.TryAdd((digest, partial.DossierCount), i))
            {
                var first = seen[(digest, partial.DossierCount)];
                errors.Add(Error("dossier_set", string.Create(CultureInfo.InvariantCulture,
                    $"partial {i + 1} counts the same {partial.DossierCount} dossiers as partial {first + 1} (dossier-set digest {digest:x16}): the same shard given twice would double every figure")));
            }
        }
    }

    /// <inheritdoc />
    public bool Equals(RollupPartial? other) =>
        other is not null
        && (ReferenceEquals(Engine, other.Engine) || (Periods.SequenceEqual(other.Periods) && Units.SequenceEqual(other.Units) && Equals(Rebase, other.Rebase)))
        && DossierCount == other.DossierCount
        && Counters.AsSpan().SequenceEqual(other.Counters)
        && (DossierIds is null ? other.DossierIds is null : other.DossierIds is not null && DossierIds.AsSpan().SequenceEqual(other.DossierIds))
        && DossierSetDigest == other.DossierSetDigest;

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

    /// <summary>
    /// Adds this partial's counters to counters laid out for <paramref name="target"/>, over the same periods: units are
    /// matched by code; a unit the target does not know is an error when it has dossiers.
    /// </summary>
    internal void AddTo(RollupEngine target, long[] counters, List<InputError> errors)
    {
        var block = Engine.SegmentCount * CellLanes.Width;
        for (var unit = 0; unit < Engine.UnitCodes.Count; unit++)
        {
            var own = Counters.AsSpan(unit * block, block);
            if (target.IndexOf(Engine.UnitCodes[unit]) is not { } index)
            {
                if (own.ContainsAnyExcept(0L))
                {
                    errors.Add(Error("units", $"unit '{Engine.UnitCodes[unit]}' has dossiers in the partial but is not in the hierarchy it is completed on"));
                }

                continue;
            }

            var into = counters.AsSpan(index * block, block);
            for (var i = 0; i < block; i++)
            {
                into[i] += own[i];
            }
        }
    }

    /// <summary>
    /// Why an engine rebuilt from a file is too large for a partial, or <see langword="null"/>. Checked before any counter
    /// is allocated: JSON lists only non-zero cells, so a short document can declare a huge engine.
    /// </summary>
    internal static string? CellsProblem(RollupEngine engine) =>
        (long)engine.UnitCodes.Count * engine.SegmentCount > MaxCells
            ? string.Create(CultureInfo.InvariantCulture, $"{engine.UnitCodes.Count} units over {engine.SegmentCount} time segments are more than the {MaxCells} cells a partial may have")
            : null;

    /// <summary>
    /// Why a counter read from a file cannot be one of a real partial, or <see langword="null"/>: a flow counts at most every
    /// dossier once in a cell, a pending difference moves by at most every dossier.
    /// </summary>
    internal static string? CounterProblem(int lane, long value, long dossierCount) =>
        CellLanes.IsLevel(lane)
            ? (Math.Abs(value) > dossierCount ? string.Create(CultureInfo.InvariantCulture, $"counter {value} of {DossierMeasures.NameOf((DossierMeasure)lane)} moves by more than the partial's {dossierCount} dossiers") : null)
            : value < 0 || value > dossierCount ? string.Create(CultureInfo.InvariantCulture, $"counter {value} of {DossierMeasures.NameOf((DossierMeasure)lane)} is outside 0 to the partial's {dossierCount} dossiers") : null;

    private static void CheckTreesAgree(List<RollupPartial> list, List<InputError> errors)
    {
        // The records of each code, from the first partial that knows the code.
        var firstSeen = new Dictionary<string, (int Partial, List<OrgUnit> Records)>(StringComparer.Ordinal);
        for (var i = 0; i < list.Count; i++)
        {
            foreach (var group in list[i].Units.GroupBy(u => u.Code, StringComparer.Ordinal))
            {
                var records = group.ToList();
                if (!firstSeen.TryGetValue(group.Key, out var seen))
                {
                    firstSeen[group.Key] = (i, records);
                }
                else if (!seen.Records.SequenceEqual(records))
                {
                    errors.Add(Error("units", $"unit '{group.Key}' is {Describe(records)} in partial {i + 1} but {Describe(seen.Records)} in partial {seen.Partial + 1}: the unit trees disagree"));
                }
            }
        }
    }

    /// <summary>The merged fingerprints when every partial keeps them, reporting those of two partials; else null.</summary>
    private static ulong[]? MergeIds(List<RollupPartial> list, List<InputError> errors)
    {
        if (list.Any(p => p.DossierIds is null))
        {
            return null;
        }

        var owner = new Dictionary<ulong, int>();
        var shared = new SortedDictionary<(int First, int Second), List<ulong>>();
        for (var i = 0; i < list.Count; i++)
        {
            foreach (var id in list[i].DossierIds!)
            {
                if (!owner.TryAdd(id, i))
                {
                    var pair = (owner[id], i);
                    if (!shared.TryGetValue(pair, out var ids))
                    {
                        shared[pair] = ids = [];
                    }

                    ids.Add(id);
                }
            }
        }

        foreach (var ((a, b), ids) in shared)
        {
            var quoted = string.Join(", ", ids.Take(QuotedFingerprints).Select(id => id.ToString("x16", CultureInfo.InvariantCulture)));
            errors.Add(Error("dossier_id", string.Create(CultureInfo.InvariantCulture,
                $"{ids.Count} dossiers are counted in both partial {a + 1} and partial {b + 1} (id fingerprints {quoted}{(ids.Count > QuotedFingerprints ? ", …" : string.Empty)})")));
        }

        return [.. owner.Keys.Order()];
    }

    private static string Describe(RollupRebase? rebase) => rebase is null
        ? "rolled up on each period's own tree"
        : $"re-based onto the tree of {rebase.Onto:uuuu-MM-dd}";

    private static InputError Error(string field, string message) => new(0, 0, message) { Field = field };

    private static string Ids(IReadOnlyList<ReportingPeriod> periods) => string.Join(", ", periods.Select(p => p.Id));

    private static string Describe(List<OrgUnit> records) => string.Join(" and ", records.Select(u => string.Create(CultureInfo.InvariantCulture,
        $"'{u.Name}' ({u.Kind?.ToString() ?? "no kind"}) under {(u.ParentCode is { } parent ? $"'{parent}'" : "no parent")} valid {u.ValidFrom?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) ?? "always"}–{u.ValidTo?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) ?? "on"}")));
}
