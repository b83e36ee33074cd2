using System.Reflection;
using KhanhHoa.Governance.Calendar;
using NetArchTest.Rules;

namespace KhanhHoa.Governance.Tests;

/// <summary>
/// The namespaces' dependencies run one way: primitives at the bottom, the DI entry point at the top, and each room
/// uses only the rooms listed for it below. JSON reading and the embedded resources belong to Data alone.
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

    // Each namespace below the root, with the namespaces it may use (Primitives is open to all).
    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        ["Primitives"] = [],
        ["Json"] = [],
        ["Calendar"] = [],
        ["Organization"] = [],
        ["Directives"] = ["Calendar"],
        ["Indicators"] = ["Calendar"],
        ["Tasks"] = ["Calendar", "Organization", "Directives"],
        ["Rollup"] = ["Calendar", "Organization", "Indicators", "Json"],
        ["Submissions"] = ["Calendar", "Organization", "Directives", "Indicators", "Tasks", "Json"],
        ["Data"] = ["Json", "Calendar", "Organization", "Directives", "Indicators", "Tasks", "Rollup", "Submissions"],
    };

    public static TheoryData<string> Namespaces() => [.. Allowed.Keys];

    [Theory]
    [MemberData(nameof(Namespaces))]
    public void A_namespace_uses_only_the_namespaces_below_it(string name)
    {
        var forbidden = Allowed.Keys.Where(other => other != name && other != "Primitives" && !Allowed[name].Contains(other))
            .Select(static other => $"{Root}.{other}");
        AssertNoDependency(Namespace(name), [.. forbidden, .. EntryPoint]);
    }

    [Fact]
    public void Every_namespace_of_the_library_is_placed()
    {
        var namespaces = Library.GetTypes().Select(static t => t.Namespace).OfType<string>()
            .Where(static n => n.StartsWith(Root + ".", StringComparison.Ordinal))
            .Select(static n => n[(Root.Length + 1)..].Split('.')[0]).Distinct();
        Assert.Empty(namespaces.Except(Allowed.Keys));
    }

    [Fact]
    public void The_plan_importer_reads_documents_without_the_data_loaders_or_the_rollup() =>
        AssertNoDependency(Namespace("Tasks.Import"), [$"{Root}.Data", $"{Root}.Rollup", $"{Root}.Indicators", $"{Root}.Json", .. EntryPoint]);

    [Fact]
    public void The_core_reads_Word_files_only_through_the_reporting_package() =>
        Assert.DoesNotContain(Library.GetReferencedAssemblies(), static a => a.Name!.StartsWith("DocumentFormat.OpenXml", StringComparison.Ordinal));

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
