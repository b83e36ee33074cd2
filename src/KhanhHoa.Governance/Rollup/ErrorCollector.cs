namespace KhanhHoa.Governance.Rollup;

/// <summary>Collects input errors up to a limit while counting all of them and the rows they spoil.</summary>
internal sealed class ErrorCollector(int maxReported)
{
    private readonly List<InputError> errors = [];

    public int Count { get; private set; }

    public IReadOnlyList<InputError> Errors => errors;

    /// <summary>Runs before each error is recorded, so that work a reader deferred reports its own errors first, in line order.</summary>
    public Action? BeforeAdd { get; set; }

    /// <summary>An error at a line and column of row input, about one field of the contract.</summary>
    public static InputError At(int line, int column, string field, string message) => new(line, column, message) { Field = field };

    /// <summary>The input rejected with the errors collected.</summary>
    public InputResult<T> Reject<T>() => InputResult<T>.Counted(default, false, errors, Count, 0);

    /// <summary>The value read, with the errors of the rows skipped to read it.</summary>
    public InputResult<T> Accept<T>(T value, int skippedRows) => InputResult<T>.Counted(value, true, errors, Count, skippedRows);

    /// <summary>Records an error (with <see cref="At"/>'s shape).</summary>
    public void Add(InputError error)
    {
        BeforeAdd?.Invoke();
        Count++;
        if (errors.Count < maxReported)
        {
            errors.Add(error);
        }
    }

    /// <summary>Counts errors another collector counted but did not keep.</summary>
    public void CountUnkept(int count) => Count += count;

    public void Add(int line, int column, string field, string message) => Add(At(line, column, field, message));
}
