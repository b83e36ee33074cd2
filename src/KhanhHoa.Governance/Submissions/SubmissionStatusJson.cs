using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace KhanhHoa.Governance.Submissions;

/// <summary>
/// Writes a <see cref="SubmissionStatus"/> as <c>schemas/submission-status.v1.schema.json</c>: the field names are a
/// contract programs read (the sample host's <c>submissions status --format json</c>, the web host's status).
/// </summary>
/// <threadsafety>Stateless; safe to call from several threads.</threadsafety>
public static class SubmissionStatusJson
{
    /// <summary>Writes <paramref name="status"/> as one indented UTF-8 JSON document.</summary>
    /// <param name="output">Where to write; not closed.</param>
    /// <param name="status">The status.</param>
    public static void Write(Stream output, SubmissionStatus status)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(status);
        // Vietnamese stays readable (no \uXXXX escapes); the writer still escapes what JSON requires.
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteNumber("schemaVersion", 1);
        json.WriteString("period", status.Period);
        json.WriteString("asOf", status.AsOf.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
        json.WriteStartArray("dataSets");
        foreach (var dataSet in status.DataSets)
        {
            WriteDataSet(json, dataSet);
        }

        json.WriteEndArray();
        var completeness = status.Completeness;
        json.WriteStartObject("completeness");
        json.WriteNumber("expected", completeness.Expected);
        json.WriteNumber("submitted", completeness.Submitted);
        json.WriteNumber("onTime", completeness.OnTime);
        if (completeness.Percent is { } percent)
        {
            json.WriteNumber("percent", decimal.Round(percent, 2, MidpointRounding.AwayFromZero));
        }
        else
        {
            json.WriteNull("percent");
        }

        json.WriteEndObject();
        json.WriteStartArray("rejected");
        foreach (var file in status.Rejected)
        {
            WriteRejected(json, file);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteRejected(Utf8JsonWriter json, SubmissionFileOutcome file)
    {
        json.WriteStartObject();
        json.WriteString("file", Path.GetFileName(file.Name));
        json.WriteNumber("errorCount", file.ErrorCount);
        json.WriteStartArray("errors");
        foreach (var error in file.Errors)
        {
            json.WriteStartObject();
            if (error.Source is { } source && source != file.Name)
            {
                json.WriteString("source", source);
            }

            if (error.Line > 0)
            {
                json.WriteNumber("line", error.Line);
            }

            if (error.Column > 0)
            {
                json.WriteNumber("column", error.Column);
            }

            if (error.Cell is { } cell)
            {
                json.WriteString("cell", cell);
            }

            if (error.JsonPath is { } path)
            {
                json.WriteString("jsonPath", path);
            }

            if (error.Field.Length > 0)
            {
                json.WriteString("field", error.Field);
            }

            json.WriteString("message", error.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteDataSet(Utf8JsonWriter json, DataSetStatus status)
    {
        var rate = status.Rate;
        json.WriteStartObject();
        json.WriteString("code", rate.DataSet.Code);
        json.WriteString("dueDate", rate.DueDate.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
        json.WriteString("recipient", rate.DataSet.Recipient);
        Strings(json, "expected", rate.Expected);
        json.WriteStartArray("submitted");
        foreach (var sent in rate.Submitted)
        {
            json.WriteStartObject();
            json.WriteString("unit", sent.Unit);
            json.WriteString("submittedAt", sent.SubmittedAt.ToString("uuuu-MM-dd'T'HH:mm", CultureInfo.InvariantCulture));
            if (sent.ReceivedAt is { } received)
            {
                json.WriteString("receivedAt", received.ToString("uuuu-MM-dd'T'HH:mm", CultureInfo.InvariantCulture));
            }

            json.WriteBoolean("onTime", sent.OnTime);
            json.WriteNumber("workingDaysLate", sent.WorkingDaysLate);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        Strings(json, "missing", rate.Missing);
        json.WriteStartArray("reminders");
        foreach (var reminder in rate.Reminders)
        {
            json.WriteStartObject();
            json.WriteString("unit", reminder.Unit);
            json.WriteNumber("workingDaysLeft", reminder.WorkingDaysLeft);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("figures");
        foreach (var total in status.Figures)
        {
            json.WriteStartObject();
            json.WriteString("element", total.Element.Code);
            json.WriteString("aggregation", total.Element.Aggregation == ElementAggregation.Sum ? "sum" : "none");
            if (total.Value is { } value)
            {
                json.WriteNumber("value", value);
            }
            else
            {
                json.WriteNull("value");
            }

            json.WriteNumber("units", total.Units.Count);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
