using KhanhHoa.Governance.Organization;

namespace KhanhHoa.Governance.Rollup;

/// <summary>How the dossier readers and <see cref="DossierStore.FromRecords"/> treat their input.</summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record DossierReadOptions
{
    /// <summary>The default: every error rejects the whole input; unit codes are not checked.</summary>
    public static DossierReadOptions Default { get; } = new();

    /// <summary>
    /// When <see langword="true"/>, bad rows are skipped and counted instead of rejecting the input
    /// (<see cref="InputResult{T}.SkippedRows"/>); the default rejects the whole input on any error.
    /// </summary>
    public bool SkipBadRows { get; init; }

    /// <summary>
    /// The unit codes a dossier may name; a row with another <c>unit_code</c> is an error reported at its line
    /// and column. <see langword="null"/> (the default) accepts any code; the engine still rejects codes outside
    /// its hierarchy, but without line numbers.
    /// </summary>
    public IReadOnlySet<string>? KnownUnitCodes { get; init; }

    /// <summary>The most errors kept in <see cref="InputResult{T}.Errors"/>; all are counted. Default 1,000.</summary>
    public int MaxErrorsReported { get; init; } = 1000;

    /// <summary>
    /// How many chunks of a CSV input are parsed at once; <see langword="null"/> (the default) uses every core
    /// (<see cref="Environment.ProcessorCount"/>), 1 parses on the calling thread alone. The result is the same
    /// whatever the value.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int? MaxDegreeOfParallelism
    {
        get;
        init => field = value is null or >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "expected at least 1");
    }

    /// <summary>
    /// Receives how many bytes of the input have been read and merged, after each chunk of a few megabytes, so a
    /// host can draw its own progress bar; <see langword="null"/> (the default) reports nothing.
    /// </summary>
    public IProgress<long>? Progress { get; init; }

    /// <summary>
    /// How a vendor's export maps onto the contract (its headers, value words, missing columns and date formats), for
    /// <see cref="DossierCsvReader"/>; <see langword="null"/> (the default) reads the contract as it is.
    /// </summary>
    public DossierColumnMap? ColumnMap { get; init; }

    /// <summary>About how many bytes of CSV input go into one chunk (tests make it small to cut records often).</summary>
    internal int ChunkBytes
    {
        get;
        init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value));
    } = 4 << 20;

    /// <summary>Options that accept exactly the codes of <paramref name="units"/>.</summary>
    /// <param name="units">The hierarchy the dossiers will be rolled up over.</param>
    /// <returns>New options with <see cref="KnownUnitCodes"/> set.</returns>
    public static DossierReadOptions ForUnits(IEnumerable<OrgUnit> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        return new DossierReadOptions { KnownUnitCodes = units.Select(u => u.Code).ToHashSet(StringComparer.Ordinal) };
    }
}
