namespace KhanhHoa.Governance.Rollup;

/// <summary>
/// The outcome of reading dossiers: the store, or the errors that rejected the input. With
/// <see cref="DossierReadOptions.SkipBadRows"/>, a store of the good rows together with the errors of the skipped ones.
/// </summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class DossierReadResult
{
    internal DossierReadResult(DossierStore? store, IReadOnlyList<RollupInputError> errors, int errorCount, int skippedRows)
    {
        Store = store;
        Errors = errors;
        ErrorCount = errorCount;
        SkippedRows = skippedRows;
    }

    /// <summary>The store, or <see langword="null"/> when the input was rejected.</summary>
    public DossierStore? Store { get; }

    /// <summary>Whether a store was produced.</summary>
    public bool Succeeded => Store is not null;

    /// <summary>The errors found, in input order (at most <see cref="DossierReadOptions.MaxErrorsReported"/>).</summary>
    public IReadOnlyList<RollupInputError> Errors { get; }

    /// <summary>How many errors were found in all (may exceed <see cref="Errors"/>.Count).</summary>
    public int ErrorCount { get; }

    /// <summary>How many rows were skipped (only with <see cref="DossierReadOptions.SkipBadRows"/>).</summary>
    public int SkippedRows { get; }

    /// <summary>The store, or an exception listing the first errors, for callers that chose a throwing API.</summary>
    /// <returns>The store.</returns>
    /// <exception cref="FormatException">The input was rejected.</exception>
    public DossierStore GetStoreOrThrow() => Store ?? throw new FormatException(
        $"{ErrorCount} error(s) in the dossier input: " + string.Join("; ", Errors.Take(5)));
}
