namespace KhanhHoa.Governance.Rollup;

/// <summary>
/// Dossiers in columnar form, the rollup engine's input: one array per attribute (struct of arrays), unit and
/// procedure codes dictionary-encoded, dates as 16-bit day numbers from 1 January 2000, flags as bits, and a
/// 64-bit fingerprint of each dossier id (<see cref="BytesPerDossier"/> bytes a dossier in all).
/// </summary>
/// <remarks>
/// <para>
/// Build one from rows with <see cref="FromRecords"/>, or read one with <see cref="DossierCsvReader"/> or
/// <see cref="DossierJsonLinesReader"/>; synthetic test stores come from the KhanhHoa.Governance.Testing package. The store keeps what the measures
/// need: dates (the time of day is only used to check that a dossier was not finished before it was received),
/// the service level, channel and flags, and the number of supplement requests up to 63 (the on-time rule only
/// asks whether it exceeds one). Dossier ids are kept as fingerprints, enough to detect duplicates.
/// </para>
/// <para>Dates from 1 January 2000 to 5 June 2179 are representable.</para>
/// </remarks>
/// <threadsafety>Immutable once built; safe to share between threads.</threadsafety>
public sealed class DossierStore
{
    /// <summary>The first date the store represents: 1 January 2000. Readers report earlier dates as located errors.</summary>
    public static LocalDate MinDate => StoreDays.Epoch;

    /// <summary>The last date the store represents: 5 June 2179. Readers report later dates as located errors.</summary>
    public static LocalDate MaxDate => StoreDays.MaxDate;

    /// <summary>The memory a dossier takes in the store's columns.</summary>
    public const int BytesPerDossier = (5 * sizeof(ushort)) + (2 * sizeof(byte)) + sizeof(ushort) + sizeof(ulong);

    // Attribute bits: 0-1 service level, 2-3 channel, 4-9 flags, 10-15 supplement requests (saturating at 63).
    internal const int FlagDigitized = 1 << 4;
    internal const int FlagEResult = 1 << 5;
    internal const int FlagReusedData = 1 << 6;
    internal const int FlagIdLinked = 1 << 7;
    internal const int FlagFeeRequired = 1 << 8;
    internal const int FlagPaidOnline = 1 << 9;
    internal const int SupplementShift = 10;
    internal const int MaxStoredSupplements = 63;

    internal DossierStore(
        int count,
        ushort[] units,
        ushort[] procedures,
        ushort[] receivedDays,
        ushort[] dueDays,
        ushort[] finishedDays,
        byte[] receivedBits,
        byte[] finishedBits,
        ushort[] attributes,
        ulong[] idHashes,
        IReadOnlyList<string> unitCodes,
        IReadOnlyList<string> procedureCodes)
    {
        Count = count;
        Units = units;
        Procedures = procedures;
        ReceivedDays = receivedDays;
        DueDays = dueDays;
        FinishedDays = finishedDays;
        ReceivedBits = receivedBits;
        FinishedBits = finishedBits;
        Attributes = attributes;
        IdHashes = idHashes;
        UnitCodes = unitCodes;
        ProcedureCodes = procedureCodes;
        var perUnit = new int[unitCodes.Count];
        foreach (var unit in units.AsSpan(0, count))
        {
            perUnit[unit]++;
        }

        UnitDossierCounts = perUnit;
    }

    /// <summary>An empty store.</summary>
    public static DossierStore Empty { get; } = new DossierStoreBuilder().Build();

    /// <summary>The number of dossiers.</summary>
    public int Count { get; }

    /// <summary>The distinct unit codes, in order of first appearance (the dictionary of the unit column).</summary>
    public IReadOnlyList<string> UnitCodes { get; }

    /// <summary>The distinct procedure codes, in order of first appearance.</summary>
    public IReadOnlyList<string> ProcedureCodes { get; }

    /// <summary>The memory held by the dossier columns, in bytes (<see cref="Count"/> × <see cref="BytesPerDossier"/>).</summary>
    public long ColumnBytes => (long)Count * BytesPerDossier;

    internal ushort[] Units { get; }

    internal ushort[] Procedures { get; }

    internal ushort[] ReceivedDays { get; }

    internal ushort[] DueDays { get; }

    /// <summary>Finish day, or <see cref="StoreDays.None"/> while in progress.</summary>
    internal ushort[] FinishedDays { get; }

    /// <summary>The received-side measure bits, see <see cref="MeasureBits"/>.</summary>
    internal byte[] ReceivedBits { get; }

    /// <summary>The finish-side measure bits, see <see cref="MeasureBits"/>.</summary>
    internal byte[] FinishedBits { get; }

    internal ushort[] Attributes { get; }

    internal ulong[] IdHashes { get; }

    internal int[] UnitDossierCounts { get; }

    /// <summary>Builds a store from rows; the rows are validated as a file would be (line = 1-based row number).</summary>
    /// <param name="records">The dossiers.</param>
    /// <param name="options">Validation options; <see cref="DossierReadOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The store, or every error found (nothing is stored when any is found, unless bad rows are skipped).</returns>
    public static InputResult<DossierStore> FromRecords(IEnumerable<DossierRecord> records, DossierReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(records);
        options ??= DossierReadOptions.Default;
        var builder = new DossierStoreBuilder(options.KnownUnitCodes, records.TryGetNonEnumeratedCount(out var n) ? n : 0);
        var errors = new ErrorCollector(options.MaxErrorsReported);
        var line = 0;
        var skipped = 0;
        foreach (var record in records)
        {
            line++;
            if (builder.TryAdd(record, line, errors) is not null)
            {
                skipped++;
            }
        }

        return errors.Count > 0 && !options.SkipBadRows
            ? errors.Reject<DossierStore>()
            : errors.Accept(builder.Build(), skipped);
    }

    /// <summary>A store of the dossiers <paramref name="start"/> to <paramref name="start"/> + <paramref name="count"/> − 1, sharing the dictionaries.</summary>
    /// <param name="start">The first dossier.</param>
    /// <param name="count">How many dossiers.</param>
    /// <returns>A new store (columns copied).</returns>
    public DossierStore Slice(int start, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start + count, Count);
        return new DossierStore(
            count,
            Units.AsSpan(start, count).ToArray(),
            Procedures.AsSpan(start, count).ToArray(),
            ReceivedDays.AsSpan(start, count).ToArray(),
            DueDays.AsSpan(start, count).ToArray(),
            FinishedDays.AsSpan(start, count).ToArray(),
            ReceivedBits.AsSpan(start, count).ToArray(),
            FinishedBits.AsSpan(start, count).ToArray(),
            Attributes.AsSpan(start, count).ToArray(),
            IdHashes.AsSpan(start, count).ToArray(),
            UnitCodes,
            ProcedureCodes);
    }
}
