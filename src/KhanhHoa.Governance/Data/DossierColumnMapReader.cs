using System.Text;
using KhanhHoa.Governance.Json;
using KhanhHoa.Governance.Rollup;

namespace KhanhHoa.Governance.Data;

// Reads a column map (khanhhoa-governance/dossier-column-map/1): each contract column's headers, value words and
// default, and the export's date formats. Every word and default is checked against the contract's own parsers.
internal static class DossierColumnMapReader
{
    // The columns whose values are fixed words, with the contract's words.
    private static readonly Dictionary<string, string[]> Words = new(StringComparer.Ordinal)
    {
        ["service_level"] = ["full", "partial", "none"],
        ["channel"] = ["online", "direct", "postal"],
        ["digitized"] = ["0", "1"],
        ["e_result"] = ["0", "1"],
        ["reused_data"] = ["0", "1"],
        ["id_linked"] = ["0", "1"],
        ["fee_required"] = ["0", "1"],
        ["paid_online"] = ["0", "1"],
    };

    // A dossier cannot be counted without these, so an export must have them.
    private static readonly HashSet<string> Required = ["dossier_id", "unit_code", "procedure_code", "received_at", "due_date"];

    public static InputResult<DossierColumnMap> Read(ReadOnlySpan<byte> utf8Json)
    {
        var reader = JsonFieldReader.Open(utf8Json, out var root);
        if (root is null)
        {
            return InputResult<DossierColumnMap>.ForErrors(reader.Errors);
        }

        if (reader.String(root, "schema", required: true) is { } schema && schema != GovernanceDataLoader.DossierColumnMapSchema)
        {
            reader.Add(root, "schema", $"expected \"{GovernanceDataLoader.DossierColumnMapSchema}\"");
        }

        var name = reader.String(root, "name", required: true);
        var headers = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var values = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        var defaults = new Dictionary<string, string>(StringComparer.Ordinal);
        var headerOwners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var node in reader.Objects(root, "columns", required: true))
        {
            if (reader.String(node, "column", required: true) is not { } column)
            {
                continue;
            }

            if (Array.IndexOf(DossierColumns.Names, column) < 0)
            {
                reader.Add(node, "column", $"'{column}' is not a column of the dossier contract ({string.Join(", ", DossierColumns.Names)})");
                continue;
            }

            if (!headers.TryAdd(column, ReadHeaders(reader, node, column, headerOwners)))
            {
                reader.Add(node, "column", $"column '{column}' is mapped twice");
                continue;
            }

            if (ReadValues(reader, node, column) is { } table)
            {
                values[column] = table;
            }

            if (reader.String(node, "default", required: false) is { } constant)
            {
                if (Required.Contains(column))
                {
                    reader.Add(node, "default", $"'{column}' cannot have a default: every dossier must give it");
                }
                else if (CheckDefault(column, constant) is { } problem)
                {
                    reader.Add(node, "default", problem);
                }
                else
                {
                    defaults[column] = constant;
                }
            }
        }

        var formats = reader.Strings(root, "dateFormats");
        for (var i = 0; i < formats.Count; i++)
        {
            if (DatePattern.Compile(formats[i]) is null)
            {
                reader.Add(root["dateFormats"]!.Items[i], $"'{formats[i]}' is not a date format: use dd or d, MM or M, yyyy, and optionally HH or H with mm (and ss), with the separators the export writes");
            }
        }

        return reader.Result(() => new DossierColumnMap(name!, headers, values, defaults, formats));
    }

    private static List<string> ReadHeaders(JsonFieldReader reader, JsonSourceNode node, string column, Dictionary<string, string> owners)
    {
        var headers = reader.Strings(node, "headers").ToList();
        foreach (var header in headers)
        {
            var folded = DossierColumnBinding.Folded(header);
            if (folded.Length == 0)
            {
                reader.Add(node, "headers", "a header must not be empty");
            }
            else if (!owners.TryAdd(folded, column) && owners[folded] != column)
            {
                reader.Add(node, "headers", $"header '{header}' already names column '{owners[folded]}'");
            }
        }

        return headers;
    }

    private static Dictionary<string, string>? ReadValues(JsonFieldReader reader, JsonSourceNode node, string column)
    {
        if (node["values"] is null)
        {
            return null;
        }

        if (!Words.TryGetValue(column, out var contractWords))
        {
            reader.Add(node, "values", $"'{column}' has no fixed words to map (only {string.Join(", ", Words.Keys)} have)");
            return null;
        }

        var table = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in reader.Objects(node, "values", required: false))
        {
            var word = reader.String(item, "word", required: false);
            var means = reader.String(item, "means", required: true);
            if (word is null || means is null)
            {
                if (word is null && item["word"] is null)
                {
                    reader.Add(item, "word", "'word' is required (an empty string maps an empty cell)");
                }

                continue;
            }

            if (Array.IndexOf(contractWords, means) < 0)
            {
                reader.Add(item, "means", $"'{means}' is not a value of '{column}' ({string.Join(", ", contractWords)})");
            }
            else if (!table.TryAdd(word, means))
            {
                reader.Add(item, "word", $"'{word}' is mapped twice");
            }
        }

        return table;
    }

    // A default must read as the column's own contract value would.
    private static string? CheckDefault(string column, string constant)
    {
        var bytes = Encoding.UTF8.GetBytes(constant);
        return column switch
        {
            "finished_at" => bytes.Length == 0 ? null : DossierFieldParser.ParseDateTime(bytes, out _, out _),
            "supplement_requests" => DossierFieldParser.ParseCount(bytes, out _),
            "service_level" => DossierFieldParser.ParseServiceLevel(bytes, out _),
            "channel" => DossierFieldParser.ParseChannel(bytes, out _),
            _ => DossierFieldParser.ParseFlag(bytes, out _),
        };
    }
}
