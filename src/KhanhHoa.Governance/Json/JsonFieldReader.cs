using System.Globalization;
using System.Text.Json;
using NodaTime.Text;
using OneOf;

namespace KhanhHoa.Governance.Json;

/// <summary>
/// Reads typed fields from <see cref="JsonSourceNode"/>s and collects every error (path, line, column) instead of
/// stopping at the first. Absent and JSON <c>null</c> are the same: a missing required property is an error, a
/// missing optional one is <see langword="null"/>.
/// </summary>
internal sealed class JsonFieldReader
{
    private JsonFieldReader()
    {
    }

    public List<InputError> Errors { get; } = [];

    /// <summary>The value built once no error was recorded, else every error (the value is built only from valid data).</summary>
    public InputResult<T> Result<T>(Func<T> create) => Errors.Count > 0 ? InputResult<T>.ForErrors(Errors) : InputResult<T>.ForValue(create());

    /// <summary>Parses a document that must be a JSON object; <paramref name="root"/> is null when it is not (the error is recorded).</summary>
    public static JsonFieldReader Open(ReadOnlySpan<byte> utf8, out JsonSourceNode? root)
    {
        var reader = new JsonFieldReader();
        (root, var syntax) = JsonSourceNode.Parse(utf8);
        if (syntax is not null)
        {
            reader.Errors.Add(syntax);
        }
        else if (root!.Kind != JsonValueKind.Object)
        {
            reader.Add(root, "the document must be a JSON object");
            root = null;
        }

        return reader;
    }

    /// <summary>A name-to-value table for <see cref="Enum{T}(JsonSourceNode, string, IReadOnlyDictionary{string, T}, bool)"/>.</summary>
    public static Dictionary<string, T> Names<T>(params (string Name, T Value)[] pairs) =>
        pairs.ToDictionary(static p => p.Name, static p => p.Value, StringComparer.Ordinal);

    public void Add(JsonSourceNode node, string message) => Errors.Add(node.Error(message));

    /// <summary>Records an error about a property: at the property when present, else at its object.</summary>
    public void Add(JsonSourceNode parent, string name, string message) => Errors.Add(parent.Error(name, message));

    public bool IsObject(JsonSourceNode node)
    {
        if (node.Kind == JsonValueKind.Object)
        {
            return true;
        }

        Add(node, "expected an object");
        return false;
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

    /// <summary>The items of an array that are objects; the others are reported.</summary>
    public IEnumerable<JsonSourceNode> Objects(JsonSourceNode parent, string name, bool required) =>
        Array(parent, name, required).Where(IsObject);

    // A required string must not be blank unless allowEmpty says an empty one means something (a correction read as nothing).
    public string? String(JsonSourceNode parent, string name, bool required, bool allowEmpty = false)
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

        if (required && !allowEmpty && string.IsNullOrWhiteSpace(node.StringValue))
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

    public int? Int(JsonSourceNode parent, string name, bool required) =>
        Scalar<int>(parent, name, required, "an integer", static node =>
            node.Kind == JsonValueKind.Number && int.TryParse(node.RawNumber, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : null);

    public long? Long(JsonSourceNode parent, string name, bool required) =>
        Scalar<long>(parent, name, required, "an integer", static node => AsLong(node));

    /// <summary>A node's value as a 64-bit integer, or <see langword="null"/> when it is not one.</summary>
    public static long? AsLong(JsonSourceNode node) =>
        node.Kind == JsonValueKind.Number && long.TryParse(node.RawNumber, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : null;

    public decimal? Decimal(JsonSourceNode parent, string name, bool required) =>
        Scalar<decimal>(parent, name, required, "a number", static node =>
            node.Kind == JsonValueKind.Number && decimal.TryParse(node.RawNumber, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null);

    public bool? Bool(JsonSourceNode parent, string name, bool required) =>
        Scalar(parent, name, required, "true or false", static bool? (node) => node.Kind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => null,
        });

    public LocalDate? Date(JsonSourceNode parent, string name, bool required = false)
    {
        var text = String(parent, name, required);
        if (text is null)
        {
            return null;
        }

        var result = LocalDatePattern.Iso.Parse(text);
        if (result.Success)
        {
            return result.Value;
        }

        Add(parent, name, $"'{name}' is not a date in the form yyyy-MM-dd: '{text}'");
        return null;
    }

    /// <summary>A string read with one of the library's parsers; <paramref name="what"/> names the expected form in the error.</summary>
    public T? Parsed<T>(JsonSourceNode parent, string name, Func<string, OneOf<T, ParseError>> parse, string what, bool required)
        where T : class
    {
        var text = String(parent, name, required);
        if (text is null)
        {
            return null;
        }

        if (parse(text).TryPickT0(out var value, out var error))
        {
            return value;
        }

        Add(parent, name, $"'{name}' is not {what}: {error}");
        return null;
    }

    /// <summary>An enum written with the member's name.</summary>
    public TEnum? Enum<TEnum>(JsonSourceNode parent, string name, bool required)
        where TEnum : struct, System.Enum =>
        Enum(parent, name, MemberNames<TEnum>.All, required);

    /// <summary>A value written with one of the names of <paramref name="names"/>.</summary>
    public T? Enum<T>(JsonSourceNode parent, string name, IReadOnlyDictionary<string, T> names, bool required)
        where T : struct
    {
        var text = String(parent, name, required);
        if (text is null)
        {
            return null;
        }

        if (names.TryGetValue(text, out var value))
        {
            return value;
        }

        Add(parent, name, $"'{name}' must be one of {string.Join(", ", names.Keys)}; got '{text}'");
        return null;
    }

    /// <summary>A number or boolean; <paramref name="convert"/> gives null when the node is not one, which is reported.</summary>
    private T? Scalar<T>(JsonSourceNode parent, string name, bool required, string expected, Func<JsonSourceNode, T?> convert)
        where T : struct
    {
        if (Present(parent, name, required) is not { } node)
        {
            return null;
        }

        if (convert(node) is { } value)
        {
            return value;
        }

        Add(node, $"'{name}' must be {expected}");
        return null;
    }

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
            Add(parent, name, $"missing required property '{name}'");
        }

        return null;
    }

    private static class MemberNames<TEnum>
        where TEnum : struct, System.Enum
    {
        public static readonly Dictionary<string, TEnum> All = System.Enum.GetNames<TEnum>().ToDictionary(static n => n, System.Enum.Parse<TEnum>, StringComparer.Ordinal);
    }
}
