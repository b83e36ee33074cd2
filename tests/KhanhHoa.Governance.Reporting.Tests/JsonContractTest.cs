using System.Text.Json;
using System.Text.RegularExpressions;
using KhanhHoa.Governance.Indicators;
using KhanhHoa.Governance.Rollup;

namespace KhanhHoa.Governance.Reporting.Tests;

public class JsonContractTest
{
    private static readonly JsonElement Report = JsonDocument.Parse(JsonReportRenderer.ToJson(SampleReport.Build())).RootElement;

    [Fact]
    public void The_top_level_carries_the_rollup_contract_hosts_read()
    {
        var period = Report.GetProperty("period");
        Assert.Equal("2025-09", period.GetProperty("id").GetString());
        Assert.Equal("2025-08-16", period.GetProperty("start").GetString());
        Assert.Equal("2025-09-15", period.GetProperty("end").GetString());
        var province = Report.GetProperty("units").EnumerateArray().First();
        Assert.Equal("KH", province.GetProperty("code").GetString());
        Assert.Equal(JsonValueKind.Null, province.GetProperty("parent").ValueKind);
        Assert.Equal(DossierMeasures.All.Select(DossierMeasures.NameOf), province.GetProperty("measures").EnumerateObject().Select(m => m.Name));
        Assert.Equal(SampleReport.Build().Units[0].Measures.Received, province.GetProperty("measures").GetProperty("received").GetInt64());
        Assert.True(Report.GetProperty("containsSyntheticData").GetBoolean());
    }

    [Fact]
    public void The_output_satisfies_the_published_schema()
    {
        var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestFiles.RepositoryRoot, "schemas", "monthly-report.schema.json"))).RootElement;
        var errors = new List<string>();
        Validate(schema, schema, Report, "$", errors);
        Assert.Empty(errors);
    }

    [Fact]
    public void The_schema_check_rejects_a_document_that_breaks_the_contract()
    {
        var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestFiles.RepositoryRoot, "schemas", "monthly-report.schema.json"))).RootElement;
        var broken = JsonDocument.Parse(new Regex("\"received\": (\\d+)").Replace(JsonReportRenderer.ToJson(SampleReport.Build()), "\"received\": \"$1\"", 1)).RootElement;
        var errors = new List<string>();
        Validate(schema, schema, broken, "$", errors);
        Assert.Contains(errors, e => e.Contains("measures.received", StringComparison.Ordinal));
    }

    // The rollup partial's JSON (docs/partial-format.md) is checked here too, with the one schema checker of the tests:
    // re-based, with fingerprints, on the embedded hierarchy; and a counter under a name that is no measure is caught.
    [Fact]
    public void A_partial_satisfies_its_published_schema()
    {
        var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestFiles.RepositoryRoot, "schemas", "rollup-partial.v1.schema.json"))).RootElement;
        var hierarchy = Data.GovernanceData.Default.OrgUnits;
        var september = Calendar.ReportingPeriod.Month(2025, 9, Calendar.CutoffRule.Administrative);
        var engine = RollupEngine.Create(hierarchy.Units, [september.Previous(), september], new RollupRebase(september.End, hierarchy.Successions)).Value;
        var store = Testing.SyntheticDossiers.Generate([.. hierarchy.AsOf(september.End).Units.Select(u => u.Code)], september.Previous().Start, september.End, 2000);
        var json = System.Text.Encoding.UTF8.GetString(RollupPartialJson.ToUtf8Bytes(engine.Aggregate(store, 0, store.Count, keepDossierIds: true).Value));

        var errors = new List<string>();
        Validate(schema, schema, JsonDocument.Parse(json).RootElement, "$", errors);
        var broken = new List<string>();
        Validate(schema, schema, JsonDocument.Parse(json.Replace("\"received\":", "\"receive\":", StringComparison.Ordinal)).RootElement, "$", broken);

        Assert.Empty(errors);
        Assert.Contains(broken, e => e.EndsWith("property 'receive' is not in the schema", StringComparison.Ordinal));
    }

    // The subset of JSON Schema 2020-12 the published schema uses: $ref, type, const, enum, pattern, oneOf,
    // properties, required, additionalProperties and items.
    internal static void Validate(JsonElement root, JsonElement schema, JsonElement value, string path, List<string> errors)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            var name = reference.GetString()!["#/$defs/".Length..];
            Validate(root, root.GetProperty("$defs").GetProperty(name), value, path, errors);
            return;
        }

        if (schema.TryGetProperty("oneOf", out var options))
        {
            var matches = options.EnumerateArray().Count(option =>
            {
                var inner = new List<string>();
                Validate(root, option, value, path, inner);
                return inner.Count == 0;
            });
            if (matches != 1)
            {
                errors.Add($"{path}: matches {matches} of the oneOf options");
            }

            return;
        }

        if (schema.TryGetProperty("type", out var type))
        {
            var allowed = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!).ToList() : [type.GetString()!];
            var actual = value.ValueKind switch
            {
                JsonValueKind.Object => "object",
                JsonValueKind.Array => "array",
                JsonValueKind.String => "string",
                JsonValueKind.Number => value.TryGetInt64(out _) ? "integer" : "number",
                JsonValueKind.True or JsonValueKind.False => "boolean",
                _ => "null",
            };
            if (!allowed.Contains(actual) && !(actual == "integer" && allowed.Contains("number")))
            {
                errors.Add($"{path}: is {actual}, expected {string.Join(" or ", allowed)}");
                return;
            }
        }

        if (schema.TryGetProperty("const", out var constant) && constant.GetRawText() != value.GetRawText())
        {
            errors.Add($"{path}: must be {constant.GetRawText()}");
        }

        if (schema.TryGetProperty("enum", out var values) && !values.EnumerateArray().Any(v => v.GetRawText() == value.GetRawText()))
        {
            errors.Add($"{path}: {value.GetRawText()} is not an allowed value");
        }

        if (schema.TryGetProperty("pattern", out var pattern) && value.ValueKind == JsonValueKind.String && !Regex.IsMatch(value.GetString()!, pattern.GetString()!))
        {
            errors.Add($"{path}: '{value.GetString()}' does not match {pattern.GetString()}");
        }

        if (value.ValueKind == JsonValueKind.Object)
        {
            var properties = schema.TryGetProperty("properties", out var p) ? p : default;
            if (schema.TryGetProperty("required", out var required))
            {
                foreach (var name in required.EnumerateArray().Select(r => r.GetString()!).Where(name => !value.TryGetProperty(name, out _)))
                {
                    errors.Add($"{path}: missing required property '{name}'");
                }
            }

            foreach (var property in value.EnumerateObject())
            {
                if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(property.Name, out var propertySchema))
                {
                    Validate(root, propertySchema, property.Value, $"{path}.{property.Name}", errors);
                }
                else if (schema.TryGetProperty("additionalProperties", out var additional))
                {
                    if (additional.ValueKind == JsonValueKind.False)
                    {
                        errors.Add($"{path}: property '{property.Name}' is not in the schema");
                    }
                    else if (additional.ValueKind == JsonValueKind.Object)
                    {
                        Validate(root, additional, property.Value, $"{path}.{property.Name}", errors);
                    }
                }
            }
        }

        if (value.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out var items))
        {
            var index = 0;
            foreach (var item in value.EnumerateArray())
            {
                Validate(root, items, item, $"{path}[{index++}]", errors);
            }
        }
    }
}
