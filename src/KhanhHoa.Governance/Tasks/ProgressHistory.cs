using System.Collections.Immutable;

namespace KhanhHoa.Governance.Tasks;

/// <summary>
/// The append-only history of a task's progress updates. Status as of a past date reads only the updates dated on
/// or before it, so any past report can be reproduced.
/// </summary>
/// <threadsafety>Immutable; <see cref="Append"/> returns a new history. Safe to share between threads.</threadsafety>
public sealed class ProgressHistory
{
    private ProgressHistory(ImmutableList<ProgressUpdate> updates) => Updates = updates;

    /// <summary>The history with no update.</summary>
    public static ProgressHistory Empty { get; } = new([]);

    /// <summary>The updates in the order they were appended (dates never decrease).</summary>
    public IReadOnlyList<ProgressUpdate> Updates { get; }

    /// <summary>Returns a history with <paramref name="update"/> added at the end.</summary>
    /// <param name="update">The update; its date must not be before the last update's.</param>
    /// <returns>The new history; this one is unchanged.</returns>
    /// <exception cref="ArgumentException">The update is dated before the last one, or a <see cref="ProgressUpdateKind.Extended"/> update has no new due date, or a percentage is outside 0–100.</exception>
    public ProgressHistory Append(ProgressUpdate update)
    {
        ArgumentNullException.ThrowIfNull(update);
        if (Updates.Count > 0 && update.Date < Updates[^1].Date)
        {
            throw new ArgumentException($"the update of {update.Date:uuuu-MM-dd} is dated before the last one ({Updates[^1].Date:uuuu-MM-dd}); the history is append-only", nameof(update));
        }

        if (update.Kind == ProgressUpdateKind.Extended && update.NewDueDate is null)
        {
            throw new ArgumentException("an extension needs a new due date", nameof(update));
        }

        if (update.Percent is < 0 or > 100)
        {
            throw new ArgumentException("a percentage must be between 0 and 100", nameof(update));
        }

        return new(((ImmutableList<ProgressUpdate>)Updates).Add(update));
    }

    /// <summary>The updates dated on or before <paramref name="date"/>.</summary>
    /// <param name="date">The as-of date.</param>
    /// <returns>The updates known on that day.</returns>
    public IEnumerable<ProgressUpdate> AsOf(LocalDate date) => Updates.TakeWhile(u => u.Date <= date);
}
