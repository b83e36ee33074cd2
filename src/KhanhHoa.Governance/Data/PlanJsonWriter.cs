using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using KhanhHoa.Governance.Organization;
using KhanhHoa.Governance.Tasks;

namespace KhanhHoa.Governance.Data;

/// <summary>
/// Writes plans in the format <see cref="GovernanceDataLoader.LoadPlans"/> reads (<c>schemas/plans.v1.schema.json</c>),
/// so a plan imported from a document can be kept, edited and loaded again. Agency cells are written as printed
/// (with their explicit codes when a reader gave them by hand, marked by a note); the basis documents are not written
/// (the format keeps their sentences, a plan only their citations).
/// </summary>
/// <threadsafety>Stateless; safe to call from several threads.</threadsafety>
public static class PlanJsonWriter
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The plans file (UTF-8 JSON, indented).</summary>
    /// <param name="plans">The plans, in file order.</param>
    /// <returns>The file's bytes.</returns>
    public static byte[] Write(IEnumerable<Plan> plans)
    {
        ArgumentNullException.ThrowIfNull(plans);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteNumber("schemaVersion", GovernanceDataLoader.SchemaVersion);
            json.WriteStartArray("plans");
            foreach (var plan in plans)
            {
                WritePlan(json, plan);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static void WritePlan(Utf8JsonWriter json, Plan plan)
    {
        var directive = plan.Directive;
        json.WriteStartObject();
        json.WriteString("id", plan.Id);
        json.WriteString("number", directive.Number.ToString());
        if (directive.Type is { } type)
        {
            json.WriteString("type", type.ToString());
        }

        Optional(json, "issuer", directive.Issuer);
        Optional(json, "issuedOn", directive.IssuedOn?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
        Optional(json, "subject", directive.Subject);
        Optional(json, "signer", directive.Signer);
        json.WriteString("seed", plan.Tasks.FirstOrDefault()?.Source.Document ?? plan.Id);
        json.WriteNumber("contextYear", plan.ContextYear);
        Strings(json, "notes", plan.Notes);
        json.WriteStartArray("tasks");
        foreach (var task in plan.Tasks)
        {
            json.WriteStartObject();
            json.WriteString("id", task.Id);
            Optional(json, "parent", task.ParentId);
            Optional(json, "label", task.Label);
            json.WriteString("text", task.Text);
            Optional(json, "content", task.Content);
            Cell(json, "lead", task.Lead);
            Cell(json, "coordinating", task.Coordinating);
            Optional(json, "expectedResult", task.ExpectedResult);
            Optional(json, "deadline", task.DeadlineText);
            Optional(json, "remark", task.Remark);
            json.WriteStartObject("source");
            json.WriteString("section", task.Source.Section);
            if (task.Source.Line is { } line)
            {
                json.WriteNumber("line", line);
            }

            json.WriteEndObject();
            Strings(json, "notes", task.Notes);
            if (task.Corrections.Count > 0)
            {
                json.WriteStartArray("corrections");
                foreach (var correction in task.Corrections)
                {
                    json.WriteStartObject();
                    json.WriteString("printed", correction.Printed);
                    json.WriteString("reads", correction.Reads);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Cell(Utf8JsonWriter json, string name, AgencyCell? cell)
    {
        if (cell is null)
        {
            return;
        }

        json.WriteStartObject(name);
        json.WriteString("text", cell.Text);

        // Codes a reader gave by hand come with the note that says why; a cell read from its text needs none.
        if (cell.Note is not null)
        {
            Strings(json, "agencies", [.. cell.AgencyCodes]);
            json.WriteString("note", cell.Note);
        }

        json.WriteEndObject();
    }

    private static void Optional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }

    private static void Strings(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        if (values.Count == 0)
        {
            return;
        }

        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
