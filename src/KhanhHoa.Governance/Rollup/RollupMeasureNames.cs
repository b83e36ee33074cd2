namespace KhanhHoa.Governance.Rollup;

/// <summary>The contract names of the <see cref="RollupMeasure"/> values, as the JSON output writes them.</summary>
/// <threadsafety>Stateless; safe to use from any thread.</threadsafety>
public static class RollupMeasureNames
{
    /// <summary>The number of measures.</summary>
    public const int Count = 15;

    private static readonly string[] Names =
    [
        "received", "received_online", "received_full_online", "received_full_eligible", "resolved",
        "resolved_on_time", "resolved_late", "pending_end", "pending_overdue_end", "digitized", "reused_data",
        "id_linked", "fee_required", "paid_online", "e_result",
    ];

    /// <summary>Every measure, in contract order.</summary>
    public static IReadOnlyList<RollupMeasure> All { get; } = [.. Enumerable.Range(0, Count).Select(i => (RollupMeasure)i)];

    /// <summary>The contract name of a measure, e.g. <c>received_full_online</c>.</summary>
    /// <param name="measure">The measure.</param>
    /// <returns>Its name.</returns>
    public static string Of(RollupMeasure measure) => Names[(int)measure];

    /// <summary>The measure with a contract name.</summary>
    /// <param name="name">A contract name, e.g. <c>pending_end</c>.</param>
    /// <param name="measure">The measure when found.</param>
    /// <returns>Whether the name is a measure's.</returns>
    public static bool TryParse(string? name, out RollupMeasure measure)
    {
        var index = Array.IndexOf(Names, name);
        measure = (RollupMeasure)Math.Max(index, 0);
        return index >= 0;
    }
}
