using System.Reflection;
using KhanhHoa.Governance.Calendar;
using NetArchTest.Rules;

namespace KhanhHoa.Governance.Tests;

/// <summary>
/// The namespaces' dependencies run one way: primitives at the bottom, the DI entry point at the top. Calendar and
/// Indicators are not held to "primitives only" yet: they still read JSON and their embedded defaults themselves.
/// </summary>
public class ArchitectureTest
{
    private const string Root = "KhanhHoa.Governance";

    private static readonly Assembly Library = typeof(BusinessCalendar).Assembly;

    // The DI entry point and its options: only the host side (the root namespace itself) may use them.
    private static readonly string[] EntryPoint =
    [
        $"{Root}.{nameof(GovernanceServiceCollectionExtensions)}",
        $"{Root}.{nameof(GovernanceOptions)}",
        $"{Root}.GovernanceOptionsValidator",
    ];

    private static readonly string[] Rooms =
    [
        $"{Root}.Calendar", $"{Root}.Organization", $"{Root}.Directives", $"{Root}.Indicators",
        $"{Root}.Tasks", $"{Root}.Rollup", $"{Root}.Submissions", $"{Root}.Data",
    ];

    [Fact]
    public void Primitives_depend_on_nothing_else_in_the_library() =>
        AssertNoDependency(Namespace("Primitives"), [.. Rooms, $"{Root}.Json", .. EntryPoint]);

    [Fact]
    public void Organization_depends_on_nothing_in_the_library_but_primitives() =>
        AssertNoDependency(Namespace("Organization"), [.. Rooms.Where(static r => r != $"{Root}.Organization"), $"{Root}.Json", .. EntryPoint]);

    [Fact]
    public void Submissions_depend_only_on_the_rooms_below_them() =>
        AssertNoDependency(Namespace("Submissions"), [$"{Root}.Rollup", $"{Root}.Data", .. EntryPoint]);

    [Fact]
    public void The_json_reader_sits_below_every_room() =>
        AssertNoDependency(Namespace("Json"), [.. Rooms, .. EntryPoint]);

    [Fact]
    public void Nothing_below_the_root_depends_on_the_DI_entry_point() =>
        AssertNoDependency(Types.InAssembly(Library).That().ResideInNamespaceStartingWith(Root + "."), EntryPoint);

    [Fact]
    public void The_root_namespace_holds_only_the_DI_entry_point() =>
        Assert.Equal(
            EntryPoint.Order(StringComparer.Ordinal),
            Library.GetTypes().Where(static t => t.Namespace == Root && !t.IsNested && t.GetCustomAttribute<System.Runtime.CompilerServices.CompilerGeneratedAttribute>() is null)
                .Select(static t => t.FullName!).Order(StringComparer.Ordinal));

    private static PredicateList Namespace(string name) => Types.InAssembly(Library).That().ResideInNamespace($"{Root}.{name}");

    private static void AssertNoDependency(PredicateList types, string[] forbidden)
    {
        // A misspelt namespace would select nothing and pass.
        Assert.NotEmpty(types.GetTypes());
        var result = types.ShouldNot().HaveDependencyOnAny(forbidden).GetResult();
        Assert.True(result.IsSuccessful, "depend on a namespace above them: " + string.Join(", ", result.FailingTypeNames ?? []));
    }
}
