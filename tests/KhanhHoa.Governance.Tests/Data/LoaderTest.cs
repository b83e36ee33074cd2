using System.Text;
using KhanhHoa.Governance.Data;

namespace KhanhHoa.Governance.Tests.Data;

public sealed class LoaderTest
{
    private const string Agencies = """
        { "schemaVersion": 1, "agencies": [
          { "code": "A", "name": "Sở A", "englishName": "Department A", "kind": "ProvincialDepartment" },
          { "code": "B", "name": "Sở B", "englishName": "Department B", "kind": "ProvincialDepartment" } ] }
        """;

    private static byte[] U(string json) => Encoding.UTF8.GetBytes(json);

    private static IReadOnlyList<InputError> PlanErrors(string tasks) =>
        GovernanceDataLoader.LoadPlans(U($$"""
            { "schemaVersion": 1, "plans": [ { "id": "P", "number": "1/KH-UBND", "seed": "s.txt", "contextYear": 2025, "tasks": [
            {{tasks}}
            ] } ] }
            """), GovernanceDataLoader.LoadAgencies(U(Agencies)).Value).Errors;

    [Fact]
    public void A_valid_plan_loads_with_resolved_cells()
    {
        var plans = GovernanceDataLoader.LoadPlans(U("""
            { "schemaVersion": 1, "plans": [ { "id": "P", "number": "1/KH-UBND", "seed": "s.txt", "contextYear": 2025, "tasks": [
              { "id": "1", "text": "t", "lead": { "text": "Sở A; Sở B" }, "deadline": "Tháng 6/2025", "source": { "section": "s", "line": 3 } },
              { "id": "1.1", "parent": "1", "text": "u", "lead": { "text": "x", "agencies": ["B"] }, "source": { "section": "s" } } ] } ] }
            """), GovernanceDataLoader.LoadAgencies(U(Agencies)).Value).Value;

        var plan = Assert.Single(plans);
        Assert.Equal(["A", "B"], plan.Find("1")!.Lead!.AgencyCodes);
        Assert.Equal(["B"], plan.Find("1.1")!.Lead!.AgencyCodes);
        Assert.Equal(new NodaTime.LocalDate(2025, 6, 30), plan.Find("1")!.Deadline!.DueDate);
    }

    [Fact]
    public void All_errors_of_a_file_are_reported_at_once_with_path_and_line()
    {
        var errors = PlanErrors("""
              { "id": "1", "text": "t", "source": { "section": "s" } },
              { "id": "1", "text": "dup", "source": { "section": "s" } },
              { "id": "2", "parent": "9", "text": "orphan", "source": { "section": "s" } },
              { "id": "3", "text": "t", "lead": { "text": "x", "agencies": ["Z"] }, "source": { "section": "s" } },
              { "id": "4", "parent": "5", "text": "t", "source": { "section": "s" } },
              { "id": "5", "parent": "4", "text": "t", "source": { "section": "s" } },
              { "id": "6", "source": { "section": "s" } }
            """);

        Assert.Contains(errors, e => e.Message.Contains("duplicate task id '1'", StringComparison.Ordinal) && e.JsonPath == "$.plans[0].tasks[1].id" && e.Line == 3);
        Assert.Contains(errors, e => e.Message.Contains("parent '9'", StringComparison.Ordinal) && e.Line == 4);
        Assert.Contains(errors, e => e.Message.Contains("unknown agency 'Z'", StringComparison.Ordinal) && e.JsonPath == "$.plans[0].tasks[3].lead.agencies[0]");
        Assert.Contains(errors, e => e.Message.Contains("cycle", StringComparison.Ordinal) && e.Line == 6);
        Assert.Contains(errors, e => e.Message.Contains("missing required property 'text'", StringComparison.Ordinal) && e.Line == 8);
        Assert.True(errors.Count >= 6);
    }

    // Each chain of parents is walked once, so a long chain loads in linear time; the answer is still per task.
    [Fact]
    public void Tasks_leading_into_a_cycle_are_reported_and_a_long_chain_without_one_is_not()
    {
        var chain = string.Join(",\n", Enumerable.Range(1, 5_000).Select(static i => i == 1
            ? "{ \"id\": \"c1\", \"text\": \"t\", \"source\": { \"section\": \"s\" } }"
            : $"{{ \"id\": \"c{i}\", \"parent\": \"c{i - 1}\", \"text\": \"t\", \"source\": {{ \"section\": \"s\" }} }}"));
        var errors = PlanErrors(chain + """
            ,
              { "id": "x", "parent": "y", "text": "t", "source": { "section": "s" } },
              { "id": "y", "parent": "x", "text": "t", "source": { "section": "s" } },
              { "id": "z", "parent": "x", "text": "t", "source": { "section": "s" } },
              { "id": "w", "parent": "z", "text": "t", "source": { "section": "s" } },
              { "id": "v", "parent": "c5000", "text": "t", "source": { "section": "s" } }
            """);

        Assert.Equal(["x", "y", "z", "w"], errors.Select(static e => e.Message.Split('\'')[1]));
        Assert.All(errors, static e => Assert.Contains("is part of a cycle of parents", e.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void A_malformed_date_a_bad_number_and_a_wrong_version_are_errors()
    {
        var errors = GovernanceDataLoader.LoadPlans(U("""
            { "schemaVersion": 2, "plans": [ { "id": "P", "number": "KH-UBND", "issuedOn": "26/3/2025", "seed": "s", "contextYear": 2025, "tasks": [] } ] }
            """), GovernanceDataLoader.LoadAgencies(U(Agencies)).Value).Errors;

        Assert.Contains(errors, e => e.JsonPath == "$.schemaVersion");
        Assert.Contains(errors, e => e.JsonPath == "$.plans[0].number");
        Assert.Contains(errors, e => e.JsonPath == "$.plans[0].issuedOn" && e.Message.Contains("yyyy-MM-dd", StringComparison.Ordinal));
    }

    [Fact]
    public void Malformed_json_gives_its_line()
    {
        var error = Assert.Single(GovernanceDataLoader.LoadAgencies(U("{ \"schemaVersion\": 1,\n \"agencies\": [ { \"code\": } ] }")).Errors);

        Assert.Equal(2, error.Line);
        Assert.StartsWith("malformed JSON", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Agency_errors_duplicate_code_and_bad_kind()
    {
        var errors = GovernanceDataLoader.LoadAgencies(U("""
            { "schemaVersion": 1, "agencies": [
              { "code": "A", "name": "Sở A", "englishName": "A", "kind": "ProvincialDepartment" },
              { "code": "A", "name": "Sở A2", "englishName": "A2", "kind": "Ministry" },
              { "code": "C", "name": "Sở C", "englishName": "C", "kind": "Collective", "aliases": [ 3 ] } ] }
            """)).Errors;

        Assert.Contains(errors, e => e.Message.Contains("'kind' must be one of", StringComparison.Ordinal) && e.Line == 3);
        Assert.Contains(errors, e => e.JsonPath == "$.agencies[2].aliases[0]");
    }

    [Fact]
    public void Org_errors_duplicate_missing_parent_cycle_and_date()
    {
        var errors = GovernanceDataLoader.LoadOrgHierarchy(U("""
            { "schemaVersion": 1, "units": [
              { "code": "P", "name": "Province" },
              { "code": "P", "name": "Again" },
              { "code": "X", "name": "X", "parent": "Y" },
              { "code": "M", "name": "M", "parent": "N" },
              { "code": "N", "name": "N", "parent": "M", "validTo": "2025-02-30" } ],
              "successions": [ { "predecessor": "Q", "successor": "P", "effective": "2025-07-01", "share": "Half" } ] }
            """)).Errors;

        Assert.Contains(errors, e => e.Message.Contains("duplicate unit code 'P'", StringComparison.Ordinal) && e.Line == 3);
        Assert.Contains(errors, e => e.Message.Contains("parent 'Y'", StringComparison.Ordinal) && e.Line == 4);
        Assert.Contains(errors, e => e.Message.Contains("cycle", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.JsonPath == "$.units[4].validTo");
        Assert.Contains(errors, e => e.JsonPath == "$.successions[0].share");
    }

    [Fact]
    public void Errors_of_several_files_come_together_and_nothing_loads()
    {
        var result = GovernanceData.Load(U("{ \"schemaVersion\": 1, \"agencies\": [] }"), U("{ \"schemaVersion\": 1, \"units\": [ { \"code\": \"A\", \"name\": \"A\", \"parent\": \"B\" } ] }"), U("{ \"schemaVersion\": 1, \"plans\": [ { \"id\": \"P\" } ] }"));

        var errors = result.Errors;
        Assert.Contains(errors, e => e.ToString().StartsWith("org-units:", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.ToString().StartsWith("plans:", StringComparison.Ordinal));
    }

    [Fact]
    public void The_embedded_resources_load_without_error()
    {
        // Every resource the assembly carries, not a list kept beside it: a new file must be loaded here too.
        var assembly = typeof(GovernanceData).Assembly;
        string[] loaded = [.. GovernanceData.ResourceNames, GovernanceData.DataSetsResourceName];
        Assert.Equal(assembly.GetManifestResourceNames().Order(StringComparer.Ordinal), loaded.Order(StringComparer.Ordinal));

        var files = loaded.Select(n =>
        {
            using var s = assembly.GetManifestResourceStream(n)!;
            using var m = new MemoryStream();
            s.CopyTo(m);
            return m.ToArray();
        }).ToArray();

        var data = GovernanceData.Load(files[0], files[1], files[2], files[3], files[4]);
        Assert.True(data.Success, string.Join("; ", data.Errors));
        Assert.NotEmpty(data.Value.Plans);
        Assert.NotEmpty(data.Value.ReportFigures.Rules);
        var dataSets = data.Value.LoadDataSets(files[5]);
        Assert.True(dataSets.Success, string.Join("; ", dataSets.Errors));
    }
}
