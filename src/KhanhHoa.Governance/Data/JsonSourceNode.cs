using System.Text;
using System.Text.Json;

namespace KhanhHoa.Governance.Data;

/// <summary>
/// A JSON value with its path, line and column, so loaders can report every semantic error of a file with its
/// place (System.Text.Json's DOM does not keep positions). Built with <see cref="Utf8JsonReader"/>: no reflection.
/// </summary>
internal sealed class JsonSourceNode
{
    private JsonSourceNode(JsonValueKind kind, string path, int line, int column)
    {
        Kind = kind;
        Path = path;
        Line = line;
        Column = column;
    }

    public JsonValueKind Kind { get; }

    public string Path { get; }

    public int Line { get; }

    public int Column { get; }

    public string? StringValue { get; private set; }

    public string? RawNumber { get; private set; }

    public List<KeyValuePair<string, JsonSourceNode>> Properties { get; } = [];

    public List<JsonSourceNode> Items { get; } = [];

    public JsonSourceNode? this[string name] => Properties.FirstOrDefault(p => p.Key == name).Value;

    public DataLoadError Error(string message) => new(Path, Line, Column, message);

    /// <summary>Parses a whole document; a syntax error gives the one error the reader can locate.</summary>
    public static (JsonSourceNode? Root, DataLoadError? Error) Parse(ReadOnlySpan<byte> utf8)
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
                return (null, new DataLoadError("$", 1, 1, "the file is empty"));
            }

            var root = ReadValue(ref reader, "$", lineStarts, utf8);
            return reader.Read()
                ? (null, new DataLoadError("$", 0, 0, "unexpected data after the end of the document"))
                : (root, null);
        }
        catch (JsonException e)
        {
            return (null, new DataLoadError(e.Path ?? "$", (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1, "malformed JSON: " + e.Message));
        }
    }

    private static JsonSourceNode ReadValue(ref Utf8JsonReader reader, string path, List<int> lineStarts, ReadOnlySpan<byte> utf8)
    {
        var offset = (int)reader.TokenStartIndex;
        var lineIndex = lineStarts.BinarySearch(offset);
        if (lineIndex < 0)
        {
            lineIndex = ~lineIndex - 1;
        }

        var column = Encoding.UTF8.GetCharCount(utf8[lineStarts[lineIndex]..offset]) + 1;
        var kind = reader.TokenType switch
        {
            JsonTokenType.StartObject => JsonValueKind.Object,
            JsonTokenType.StartArray => JsonValueKind.Array,
            JsonTokenType.String => JsonValueKind.String,
            JsonTokenType.Number => JsonValueKind.Number,
            JsonTokenType.True => JsonValueKind.True,
            JsonTokenType.False => JsonValueKind.False,
            _ => JsonValueKind.Null,
        };
        var node = new JsonSourceNode(kind, path, lineIndex + 1, column);
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                node.StringValue = reader.GetString();
                break;
            case JsonTokenType.Number:
                node.RawNumber = Encoding.UTF8.GetString(reader.ValueSpan);
                break;
            case JsonTokenType.StartObject:
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var name = reader.GetString()!;
                    reader.Read();
                    node.Properties.Add(new(name, ReadValue(ref reader, path + "." + name, lineStarts, utf8)));
                }

                break;
            case JsonTokenType.StartArray:
                var index = 0;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    node.Items.Add(ReadValue(ref reader, $"{path}[{index++}]", lineStarts, utf8));
                }

                break;
        }

        return node;
    }
}
