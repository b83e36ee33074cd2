using KhanhHoa.Governance.Data;
using KhanhHoa.Governance.Tests.Shared;

namespace KhanhHoa.Governance.Sample.Tests;

/// <summary>
/// Every published schema in <c>schemas/</c> checked by a complete JSON Schema 2020-12 validator (JsonSchema.Net) against
/// real outputs: what the host writes (the report, a partial, submissions, their status, an imported plan) and the data
/// files the library ships and loads (agencies, units, plans, data sets, the column map). Formats are asserted, and a
/// keyword the validator does not know fails the schema instead of being skipped.
/// </summary>
public sealed class PublishedSchemaTest(PublishedSchemaTest.HostOutputs outputs) : IClassFixture<PublishedSchemaTest.HostOutputs>
{
    public static TheoryData<string> Schemas => new(PublishedSchemas.Names);

    private static string RepositoryRoot => Golden.RepositoryRoot;

    [Theory]
    [MemberData(nameof(Schemas))]
    public void Every_published_schema_accepts_the_real_outputs_it_describes(string schemaFile)
    {
        var schema = PublishedSchemas.Load(schemaFile);
        var documents = outputs.For(schemaFile);
        Assert.True(documents.Count > 0, $"{schemaFile}: no real output is checked against it; add one to {nameof(HostOutputs)}");
        Assert.All(documents, document => Assert.True(
            PublishedSchemas.Errors(schema, document.Json) is [],
            $"{document.Name} does not satisfy {schemaFile}: {string.Join("; ", PublishedSchemas.Errors(schema, document.Json).Take(10))}"));
    }

    [Fact]
    public void The_validator_rejects_what_the_old_checker_skipped()
    {
        // A minimum, a format and an unknown keyword: three things the hand-written subset let through.
        var schema = PublishedSchemas.Build("""{ "$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object", "properties": { "n": { "type": "integer", "minimum": 0 }, "d": { "type": "string", "format": "date" } } }""");
        var errors = PublishedSchemas.Errors(schema, """{ "n": -1, "d": "2025-02-30" }""");
        Assert.Contains(errors, e => e.StartsWith("/n:", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("/d:", StringComparison.Ordinal));

        var unknown = Assert.ThrowsAny<Exception>(() => PublishedSchemas.Build("""{ "$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object", "minimun": 0 }"""));
        Assert.Contains("minimun", unknown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_or_a_partial_that_breaks_the_contract_is_rejected()
    {
        var report = outputs.For("monthly-report.schema.json")[0].Json;
        var textCount = new System.Text.RegularExpressions.Regex("\"received\": (\\d+)").Replace(report, "\"received\": \"$1\"", 1);
        Assert.Contains(PublishedSchemas.Errors(PublishedSchemas.Load("monthly-report.schema.json"), textCount), e => e.Contains("/measures/received", StringComparison.Ordinal));

        // A counter under a name that is no measure.
        var partial = outputs.For("rollup-partial.v1.schema.json")[0].Json;
        Assert.Contains("\"received\":", partial, StringComparison.Ordinal);
        Assert.NotEmpty(PublishedSchemas.Errors(PublishedSchemas.Load("rollup-partial.v1.schema.json"), partial.Replace("\"received\":", "\"receive\":", StringComparison.Ordinal)));
    }

    /// <summary>The real outputs, made once: one host run of each kind in a temporary folder, and the shipped data files.</summary>
    public sealed class HostOutputs : IDisposable
    {
        private readonly TempFolder folder = new();
        private readonly Dictionary<string, List<(string Name, string Json)>> bySchema = new(StringComparer.Ordinal);

        public HostOutputs()
        {
            // The report and a partial of a small synthetic province.
            Run("rollup", "--synthetic-count", "3000", "--format", "json", "--out", folder.File("out"), "--partial-out", folder.File("partial.json"), "--quiet");
            Add("monthly-report.schema.json", folder.File(Path.Combine("out", "bao-cao-2025-09.json")));
            Add("rollup-partial.v1.schema.json", folder.File("partial.json"));

            // Submissions as the sample writes them, and their status.
            Directory.CreateDirectory(folder.File("submissions"));
            Run("submissions", "sample", "--out", folder.File("submissions"));
            foreach (var file in Directory.GetFiles(folder.File("submissions"), "*.json"))
            {
                Add("submission.v1.schema.json", file);
            }

            var status = Run("submissions", "status", folder.File("submissions"), "--period", "2025-09", "--as-of", "2025-09-19", "--format", "json");
            Add("submission-status.v1.schema.json", "submissions status --format json", status.Output);

            // A plan imported by the host, and the data the library ships.
            File.WriteAllText(folder.File("plan.txt"), File.ReadAllText(Path.Combine(RepositoryRoot, "tests", "KhanhHoa.Governance.Tests", "Data", "Seeds", "004_7aa614ab00280345.txt")));
            Run("plan", "import", folder.File("plan.txt"), "--out", folder.File("plans.json"), "--id", "BCĐ-2025", "--year", "2025");
            Add("plans.v1.schema.json", folder.File("plans.json"));
            foreach (var (schema, resource) in new[]
            {
                ("agencies.v1.schema.json", "agencies.json"), ("org-units.v1.schema.json", "org-units.json"),
                ("plans.v1.schema.json", "plans.json"), ("data-sets.v1.schema.json", "data-sets.json"),
            })
            {
                using var stream = typeof(GovernanceData).Assembly.GetManifestResourceStream("KhanhHoa.Governance.Data." + resource)!;
                Add(schema, "embedded " + resource, new StreamReader(stream).ReadToEnd());
            }

            foreach (var map in Directory.GetFiles(Path.Combine(RepositoryRoot, "samples", "KhanhHoa.Governance.Sample", "maps"), "*.json"))
            {
                Add("dossier-column-map.v1.schema.json", map);
            }

            // Report 87's section I, the report template the reporting package ships (embedded from this file).
            Add("report-template.v1.schema.json", Path.Combine(RepositoryRoot, "src", "KhanhHoa.Governance.Reporting", "Composition", "report-87.template.json"));

            // The letterhead the host reads when no --letterhead is given (embedded in the program from this file).
            Add("report-letterhead.v1.schema.json", Path.Combine(RepositoryRoot, "samples", "KhanhHoa.Governance.Sample", "report-letterhead.json"));
        }

        public IReadOnlyList<(string Name, string Json)> For(string schemaFile) => bySchema.TryGetValue(schemaFile, out var list) ? list : [];

        public void Dispose() => folder.Dispose();

        private static SampleRun Run(params string[] args)
        {
            var run = SampleRun.InProcess(args);
            Assert.True(run.ExitCode == 0, $"{string.Join(' ', args)}: exit {run.ExitCode}: {run.Error}");
            return run;
        }

        private void Add(string schema, string path) => Add(schema, Path.GetFileName(path), File.ReadAllText(path));

        private void Add(string schema, string name, string json)
        {
            if (!bySchema.TryGetValue(schema, out var list))
            {
                bySchema[schema] = list = [];
            }

            list.Add((name, json));
        }
    }
}
