// Linked into each test project that checks JSON against the published schemas (see its .csproj): one validator.
using System.Collections.Concurrent;
using System.Text.Json;
using Json.Schema;

namespace KhanhHoa.Governance.Tests.Shared;

/// <summary>
/// The schemas in <c>schemas/</c>, read by JsonSchema.Net (JSON Schema 2020-12, every keyword): formats are asserted,
/// and a keyword the validator does not know makes the schema fail to load instead of being skipped.
/// </summary>
internal static class PublishedSchemas
{
    /// <summary>The 2020-12 dialect with unknown keywords refused, under the dialect's own id so "$schema" finds it.</summary>
    private static readonly Dialect Strict = Dialect.Draft202012.With([], id: new Uri("https://json-schema.org/draft/2020-12/schema"), allowUnknownKeywords: false);

    private static readonly EvaluationOptions Evaluation = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    // Built once each: a schema with an $id is registered by the library, and registering it twice is refused.
    private static readonly ConcurrentDictionary<string, Lazy<JsonSchema>> Built = new(StringComparer.Ordinal);

    /// <summary>The file names of every published schema.</summary>
    public static IEnumerable<string> Names =>
        Directory.GetFiles(Path.Combine(Golden.RepositoryRoot, "schemas"), "*.schema.json").Select(path => Path.GetFileName(path)!).Order(StringComparer.Ordinal);

    /// <summary>The published schema <paramref name="schemaFile"/>, built once.</summary>
    public static JsonSchema Load(string schemaFile) =>
        Built.GetOrAdd(schemaFile, name => new Lazy<JsonSchema>(() => Build(File.ReadAllText(Path.Combine(Golden.RepositoryRoot, "schemas", name))))).Value;

    /// <summary>Builds a schema in the strict dialect; throws on a keyword the validator does not know.</summary>
    public static JsonSchema Build(string text)
    {
        var registry = new DialectRegistry();
        registry.Register(Strict);
        return JsonSchema.FromText(text, new BuildOptions { Dialect = Strict, DialectRegistry = registry });
    }

    /// <summary>The errors of <paramref name="json"/> against <paramref name="schema"/>, each with its instance location; empty when valid.</summary>
    public static IReadOnlyList<string> Errors(JsonSchema schema, string json)
    {
        using var document = JsonDocument.Parse(json);
        var result = schema.Evaluate(document.RootElement, Evaluation);
        return result.IsValid
            ? []
            : [.. (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).Select(d => $"{d.InstanceLocation}: {string.Join(", ", d.Errors!.Values)}")];
    }
}
