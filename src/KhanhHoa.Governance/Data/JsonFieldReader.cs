using System.Globalization;
using System.Text.Json;
using NodaTime.Text;

namespace KhanhHoa.Governance.Data;

/// <summary>Reads typed fields from <see cref="JsonSourceNode"/>s and collects every error instead of stopping at the first.</summary>
internal sealed class JsonFieldReader
{
    public List<DataLoadError> Errors { get; } = [];

    public void Add(JsonSourceNode node, string message) => Errors.Add(node.Error(message));

    /// <summary>The property's node when present and not null; records "missing" when it is required and absent.</summary>
    private JsonSourceNode? Present(JsonSourceNode parent, string name, bool required)
    {
        var node = parent[name];
        if (node is not null && node.Kind != JsonValueKind.Null)
        {
            return node;
        }

        if (required)
        {
            Add(parent, $"missing required property '{name}'");
        }

        return null;
    }

    public JsonSourceNode? Object(JsonSourceNode parent, string name, bool required)
    {
        if (Present(parent, name, required) is not { } node)
        {
            return null;
        }

        if (node.Kind != JsonValueKind.Object)
        {
            Add(node, $"'{name}' must be an object");
            return null;
        }

        return node;
    }

    public IReadOnlyList<JsonSourceNode> Array(JsonSourceNode parent, string name, bool required)
    {
        if (Present(parent, name, required) is not { } node)
        {
            return [];
        }

        if (node.Kind != JsonValueKind.Array)
        {
            Add(node, $"'{name}' must be an array");
            return [];
        }

        return node.Items;
    }

    public string? String(JsonSourceNode parent, string name, bool required)
    {
        if (Present(parent, name, required) is not { } node)
        {
            return null;
        }

        if (node.Kind != JsonValueKind.String)
        {
            Add(node, $"'{name}' must be a string");
            return null;
        }

        if (required && string.IsNullOrWhiteSpace(node.StringValue))
        {
            Add(node, $"'{name}' must not be empty");
            return null;
        }

        return node.StringValue;
    }

    public IReadOnlyList<string> Strings(JsonSourceNode parent, string name)
    {
        var list = new List<string>();
        foreach (var item in Array(parent, name, required: false))
        {
            if (item.Kind == JsonValueKind.String)
            {
                list.Add(item.StringValue!);
            }
            else
            {
                Add(item, $"items of '{name}' must be strings");
            }
        }

        return list;
    }

    public int? Int(JsonSourceNode parent, string name, bool required)
    {
        if (Present(parent, name, required) is not { } node)
        {
            return null;
        }

        if (node.Kind == JsonValueKind.Number && int.TryParse(node.RawNumber, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Add(node, $"'{name}' must be an integer");
        return null;
    }

    public LocalDate? Date(JsonSourceNode parent, string name)
    {
        var text = String(parent, name, required: false);
        if (text is null)
        {
            return null;
        }

        var result = LocalDatePattern.Iso.Parse(text);
        if (result.Success)
        {
            return result.Value;
        }

        Add(parent[name]!, $"'{name}' is not a date in the form yyyy-MM-dd: '{text}'");
        return null;
    }

    public TEnum? Enum<TEnum>(JsonSourceNode parent, string name, bool required)
        where TEnum : struct, System.Enum
    {
        var text = String(parent, name, required);
        if (text is null)
        {
            return null;
        }

        if (System.Enum.TryParse<TEnum>(text, ignoreCase: false, out var value) && System.Enum.IsDefined(value) && !char.IsAsciiDigit(text[0]))
        {
            return value;
        }

        Add(parent[name]!, $"'{name}' must be one of {string.Join(", ", System.Enum.GetNames<TEnum>())}; got '{text}'");
        return null;
    }

    public void SchemaVersion(JsonSourceNode root)
    {
        if (root.Kind != JsonValueKind.Object)
        {
            Add(root, "the document must be a JSON object");
            return;
        }

        if (Int(root, "schemaVersion", required: true) is { } version && version != GovernanceDataLoader.SchemaVersion)
        {
            Add(root["schemaVersion"]!, $"unsupported schemaVersion {version}; this library reads version {GovernanceDataLoader.SchemaVersion}");
        }
    }
}
