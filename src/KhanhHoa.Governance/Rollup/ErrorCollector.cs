namespace KhanhHoa.Governance.Rollup;

/// <summary>Collects input errors up to a limit while counting all of them and the rows they spoil.</summary>
internal sealed class ErrorCollector(int maxReported)
{
    private readonly List<RollupInputError> errors = [];

    public int Count { get; private set; }

    public IReadOnlyList<RollupInputError> Errors => errors;

    /// <summary>Runs before each error is recorded, so that work a reader deferred reports its own errors first, in line order.</summary>
    public Action? BeforeAdd { get; set; }

    public void Add(int line, int column, string field, string message)
    {
        BeforeAdd?.Invoke();
        Count++;
        if (errors.Count < maxReported)
        {
            errors.Add(new RollupInputError(line, column, field, message));
        }
    }
}
