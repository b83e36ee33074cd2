using System.Globalization;
using System.Text;
using System.Text.Json;

namespace KhanhHoa.Governance.Indicators;

// A small JSON tree that remembers where each value starts, so loaders can report line and column with the path.
// Built on Utf8JsonReader: no reflection, trimming- and AOT-safe.
internal sealed class JsonTree
{
    private JsonTree(JsonTokenType kind, string? text, int line, int column)
    {
        Kind = kind;
        Text = text;
        Line = line;
        Column = column;
    }

    public JsonTokenType Kind { get; }

    public string? Text { get; }

    public int Line { get; }

    public int Column { get; }

    public List<KeyValuePair<string, JsonTree>> Properties { get; } = [];

    public List<JsonTree> Items { get; } = [];

    public JsonTree? this[string name] => Properties.FirstOrDefault(p => p.Key == name).Value;

    public static JsonTree? Parse(ReadOnlySpan<byte> utf8, List<CatalogLoadError> errors)
    {
        var lineStarts = new List<int> { 0 };
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                lineStarts.Add(i + 1);
            }
        }

        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = false });
        try
        {
            if (!reader.Read())
            {
                errors.Add(new CatalogLoadError("$", 1, 1, "the document is empty"));
                return null;
            }

            var root = ReadValue(ref reader, utf8, lineStarts);
            if (reader.Read())
            {
                var (line, column) = Position(utf8, lineStarts, (int)reader.TokenStartIndex);
                errors.Add(new CatalogLoadError("$", line, column, "unexpected content after the root value"));
                return null;
            }

            return root;
        }
        catch (JsonException exception)
        {
            var line = (int)(exception.LineNumber ?? 0) + 1;
            var column = (int)(exception.BytePositionInLine ?? 0) + 1;
            errors.Add(new CatalogLoadError(exception.Path ?? "$", line, column, "invalid JSON: " + FirstSentence(exception.Message)));
            return null;
        }
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(" Path:", StringComparison.Ordinal);
        return end > 0 ? message[..end] : message;
    }

    private static JsonTree ReadValue(ref Utf8JsonReader reader, ReadOnlySpan<byte> utf8, List<int> lineStarts)
    {
        var (line, column) = Position(utf8, lineStarts, (int)reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var obj = new JsonTree(JsonTokenType.StartObject, null, line, column);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var name = reader.GetString()!;
                    reader.Read();
                    obj.Properties.Add(new(name, ReadValue(ref reader, utf8, lineStarts)));
                }

                return obj;
            case JsonTokenType.StartArray:
                var array = new JsonTree(JsonTokenType.StartArray, null, line, column);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    array.Items.Add(ReadValue(ref reader, utf8, lineStarts));
                }

                return array;
            case JsonTokenType.String:
                return new JsonTree(JsonTokenType.String, reader.GetString()!.Normalize(NormalizationForm.FormC), line, column);
            case JsonTokenType.Number:
                return new JsonTree(JsonTokenType.Number, Encoding.UTF8.GetString(reader.ValueSpan), line, column);
            default:
                return new JsonTree(reader.TokenType, null, line, column);
        }
    }

    private static (int Line, int Column) Position(ReadOnlySpan<byte> utf8, List<int> lineStarts, int offset)
    {
        var index = lineStarts.BinarySearch(offset);
        var line = index >= 0 ? index : ~index - 1;
        var column = Encoding.UTF8.GetCharCount(utf8[lineStarts[line]..offset]) + 1;
        return (line + 1, column);
    }

    public bool TryGetDecimal(out decimal value) =>
        decimal.TryParse(Text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && Kind == JsonTokenType.Number;
}

// Reads typed values out of a JsonTree, collecting every problem with its path instead of stopping at the first.
internal sealed class JsonFieldReader(List<CatalogLoadError> errors)
{
    public List<CatalogLoadError> Errors { get; } = errors;

    public void Error(JsonTree at, string path, string message) => Errors.Add(new CatalogLoadError(path, at.Line, at.Column, message));

    public IReadOnlyList<(JsonTree Node, string Path)> Array(JsonTree parent, string parentPath, string name, bool required = true)
    {
        var node = parent[name];
        var path = parentPath + "." + name;
        if (node is null)
        {
            if (required)
            {
                Error(parent, path, "required array is missing");
            }

            return [];
        }

        if (node.Kind != JsonTokenType.StartArray)
        {
            Error(node, path, "expected an array");
            return [];
        }

        return [.. node.Items.Select((item, i) => (item, string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]")))];
    }

    // The array's elements that are objects; the others are reported.
    public IEnumerable<(JsonTree Node, string Path)> Objects(JsonTree parent, string parentPath, string name, bool required = true) =>
        Array(parent, parentPath, name, required).Where(item => IsObject(item.Node, item.Path));

    // The named value, or null when absent or JSON null (reported when required).
    private JsonTree? Present(JsonTree parent, string parentPath, string name, bool required, string what)
    {
        var node = parent[name];
        if (node is not null && node.Kind != JsonTokenType.Null)
        {
            return node;
        }

        if (required)
        {
            Error(parent, parentPath + "." + name, $"required {what} is missing");
        }

        return null;
    }

    public bool IsObject(JsonTree node, string path)
    {
        if (node.Kind == JsonTokenType.StartObject)
        {
            return true;
        }

        Error(node, path, "expected an object");
        return false;
    }

    public string? String(JsonTree parent, string parentPath, string name, bool required = true)
    {
        var node = Present(parent, parentPath, name, required, "string");
        if (node is null)
        {
            return null;
        }

        if (node.Kind != JsonTokenType.String || (required && string.IsNullOrWhiteSpace(node.Text)))
        {
            Error(node, parentPath + "." + name, "expected a non-empty string");
            return null;
        }

        return node.Text;
    }

    public decimal? Decimal(JsonTree parent, string parentPath, string name, bool required = true)
    {
        var node = Present(parent, parentPath, name, required, "number");
        if (node is null)
        {
            return null;
        }

        if (!node.TryGetDecimal(out var value))
        {
            Error(node, parentPath + "." + name, "expected a number");
            return null;
        }

        return value;
    }

    public T? Enum<T>(JsonTree parent, string parentPath, string name, IReadOnlyDictionary<string, T> names, bool required = true)
        where T : struct
    {
        var text = String(parent, parentPath, name, required);
        if (text is null)
        {
            return null;
        }

        if (names.TryGetValue(text, out var value))
        {
            return value;
        }

        Error(parent[name]!, parentPath + "." + name, $"unknown value \"{text}\"; expected one of: {string.Join(", ", names.Keys)}");
        return null;
    }

    public MeasureExpression? Expression(JsonTree parent, string parentPath, string name, bool required = true)
    {
        var text = String(parent, parentPath, name, required);
        if (text is null)
        {
            return null;
        }

        var parsed = MeasureExpression.Parse(text);
        if (parsed.IsT1)
        {
            Error(parent[name]!, parentPath + "." + name, parsed.AsT1.ToString());
            return null;
        }

        return parsed.AsT0;
    }

    public LocalDate? Date(JsonTree parent, string parentPath, string name)
    {
        var text = String(parent, parentPath, name, required: false);
        if (text is null)
        {
            return null;
        }

        var parsed = NodaTime.Text.LocalDatePattern.Iso.Parse(text);
        if (!parsed.Success)
        {
            Error(parent[name]!, parentPath + "." + name, $"expected an ISO date (yyyy-MM-dd), got \"{text}\"");
            return null;
        }

        return parsed.Value;
    }

    public static Dictionary<string, T> Names<T>(params (string Name, T Value)[] pairs) => pairs.ToDictionary(static p => p.Name, static p => p.Value, StringComparer.Ordinal);
}
