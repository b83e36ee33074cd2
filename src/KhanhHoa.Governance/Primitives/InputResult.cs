using System.Diagnostics.CodeAnalysis;

namespace KhanhHoa.Governance.Primitives;

/// <summary>
/// The outcome of reading or validating input that can have many located problems: the value, or the errors that
/// rejected the input. Readers that can skip bad rows (<c>DossierReadOptions.SkipBadRows</c>) succeed with the good
/// rows and still report the skipped rows' errors, so <see cref="Errors"/> is not always empty on success.
/// </summary>
/// <typeparam name="T">The type of the value read.</typeparam>
/// <remarks>
/// Shaped like NodaTime's <c>ParseResult&lt;T&gt;</c>: check <see cref="Success"/>, then take <see cref="Value"/>, or call
/// <see cref="GetValueOrThrow"/> when a failure is a bug of the caller. A single value parsed from text uses
/// <c>OneOf&lt;T, ParseError&gt;</c> instead: it has one problem, at one position of one string.
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class InputResult<T>
{
    private readonly T? value;

    private InputResult(bool success, T? value, IReadOnlyList<InputError> errors, int errorCount, int skippedRows)
    {
        Success = success;
        this.value = value;
        Errors = errors;
        ErrorCount = errorCount;
        SkippedRows = skippedRows;
    }

    /// <summary>Whether a value was produced.</summary>
    public bool Success { get; }

    /// <summary>The value read.</summary>
    /// <exception cref="InvalidOperationException">The input was rejected (<see cref="Success"/> is <see langword="false"/>).</exception>
    public T Value => Success ? value! : throw new InvalidOperationException("The input was rejected; read Errors instead of Value.");

    /// <summary>The errors found, in input order; at most the reader's reporting limit (see <see cref="ErrorCount"/>).</summary>
    public IReadOnlyList<InputError> Errors { get; }

    /// <summary>How many errors were found in all; may exceed <see cref="Errors"/>.Count when a reader caps what it keeps.</summary>
    public int ErrorCount { get; }

    /// <summary>How many rows were skipped because of their errors (only when a reader was asked to skip bad rows).</summary>
    public int SkippedRows { get; }

    /// <summary>A successful result.</summary>
    /// <param name="value">The value read.</param>
    /// <returns>A result whose <see cref="Value"/> is <paramref name="value"/> and which has no errors.</returns>
    public static InputResult<T> ForValue(T value) => new(true, value, [], 0, 0);

    /// <summary>A failed result.</summary>
    /// <param name="errors">The errors that rejected the input; at least one.</param>
    /// <returns>A result whose <see cref="Errors"/> are <paramref name="errors"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="errors"/> is empty.</exception>
    public static InputResult<T> ForErrors(IReadOnlyList<InputError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return errors.Count == 0 ? throw new ArgumentException("A failed result needs at least one error.", nameof(errors)) : new(false, default, errors, errors.Count, 0);
    }

    // Readers that cap the errors they keep, or skip bad rows, say how many there were in all.
    internal static InputResult<T> Counted(T? value, bool success, IReadOnlyList<InputError> errors, int errorCount, int skippedRows) =>
        new(success, value, errors, errorCount, skippedRows);

    // Readers given a stream learn the file's name only from the caller that opened it.
    internal InputResult<T> WithSource(string source) => WithErrors(e => e with { Source = source });

    /// <summary>
    /// The same result with each error re-located, for a reader built on another that knows where the input came from
    /// (a spreadsheet reader turning CSV lines back into cells).
    /// </summary>
    /// <param name="relocate">Gives the error to report for each error found.</param>
    /// <returns>A result with the same value and counts.</returns>
    public InputResult<T> WithErrors(Func<InputError, InputError> relocate)
    {
        ArgumentNullException.ThrowIfNull(relocate);
        return Errors.Count == 0 ? this : new(Success, value, [.. Errors.Select(relocate)], ErrorCount, SkippedRows);
    }

    /// <summary>The value, or an exception listing the first errors, for callers that chose a throwing API.</summary>
    /// <returns>The value.</returns>
    /// <exception cref="FormatException">The input was rejected.</exception>
    public T GetValueOrThrow() => Success ? value! : throw new FormatException(
        $"{ErrorCount} error(s) in the input: " + string.Join("; ", Errors.Take(5)));

    /// <summary>Gets the value when there is one.</summary>
    /// <param name="result">The value, or the default of <typeparamref name="T"/> when the input was rejected.</param>
    /// <returns><see cref="Success"/>.</returns>
    public bool TryGetValue([MaybeNullWhen(false)] out T result)
    {
        result = value;
        return Success;
    }

    /// <summary>Applies one of two functions, as <c>OneOf</c>'s <c>Match</c> does.</summary>
    /// <typeparam name="TResult">What both functions return.</typeparam>
    /// <param name="onValue">Called with <see cref="Value"/> on success.</param>
    /// <param name="onErrors">Called with <see cref="Errors"/> when the input was rejected.</param>
    /// <returns>What the function called returned.</returns>
    public TResult Match<TResult>(Func<T, TResult> onValue, Func<IReadOnlyList<InputError>, TResult> onErrors)
    {
        ArgumentNullException.ThrowIfNull(onValue);
        ArgumentNullException.ThrowIfNull(onErrors);
        return Success ? onValue(value!) : onErrors(Errors);
    }

    /// <summary>This failure as a result of another type, to pass errors up a chain of reads.</summary>
    /// <typeparam name="TTarget">The type of the result to return.</typeparam>
    /// <returns>A failed result with the same errors and counts.</returns>
    /// <exception cref="InvalidOperationException">This result is a success.</exception>
    public InputResult<TTarget> ConvertError<TTarget>() => Success
        ? throw new InvalidOperationException("ConvertError is for failed results.")
        : InputResult<TTarget>.Counted(default, false, Errors, ErrorCount, SkippedRows);
}
