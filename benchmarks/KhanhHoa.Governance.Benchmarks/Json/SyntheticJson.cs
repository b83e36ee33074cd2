using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using KhanhHoa.Governance.Data;
using KhanhHoa.Governance.Indicators;
using KhanhHoa.Governance.Json;

namespace KhanhHoa.Governance.Benchmarks.Json;

/// <summary>
/// SYNTHETIC data files of a given size: the embedded report 87 figures or indicator catalog, minified on one line,
/// with their items copied under unique ids and Vietnamese names until the file is large enough. Letters stay raw
/// UTF-8 (not <c>\u</c> escapes), so characters and bytes differ, as in the province's own files.
/// </summary>
internal static class SyntheticJson
{
    /// <summary>Report 87's figures and rules, with copies of the figures (ids <c>id~n</c>).</summary>
    public static byte[] Figures(int bytes) => Grow(EmbeddedJson.Read(GovernanceData.ReportFiguresResource), bytes, new()
    {
        ["figures"] = new() { ["id"] = Suffix, ["label"] = Name },
    });

    /// <summary>The indicator catalog, with copies of the indicators (codes <c>code~n</c>) and of the targets set on them.</summary>
    public static byte[] Catalog(int bytes) => Grow(EmbeddedJson.Read(GovernanceData.IndicatorCatalogResource), bytes, new()
    {
        ["indicators"] = new() { ["code"] = Suffix, ["nameVi"] = Name },
        ["targets"] = new() { ["id"] = Suffix, ["indicator"] = Suffix },
    });

    private static string Suffix(string value, int copy) => string.Create(CultureInfo.InvariantCulture, $"{value}~{copy}");

    private static string Name(string value, int copy) => string.Create(CultureInfo.InvariantCulture, $"{value} (bản sao tổng hợp số {copy})");

    // The arrays to grow, and in their items the string properties to rename in each copy.
    private static byte[] Grow(byte[] original, int bytes, Dictionary<string, Dictionary<string, Func<string, int, string>>> grown)
    {
        using var document = JsonDocument.Parse(original);
        var once = Write(document.RootElement, grown, 0).Length;
        var perCopy = Write(document.RootElement, grown, 1).Length - once;
        return Write(document.RootElement, grown, Math.Max(0, (bytes - once + perCopy - 1) / perCopy));
    }

    private static byte[] Write(JsonElement root, Dictionary<string, Dictionary<string, Func<string, int, string>>> grown, int copies)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            foreach (var property in root.EnumerateObject())
            {
                if (!grown.TryGetValue(property.Name, out var renamed))
                {
                    property.WriteTo(writer);
                    continue;
                }

                writer.WriteStartArray(property.Name);
                for (var copy = 0; copy <= copies; copy++)
                {
                    foreach (var item in property.Value.EnumerateArray())
                    {
                        WriteItem(writer, item, copy == 0 ? null : renamed, copy);
                    }
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static void WriteItem(Utf8JsonWriter writer, JsonElement item, Dictionary<string, Func<string, int, string>>? renamed, int copy)
    {
        if (renamed is null)
        {
            item.WriteTo(writer);
            return;
        }

        writer.WriteStartObject();
        foreach (var property in item.EnumerateObject())
        {
            if (renamed.TryGetValue(property.Name, out var rename))
            {
                writer.WriteString(property.Name, rename(property.Value.GetString()!, copy));
            }
            else
            {
                property.WriteTo(writer);
            }
        }

        writer.WriteEndObject();
    }
}
