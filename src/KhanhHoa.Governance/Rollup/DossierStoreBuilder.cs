using System.Diagnostics;

namespace KhanhHoa.Governance.Rollup;

/// <summary>
/// Accumulates dossiers into columns and produces <see cref="DossierStore"/> snapshots. Each dossier is validated
/// as it is added: unique id, finished no earlier than received, dates in range, a known unit when unit codes are given.
/// </summary>
/// <threadsafety>Not thread-safe: one writer at a time. The stores it builds are immutable.</threadsafety>
internal sealed class DossierStoreBuilder
{
    private readonly CodeDictionary unitCodes;
    private readonly CodeDictionary procedureCodes;
    private readonly List<bool> unitKnown;
    private readonly IReadOnlySet<string>? knownUnitCodes;
    private readonly UInt64Set? ids;
    private ushort[] units;
    private ushort[] procedures;
    private ushort[] receivedDays;
    private ushort[] dueDays;
    private ushort[] finishedDays;
    private byte[] receivedBits;
    private byte[] finishedBits;
    private ushort[] attributes;
    private ulong[] idHashes;

    // Rows from here to Count were appended with deferIdCheck: their ids are not yet in the set.
    private int committed;

    // A region of another builder's columns (a chunk of a parallel read) appends its rows to [offset, end) of those
    // columns; a builder of its own has offset 0 and end -1, and grows.
    private readonly int offset;
    private readonly int end = -1;

    // A region's codes numbered as its parent numbers them (see the region's constructor): the first Units and Procedures.
    private readonly (int Units, int Procedures) seededCodes;

    /// <summary>Creates an empty builder.</summary>
    /// <param name="knownUnitCodes">The unit codes a dossier may name, or <see langword="null"/> to accept any.</param>
    /// <param name="capacity">How many dossiers to make room for up front.</param>
    /// <param name="checkIds">
    /// <see langword="false"/> for the columns a parallel read fills through <see cref="Region"/>s: it checks the ids
    /// itself (<see cref="DossierIdPartitions"/>), so the builder keeps no id set.
    /// </param>
    public DossierStoreBuilder(IReadOnlySet<string>? knownUnitCodes = null, int capacity = 0, bool checkIds = true)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        this.knownUnitCodes = knownUnitCodes;
        unitCodes = new CodeDictionary();
        procedureCodes = new CodeDictionary();
        unitKnown = [];
        var initial = Math.Max(capacity, 16);
        ids = checkIds ? new UInt64Set(initial) : null;
        units = new ushort[initial];
        procedures = new ushort[initial];
        receivedDays = new ushort[initial];
        dueDays = new ushort[initial];
        finishedDays = new ushort[initial];
        receivedBits = new byte[initial];
        finishedBits = new byte[initial];
        attributes = new ushort[initial];
        idHashes = new ulong[initial];
    }

    // A region over the parent's columns, with code dictionaries of its own (see AdoptRegion), which start as copies of
    // the parent's when no code of the region can then pass 16 bits: its rows then hold the parent's numbers of the codes
    // known so far, and once every code of the input has been met (after a few chunks) nothing is added to a region's
    // dictionaries or rewritten in its rows. Near the 16-bit limit a region starts empty, so that a row refused for
    // a code past it is refused by the parent's numbering, as always.
    private DossierStoreBuilder(DossierStoreBuilder parent, int start, int length)
    {
        knownUnitCodes = parent.knownUnitCodes;
        var seeded = parent.unitCodes.Count + (long)length <= ushort.MaxValue + 1 && parent.procedureCodes.Count + (long)length <= ushort.MaxValue + 1;
        unitCodes = seeded ? new CodeDictionary(parent.unitCodes) : new CodeDictionary();
        procedureCodes = seeded ? new CodeDictionary(parent.procedureCodes) : new CodeDictionary();
        unitKnown = seeded ? [.. parent.unitKnown] : [];
        seededCodes = (unitCodes.Count, procedureCodes.Count);
        units = parent.units;
        procedures = parent.procedures;
        receivedDays = parent.receivedDays;
        dueDays = parent.dueDays;
        finishedDays = parent.finishedDays;
        receivedBits = parent.receivedBits;
        finishedBits = parent.finishedBits;
        attributes = parent.attributes;
        idHashes = parent.idHashes;
        offset = start;
        end = start + length;
    }

    /// <summary>A region's codes as this builder numbers them: the region's code <c>i</c> is this builder's <c>map[i]</c>.</summary>
    internal sealed record CodeRewrite(int Start, int Count, int[] UnitMap, int[] ProcedureMap);

    internal enum AddStatus
    {
        Added,
        UnknownUnit,
        FinishedBeforeReceived,
        Duplicate,
        TooManyUnitCodes,
        TooManyProcedureCodes,
    }

    /// <summary>The number of dossiers added.</summary>
    public int Count { get; private set; }

    /// <summary>How many rows the columns hold before they grow.</summary>
    public int Capacity => units.Length;

    /// <summary>Where a region's rows start in its parent's columns.</summary>
    public int RegionStart => offset;

    /// <summary>Where a region ends in its parent's columns (exclusive): it holds no more rows than that.</summary>
    public int RegionEnd => end;

    /// <summary>The id fingerprints of the rows added (a region's own).</summary>
    public ReadOnlySpan<ulong> IdHashes => idHashes.AsSpan(offset, Count);

    /// <summary>A store of the dossiers added so far; the builder stays usable.</summary>
    /// <param name="workers">
    /// How many columns to copy at once: a read of millions of rows copies them on every core (a copy is mostly the
    /// kernel's zeroing of fresh pages, 22 bytes a dossier, which one thread did alone after the parse).
    /// </param>
    /// <returns>An immutable store.</returns>
    public DossierStore Build(int workers = 1)
    {
        var count = Count;
        ushort[] u = [], p = [], received = [], due = [], finished = [], attribute = [];
        byte[] receivedBit = [], finishedBit = [];
        ulong[] id = [];
        Action[] copies =
        [
            () => id = idHashes[..count],
            () => u = units[..count],
            () => p = procedures[..count],
            () => received = receivedDays[..count],
            () => due = dueDays[..count],
            () => finished = finishedDays[..count],
            () => attribute = attributes[..count],
            () => receivedBit = receivedBits[..count],
            () => finishedBit = finishedBits[..count],
        ];
        if (workers > 1)
        {
            Parallel.Invoke(new ParallelOptions { MaxDegreeOfParallelism = workers }, copies);
        }
        else
        {
            foreach (var copy in copies)
            {
                copy();
            }
        }

        return new(count, u, p, received, due, finished, receivedBit, finishedBit, attribute, id, [.. unitCodes.Codes], [.. procedureCodes.Codes]);
    }

    /// <summary>Validates and adds a row; returns the first error, reporting all of them to <paramref name="errors"/>.</summary>
    internal InputError? TryAdd(DossierRecord record, int line, ErrorCollector errors)
    {
        var before = errors.Count;
        void Fail(int column, string message) => errors.Add(line, column + 1, DossierColumns.Names[column], message);

        if (string.IsNullOrEmpty(record.DossierId))
        {
            Fail(DossierColumns.DossierId, "must not be empty");
        }

        if (string.IsNullOrEmpty(record.UnitCode))
        {
            Fail(DossierColumns.UnitCode, "must not be empty");
        }

        if (string.IsNullOrEmpty(record.ProcedureCode))
        {
            Fail(DossierColumns.ProcedureCode, "must not be empty");
        }

        if (!Enum.IsDefined(record.ServiceLevel))
        {
            Fail(DossierColumns.ServiceLevel, "expected full, partial or none");
        }

        if (!Enum.IsDefined(record.Channel))
        {
            Fail(DossierColumns.Channel, "expected online, direct or postal");
        }

        var received = StoreDays.FromDate(record.ReceivedAt.Date);
        if (!StoreDays.InRange(received))
        {
            Fail(DossierColumns.ReceivedAt, DossierFieldParser.OutOfRange);
        }

        var due = StoreDays.FromDate(record.DueDate);
        if (!StoreDays.InRange(due))
        {
            Fail(DossierColumns.DueDate, DossierFieldParser.OutOfRange);
        }

        var finished = record.FinishedAt is { } at ? StoreDays.FromDate(at.Date) : -1;
        if (record.FinishedAt is not null && !StoreDays.InRange(finished))
        {
            Fail(DossierColumns.FinishedAt, DossierFieldParser.OutOfRange);
        }

        if (record.SupplementRequests < 0)
        {
            Fail(DossierColumns.SupplementRequests, "must not be negative");
        }

        if (errors.Count > before)
        {
            return errors.Errors.Count > 0 ? errors.Errors[^1] : ErrorCollector.At(line, 0, string.Empty, "invalid dossier");
        }

        var flags = (record.Digitized ? DossierStore.FlagDigitized : 0)
            | (record.EResult ? DossierStore.FlagEResult : 0)
            | (record.ReusedData ? DossierStore.FlagReusedData : 0)
            | (record.IdLinked ? DossierStore.FlagIdLinked : 0)
            | (record.FeeRequired ? DossierStore.FlagFeeRequired : 0)
            | (record.PaidOnline ? DossierStore.FlagPaidOnline : 0);
        var status = TryAppend(
            DossierIdHash.Of(record.DossierId),
            UnitIndex(record.UnitCode),
            procedureCodes.GetOrAdd(record.ProcedureCode),
            received,
            record.ReceivedAt.Hour * 60 + record.ReceivedAt.Minute,
            due,
            finished,
            record.FinishedAt is { } f ? f.Hour * 60 + f.Minute : 0,
            record.SupplementRequests,
            record.ServiceLevel,
            record.Channel,
            flags);
        if (status == AddStatus.Added)
        {
            return null;
        }

        ReportStatus(status, line, errors, c => c + 1, record.UnitCode);
        return errors.Errors.Count > 0 ? errors.Errors[^1] : ErrorCollector.At(line, 0, string.Empty, "invalid dossier");
    }

    /// <summary>Reports a failed <see cref="TryAppend"/>; <paramref name="column"/> maps a contract column to the input's column.</summary>
    internal static void ReportStatus(AddStatus status, int line, ErrorCollector errors, Func<int, int> column, string unitCode)
    {
        switch (status)
        {
            case AddStatus.UnknownUnit:
                errors.Add(line, column(DossierColumns.UnitCode), "unit_code", $"unknown unit code '{unitCode}'");
                break;
            case AddStatus.FinishedBeforeReceived:
                errors.Add(line, column(DossierColumns.FinishedAt), "finished_at", "finished before it was received");
                break;
            case AddStatus.Duplicate:
                errors.Add(line, column(DossierColumns.DossierId), "dossier_id", "duplicate dossier id");
                break;
            case AddStatus.TooManyUnitCodes:
                errors.Add(line, column(DossierColumns.UnitCode), "unit_code", "more than 65,536 distinct unit codes");
                break;
            default:
                errors.Add(line, column(DossierColumns.ProcedureCode), "procedure_code", "more than 65,536 distinct procedure codes");
                break;
        }
    }

    // Codes are stored in 16 bits: the code that no longer fits is the one to blame.
    private static AddStatus? TooMany(int unit, int procedure) =>
        unit > ushort.MaxValue ? AddStatus.TooManyUnitCodes : procedure > ushort.MaxValue ? AddStatus.TooManyProcedureCodes : null;

    internal int UnitIndex(ReadOnlySpan<byte> utf8)
    {
        var index = unitCodes.GetOrAdd(utf8);
        SyncKnown();
        return index;
    }

    internal int UnitIndex(string code)
    {
        var index = unitCodes.GetOrAdd(code);
        SyncKnown();
        return index;
    }

    internal string UnitCode(int index) => unitCodes[index];

    internal int ProcedureIndex(ReadOnlySpan<byte> utf8) => procedureCodes.GetOrAdd(utf8);

    internal int ProcedureIndex(string code) => procedureCodes.GetOrAdd(code);

    /// <summary>
    /// Commits the ids of the rows appended with a deferred id check since the last commit, in order,
    /// and removes each row whose id was already present, exactly as <see cref="TryAppend"/> would have rejected it.
    /// </summary>
    /// <param name="duplicates">Receives the positions (0 = the first uncommitted row) of the removed rows.</param>
    /// <returns>How many rows were removed.</returns>
    internal int CommitDeferredIds(Span<int> duplicates)
    {
        var start = committed;
        var end = Count;
        // The id set is far larger than the cache: probing a batch at once overlaps the misses.
        var set = ids ?? throw new InvalidOperationException("this builder keeps no id set");
        set.Touch(idHashes.AsSpan(start, end - start));
        var write = start;
        var found = 0;
        for (var i = start; i < end; i++)
        {
            if (!set.Add(idHashes[i]))
            {
                duplicates[found++] = i - start;
                continue;
            }

            if (write != i)
            {
                MoveRow(i, write);
            }

            write++;
        }

        Count = write;
        committed = write;
        return found;
    }

    /// <summary>
    /// Appends an encoded dossier after the cross-field checks; fields are already parsed and in range. With
    /// <paramref name="deferIdCheck"/> the duplicate-id check is left to <see cref="CommitDeferredIds"/> and
    /// <see cref="AddStatus.Duplicate"/> is never returned.
    /// </summary>
    internal AddStatus TryAppend(
        ulong idHash,
        int unit,
        int procedure,
        int receivedDay,
        int receivedMinute,
        int dueDay,
        int finishedDay,
        int finishedMinute,
        int supplements,
        ServiceLevel level,
        FilingChannel channel,
        int flags,
        bool deferIdCheck = false)
    {
        Debug.Assert(deferIdCheck || committed == Count, "deferred ids must be committed before an immediate append");
        if (!unitKnown[unit])
        {
            return AddStatus.UnknownUnit;
        }

        if (finishedDay >= 0 && (finishedDay < receivedDay || (finishedDay == receivedDay && finishedMinute < receivedMinute)))
        {
            return AddStatus.FinishedBeforeReceived;
        }

        if (TooMany(unit, procedure) is { } tooMany)
        {
            return tooMany;
        }

        if (offset + Count == (end < 0 ? units.Length : end))
        {
            Grow();
        }

        var i = offset + Count++;
        var stored = Math.Min(supplements, DossierStore.MaxStoredSupplements);
        units[i] = (ushort)unit;
        procedures[i] = (ushort)procedure;
        receivedDays[i] = (ushort)receivedDay;
        dueDays[i] = (ushort)dueDay;
        finishedDays[i] = finishedDay < 0 ? StoreDays.None : (ushort)finishedDay;
        receivedBits[i] = MeasureBits.Received(level, channel, flags);
        finishedBits[i] = MeasureBits.Finished(finishedDay, dueDay, supplements, flags);
        attributes[i] = (ushort)((int)level | ((int)channel << 2) | flags | (stored << DossierStore.SupplementShift));
        idHashes[i] = idHash;
        if (deferIdCheck)
        {
            return AddStatus.Added;
        }

        if (!ids!.Add(idHash))
        {
            Count--;
            return AddStatus.Duplicate;
        }

        committed = Count;
        return AddStatus.Added;
    }

    /// <summary>Makes room for <paramref name="rows"/> rows; no region of this builder may be in use.</summary>
    internal void EnsureCapacity(int rows)
    {
        while (units.Length < rows)
        {
            Grow();
        }
    }

    /// <summary>
    /// A builder that appends up to <paramref name="length"/> rows to this builder's columns from row
    /// <paramref name="start"/>, with code dictionaries and no id set of its own: a chunk of a parallel read parses
    /// straight into the final columns, on its own thread, while other chunks fill other regions.
    /// </summary>
    internal DossierStoreBuilder Region(int start, int length) => new(this, start, length);

    /// <summary>
    /// Takes the codes of a region's rows into this builder's dictionaries, in the order the region met them. Its rows'
    /// codes must then be rewritten: when none of the codes overflows, that is left to the caller (the
    /// <see cref="CodeRewrite"/> returned, for <see cref="RewriteCodes"/> on any thread); else it is done here, and a
    /// row whose code no longer fits is left where it is and its index added to <paramref name="tooManyCodes"/>, as
    /// <see cref="TryAppend"/> would have refused it (<see cref="Compact"/> drops it).
    /// </summary>
    /// <returns>The rewrite still to run, or <see langword="null"/>.</returns>
    internal CodeRewrite? AdoptRegion(DossierStoreBuilder region, List<(int Row, AddStatus Status)> tooManyCodes)
    {
        var rewrite = new CodeRewrite(region.offset, region.Count, new int[region.unitCodes.Count], new int[region.procedureCodes.Count]);
        for (var i = 0; i < rewrite.UnitMap.Length; i++)
        {
            rewrite.UnitMap[i] = i < region.seededCodes.Units ? i : UnitIndex(region.unitCodes.Utf8(i));
        }

        for (var i = 0; i < rewrite.ProcedureMap.Length; i++)
        {
            rewrite.ProcedureMap[i] = i < region.seededCodes.Procedures ? i : ProcedureIndex(region.procedureCodes.Utf8(i));
        }

        if (IsIdentity(rewrite.UnitMap) && IsIdentity(rewrite.ProcedureMap))
        {
            // A code's index here is never below its index in the region, so none of them overflows either.
            return null;
        }

        if (rewrite.UnitMap.Max() <= ushort.MaxValue && rewrite.ProcedureMap.Max() <= ushort.MaxValue)
        {
            return rewrite;
        }

        RewriteCodes(rewrite, tooManyCodes);
        return null;
    }

    /// <summary>Rewrites a region's codes into this builder's; rows whose code overflows go to <paramref name="tooManyCodes"/>.</summary>
    internal void RewriteCodes(CodeRewrite rewrite, List<(int Row, AddStatus Status)>? tooManyCodes = null)
    {
        for (int i = 0, row = rewrite.Start; i < rewrite.Count; i++, row++)
        {
            var unit = rewrite.UnitMap[units[row]];
            var procedure = rewrite.ProcedureMap[procedures[row]];
            if (TooMany(unit, procedure) is { } tooMany)
            {
                tooManyCodes!.Add((i, tooMany));
                continue;
            }

            units[row] = (ushort)unit;
            procedures[row] = (ushort)procedure;
        }
    }

    /// <summary>
    /// Closes the gaps between regions and drops their removed rows: the rows of each region, in order, follow those
    /// before them. A read whose regions are full and remove nothing moves no row.
    /// </summary>
    /// <param name="regions">Each region's start, rows, and its rows to drop in increasing order.</param>
    internal void Compact(IEnumerable<(int Start, int Count, IReadOnlyList<int> Removed)> regions)
    {
        var write = 0;
        foreach (var (start, count, removed) in regions)
        {
            if (write == start && removed.Count == 0)
            {
                write += count;
                continue;
            }

            for (int i = 0, next = 0; i < count; i++)
            {
                if (next < removed.Count && removed[next] == i)
                {
                    next++;
                    continue;
                }

                MoveRow(start + i, write++);
            }
        }

        Count = write;
        committed = write;
    }

    private static bool IsIdentity(int[] map)
    {
        for (var i = 0; i < map.Length; i++)
        {
            if (map[i] != i)
            {
                return false;
            }
        }

        return true;
    }

    private void MoveRow(int from, int to)
    {
        units[to] = units[from];
        procedures[to] = procedures[from];
        receivedDays[to] = receivedDays[from];
        dueDays[to] = dueDays[from];
        finishedDays[to] = finishedDays[from];
        receivedBits[to] = receivedBits[from];
        finishedBits[to] = finishedBits[from];
        attributes[to] = attributes[from];
        idHashes[to] = idHashes[from];
    }

    private void SyncKnown()
    {
        while (unitKnown.Count < unitCodes.Count)
        {
            unitKnown.Add(knownUnitCodes is null || knownUnitCodes.Contains(unitCodes[unitKnown.Count]));
        }
    }

    private void Grow()
    {
        // A region's length is an upper bound on the records of its chunk (a record ends at a line break).
        if (end >= 0)
        {
            throw new InvalidOperationException("a chunk's region of the store is full");
        }

        var size = (int)Math.Min(Array.MaxLength, units.Length * 2L);
        Array.Resize(ref units, size);
        Array.Resize(ref procedures, size);
        Array.Resize(ref receivedDays, size);
        Array.Resize(ref dueDays, size);
        Array.Resize(ref finishedDays, size);
        Array.Resize(ref receivedBits, size);
        Array.Resize(ref finishedBits, size);
        Array.Resize(ref attributes, size);
        Array.Resize(ref idHashes, size);
    }
}
