using System.Text.Json;

namespace KhanhHoa.Governance.Indicators;

/// <summary>
/// The <see cref="DossierMeasure"/> values and their contract names, the strings the rollup JSON writes and the
/// indicator catalog's expressions read. The names are derived from the enum, so the vocabulary is written once.
/// </summary>
/// <threadsafety>Immutable; safe to use from any thread.</threadsafety>
public static class DossierMeasures
{
    /// <summary>The number of measures.</summary>
    public const int Count = (int)DossierMeasure.EResult + 1;

    // The members are numbered 0 … Count − 1 in contract order; snake case of "ReceivedFullOnline" is the contract's "received_full_online".
    private static readonly string[] Names = [.. Enum.GetNames<DossierMeasure>().Select(JsonNamingPolicy.SnakeCaseLower.ConvertName)];

    /// <summary>Every measure, in contract order.</summary>
    public static IReadOnlyList<DossierMeasure> All { get; } = Enum.GetValues<DossierMeasure>();

    /// <summary>The contract name of a measure, e.g. <c>received_full_online</c>.</summary>
    /// <param name="measure">The measure.</param>
    /// <returns>Its name.</returns>
    public static string NameOf(DossierMeasure measure) => Names[(int)measure];

    /// <summary>The measure with a contract name.</summary>
    /// <param name="name">A contract name, e.g. <c>pending_end</c>.</param>
    /// <param name="measure">The measure when found.</param>
    /// <returns>Whether the name is a measure's.</returns>
    public static bool TryParse(string? name, out DossierMeasure measure)
    {
        var index = Array.IndexOf(Names, name);
        measure = (DossierMeasure)Math.Max(index, 0);
        return index >= 0;
    }
}
