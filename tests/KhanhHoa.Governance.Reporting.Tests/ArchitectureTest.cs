using System.Reflection;
using NetArchTest.Rules;

namespace KhanhHoa.Governance.Reporting.Tests;

/// <summary>
/// The reporting package's rooms (its folders: the report's model, the letterhead, the composition, the report document,
/// its section composers, the renderers and the Office readers) depend one way, as the core's namespaces do: the model
/// knows no other room, the document only the model's vocabulary, the section composers the model and the document, the
/// renderers write the document and never compose the model, the readers stand alone. A room is a folder of the source, a type of it the file of
/// its name, so a type moved between rooms is checked without touching this table, and a new folder fails until placed.
/// </summary>
public sealed class ArchitectureTest
{
    private const string Core = "KhanhHoa.Governance";

    private static readonly Assembly Package = typeof(MonthlyReport).Assembly;

    // Each room with the rooms it may use. The files at the package's root are open to all: the Vietnamese wording and
    // number formats every format shares (ReportText, UnitText, VietnameseFormat) and the Office plumbing both the
    // renderers and the form writer use (OpenXmlPackaging, SpreadsheetStyles).
    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        ["Model"] = [],
        ["Letterhead"] = ["Model"],
        ["Composition"] = ["Model", "Letterhead"],
        ["Documents"] = ["Model"],
        ["Sections"] = ["Model", "Documents"],
        ["Rendering"] = ["Model", "Import", "Documents", "Sections"],
        ["Import"] = [],
    };

    private static string Source => Path.Combine(TestFiles.RepositoryRoot, "src", "KhanhHoa.Governance.Reporting");

    public static TheoryData<string> Rooms() => [.. Allowed.Keys];

    [Theory]
    [MemberData(nameof(Rooms))]
    public void A_room_uses_only_the_rooms_listed_for_it(string room)
    {
        string[] forbidden = [.. Allowed.Keys.Where(other => other != room && !Allowed[room].Contains(other)).SelectMany(TypesOf)];

        var result = Types.InAssembly(Package).That().HaveNameMatching(Exactly(TypesOf(room))).ShouldNot().HaveDependencyOnAny(forbidden).GetResult();

        Assert.True(result.IsSuccessful, $"{room} uses another room: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Fact]
    public void Every_folder_of_the_package_is_a_placed_room() =>
        Assert.Equal(
            Allowed.Keys.Order(StringComparer.Ordinal),
            Directory.GetDirectories(Source).Select(Path.GetFileName).OfType<string>().Where(static d => d is not ("bin" or "obj")).Order(StringComparer.Ordinal));

    // The dependency check itself: the renderers do show the model, so a rule that could never fail is caught.
    [Fact]
    public void The_check_sees_a_room_use_another() =>
        Assert.False(Types.InAssembly(Package).That().HaveNameMatching(Exactly(TypesOf("Rendering"))).ShouldNot()
            .HaveDependencyOnAny([.. TypesOf("Model")]).GetResult().IsSuccessful);

    [Fact]
    public void The_report_shows_the_core_and_never_reads_its_data_files_outside_composition()
    {
        string[] rooms = ["Model", "Rendering", "Import", "Letterhead"];
        var result = Types.InAssembly(Package).That().HaveNameMatching(Exactly(rooms.SelectMany(TypesOf))).ShouldNot()
            .HaveDependencyOnAny($"{Core}.Data", $"{Core}.GovernanceServiceCollectionExtensions", $"{Core}.Testing").GetResult();

        Assert.True(result.IsSuccessful, string.Join(", ", result.FailingTypeNames ?? []));
    }

    // The types of a room: the files of its folder, one main type each, with their full names.
    private static IEnumerable<string> TypesOf(string room) =>
        Directory.GetFiles(Path.Combine(Source, room), "*.cs").Select(file =>
            Package.GetTypes().Single(t => !t.IsNested && t.Name.Split('`')[0] == Path.GetFileNameWithoutExtension(file)).FullName!);

    private static string Exactly(IEnumerable<string> fullNames) =>
        "^(" + string.Join('|', fullNames.Select(static n => System.Text.RegularExpressions.Regex.Escape(n[(n.LastIndexOf('.') + 1)..]))) + ")$";
}
