using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using KhanhHoa.Governance.Data;
using KhanhHoa.Governance.Tasks.Import;
using KhanhHoa.Governance.Tests.Shared;

namespace KhanhHoa.Governance.Tests.Tasks.Import;

/// <summary>
/// The embedded plans.json is the importer's reading of the four seed documents with the hand overlay
/// (Data/Seeds/plans-overlay.json: each plan's header, basis and notes, each task's notes, the agency codes a reader
/// gave by hand) applied. <c>UPDATE_GOLDEN=1</c> rewrites it after the importer or the overlay changed (and fails: review, then rerun).
/// </summary>
public class PlanRegenerationTest
{
    private static readonly string[] HeaderFields = ["id", "number", "type", "issuer", "issuedOn", "subject", "signer", "seed", "contextYear", "basis", "notes"];

    [Fact]
    public void The_embedded_plans_are_the_importer_s_reading_of_the_seeds_with_the_hand_overlay()
    {
        var generated = Generate();
        Golden.Rewrite(Path.Combine(Golden.RepositoryRoot, "src", "KhanhHoa.Governance", "Data", "Resources", "plans.json"), new UTF8Encoding(false).GetBytes(generated));

        using var embedded = typeof(GovernanceData).Assembly.GetManifestResourceStream("KhanhHoa.Governance.Data.plans.json")!;
        Assert.Equal(new StreamReader(embedded).ReadToEnd(), generated);
    }

    private static string Generate()
    {
        var overlay = JsonNode.Parse(File.ReadAllText(Path.Combine(SeedFiles.Directory, "plans-overlay.json")))!;
        var plans = new JsonArray();
        foreach (var hand in overlay["plans"]!.AsArray().Select(static p => p!.AsObject()))
        {
            var seed = hand["seed"]!.GetValue<string>();
            var options = new PlanImportOptions { PlanId = hand["id"]!.GetValue<string>(), ContextYear = hand["contextYear"]!.GetValue<int>() };
            var plan = PlanImporter.ImportText(SeedFiles.Read(seed), seed, GovernanceData.Default.Agencies, options).GetValueOrThrow().Plan;
            var read = JsonNode.Parse(PlanJsonWriter.Write([plan]))!["plans"]![0]!.AsObject();
            var merged = new JsonObject();
            foreach (var field in HeaderFields.Where(hand.ContainsKey))
            {
                merged[field] = hand[field]?.DeepClone();
            }

            var extras = hand["tasks"]!.AsObject();
            var tasks = new JsonArray();
            foreach (var task in read["tasks"]!.AsArray().Select(static t => t!.DeepClone().AsObject()))
            {
                if (extras[task["id"]!.GetValue<string>()] is JsonObject extra)
                {
                    Overlay(task, extra);
                }

                tasks.Add(task);
            }

            merged["tasks"] = tasks;
            plans.Add(merged);
        }

        var root = new JsonObject { ["schemaVersion"] = GovernanceDataLoader.SchemaVersion, ["dataVersion"] = overlay["dataVersion"]!.DeepClone(), ["plans"] = plans };
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }

    // A reader's notes replace the importer's; a reader's corrections (the typos the notes flag) follow the importer's
    // (its footnote markers); explicit agency codes and their note join the cell as printed.
    private static void Overlay(JsonObject task, JsonObject extra)
    {
        if (extra["notes"] is { } notes)
        {
            task["notes"] = notes.DeepClone();
        }

        if (extra["corrections"] is JsonArray corrections)
        {
            var all = task["corrections"] as JsonArray ?? [];
            foreach (var correction in corrections)
            {
                all.Add(correction?.DeepClone());
            }

            task.Remove("corrections");
            task["corrections"] = all;
        }

        foreach (var cell in new[] { "lead", "coordinating" })
        {
            if (extra[cell] is JsonObject hand && task[cell] is JsonObject printed)
            {
                foreach (var (key, value) in hand)
                {
                    printed[key] = value?.DeepClone();
                }
            }
        }
    }
}
