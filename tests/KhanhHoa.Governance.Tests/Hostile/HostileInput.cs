using System.Globalization;
using FsCheck;
using FsCheck.Fluent;

namespace KhanhHoa.Governance.Tests.Hostile;

/// <summary>
/// The hostile-input discipline: every reader of the library is fed its valid inputs damaged one to three ways at a
/// time, and must answer with a value or with located errors, never with an exception and never with half a result.
/// </summary>
/// <remarks>
/// CI runs <see cref="Cases"/> cases per reader (2,000 by default). The long run sets the count through the
/// environment: <c>HOSTILE_CASES=100000 dotnet test tests/KhanhHoa.Governance.Tests --filter Category=Hostile</c>.
/// </remarks>
public static class HostileInput
{
    /// <summary>The xUnit trait that selects these tests.</summary>
    public const string Category = "Hostile";

    /// <summary>How many mutated inputs each reader gets: <c>HOSTILE_CASES</c>, or 2,000.</summary>
    public static int Cases { get; } =
        int.TryParse(Environment.GetEnvironmentVariable("HOSTILE_CASES"), NumberStyles.None, CultureInfo.InvariantCulture, out var cases) && cases > 0
            ? cases
            : 2_000;

    /// <summary>One mutation of any kind, anywhere, with any choice from its kind's table.</summary>
    public static Gen<Mutation> Mutations { get; } =
        from kind in Gen.Elements(Enum.GetValues<MutationKind>())
        from place in Gen.Choose(0, 9_999).Select(x => x / 10_000.0)
        from choice in Gen.Choose(0, 255)
        select new Mutation(kind, place, choice);

    /// <summary>
    /// Checks that <paramref name="read"/> never throws on any mutation of any of <paramref name="valid"/>, and that
    /// <paramref name="wellFormed"/> holds of what it returns (a value or located errors, nothing half-loaded).
    /// </summary>
    /// <param name="valid">Valid inputs to damage; the first is also read undamaged and must be accepted.</param>
    /// <param name="read">The reader under test.</param>
    /// <param name="wellFormed">Says why a result is not well formed, or <see langword="null"/> when it is.</param>
    /// <param name="cases">Overrides <see cref="Cases"/>, for a reader too slow for the full count.</param>
    public static void Check<T>(IReadOnlyList<byte[]> valid, Func<byte[], T> read, Func<T, string?> wellFormed, int? cases = null)
    {
        var cleanProblem = wellFormed(read(valid[0]));
        Assert.True(cleanProblem is null, $"the valid input is not read cleanly: {cleanProblem}");

        var inputs =
            from index in Gen.Choose(0, valid.Count - 1)
            from count in Gen.Choose(1, 3)
            from mutations in Gen.ArrayOf(Mutations, count)
            select (Index: index, Mutations: mutations);
        var property = Prop.ForAll(inputs.ToArbitrary(), input =>
        {
            var bytes = input.Mutations.Aggregate(valid[input.Index], (current, mutation) => mutation.Apply(current));
            string? problem;
            try
            {
                problem = wellFormed(read(bytes));
            }
            catch (Exception e)
            {
                problem = $"{e.GetType().Name}: {e.Message}";
            }

            return problem is null
                ? true.ToProperty()
                : false.Label($"input {input.Index} after {string.Join(", ", input.Mutations.Select(m => m.ToString()))}: {problem}");
        });
        property.Check(Config.QuickThrowOnFailure.WithMaxTest(cases ?? Cases).WithQuietOnSuccess(true));
    }
}
