using System.Globalization;

namespace KhanhHoa.Governance.Tests;

/// <summary>
/// FsCheck's <see cref="FsCheck.Xunit.PropertyAttribute"/> with a case count a mutation run can scale down. It has the
/// same name on purpose: in this project's namespaces it is found before the imported <c>FsCheck.Xunit</c> one, so every
/// <c>[Property(MaxTest = n)]</c> here goes through it and none is left out.
/// </summary>
/// <remarks>
/// Unset, a property runs its <c>n</c> cases, as FsCheck would. <c>tests/Mutation/run.sh</c> sets
/// <c>PROPERTY_CASES_PERCENT</c> (see docs/testing.md): Stryker runs a mutant's covering tests in a fresh test host for
/// every mutant, and the properties that write and read whole files (60 cases, 3–16 s) made most of a mutant's time.
/// Each property then runs that share of its cases, at least <see cref="MinimumCases"/> (or <c>n</c> when smaller).
/// </remarks>
internal sealed class PropertyAttribute : FsCheck.Xunit.PropertyAttribute
{
    /// <summary>The fewest cases a scaled property runs (unless it asked for fewer).</summary>
    public const int MinimumCases = 10;

    private static readonly int? Percent =
        int.TryParse(Environment.GetEnvironmentVariable("PROPERTY_CASES_PERCENT"), NumberStyles.None, CultureInfo.InvariantCulture, out var percent)
        && percent is > 0 and < 100
            ? percent
            : null;

    /// <summary>Runs FsCheck's default case count (100), scaled when <c>PROPERTY_CASES_PERCENT</c> is set.</summary>
    public PropertyAttribute()
    {
        // Only a scaled run sets it: unset, the count stays FsCheck's own default.
        if (Percent is not null)
        {
            base.MaxTest = Scaled(FsCheck.Config.Default.MaxTest);
        }
    }

    /// <summary>The number of cases the property asks for; a mutation run gets its share of them.</summary>
    public new int MaxTest
    {
        get => base.MaxTest;
        set => base.MaxTest = Scaled(value);
    }

    /// <summary>The cases a property that asks for <paramref name="cases"/> runs in this process.</summary>
    internal static int Scaled(int cases) =>
        Percent is { } percent ? Math.Min(cases, Math.Max(MinimumCases, cases * percent / 100)) : cases;
}
