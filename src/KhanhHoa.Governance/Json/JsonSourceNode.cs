using System.Globalization;
using System.Text;
using System.Text.Json;

namespace KhanhHoa.Governance.Json;

/// <summary>
/// A JSON value with its path, line and column, so loaders can report every semantic error of a file with its
/// place (System.Text.Json's DOM does not keep positions). Built with <see cref="Utf8JsonReader"/>: no reflection,
/// trimming- and AOT-safe. Strings are normalised to NFC so that Vietnamese text typed in either Unicode form compares equal.
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

    /// <summary>The error for a property of this object, at the property when present, else at this object.</summary>
    public DataLoadError Error(string name, string message) =>
        this[name] is { } child ? child.Error(message) : new DataLoadError(Path + "." + name, Line, Column, message);

    /// <summary>Parses a whole document (a leading byte order mark is skipped); a syntax error gives the one error the reader can locate.</summary>
    public static (JsonSourceNode? Root, DataLoadError? Error) Parse(ReadOnlySpan<byte> utf8)
    {
        if (utf8.StartsWith("\uFEFF"u8))
        {
            utf8 = utf8[3..];
        }

        var lines = new LineMap(utf8);
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = false });

        // The path of the value being read, so a syntax error names where it is, as the reader itself does not.
        var at = "$";
        try
        {
            if (!reader.Read())
            {
                return (null, new DataLoadError("$", 1, 1, "the document is empty"));
            }

            var root = ReadValue(ref reader, "$", lines, ref at);
            at = "$";

            // The reader throws on anything but whitespace and comments after the root value.
            reader.Read();
            return (root, null);
        }
        catch (JsonException e)
        {
            var line = (int)(e.LineNumber ?? 0);
            var column = lines.Column(line, (int)(e.BytePositionInLine ?? 0));
            return (null, new DataLoadError(at, line + 1, column, "malformed JSON: " + FirstSentence(e.Message)));
        }
    }

    // The reader's message repeats the position we report separately.
    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return end > 0 ? message[..end] : message;
    }

    private static JsonSourceNode ReadValue(ref Utf8JsonReader reader, string path, LineMap lines, ref string at)
    {
        var (line, column) = lines.Position((int)reader.TokenStartIndex);
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
        var node = new JsonSourceNode(kind, path, line, column);
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                node.StringValue = reader.GetString()!.Normalize(NormalizationForm.FormC);
                break;
            case JsonTokenType.Number:
                node.RawNumber = Encoding.UTF8.GetString(reader.ValueSpan);
                break;
            case JsonTokenType.StartObject:
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var name = reader.GetString()!;
                    var propertyPath = path + "." + name;
                    at = propertyPath;
                    reader.Read();
                    node.Properties.Add(new(name, ReadValue(ref reader, propertyPath, lines, ref at)));
                }

                break;
            case JsonTokenType.StartArray:
                for (var index = 0; ; index++)
                {
                    var itemPath = string.Create(CultureInfo.InvariantCulture, $"{path}[{index}]");
                    at = itemPath;
                    if (!reader.Read() || reader.TokenType == JsonTokenType.EndArray)
                    {
                        break;
                    }

                    node.Items.Add(ReadValue(ref reader, itemPath, lines, ref at));
                }

                break;
        }

        return node;
    }

    // Turns byte offsets into one-based lines and one-based columns counted in characters, as editors show them.
    private readonly ref struct LineMap
    {
        private readonly ReadOnlySpan<byte> utf8;
        private readonly List<int> lineStarts;

        public LineMap(ReadOnlySpan<byte> utf8)
        {
            this.utf8 = utf8;
            lineStarts = [0];
            for (var i = 0; i < utf8.Length; i++)
            {
                if (utf8[i] == (byte)'\n')
                {
                    lineStarts.Add(i + 1);
                }
            }
        }

        public (int Line, int Column) Position(int offset)
        {
            var index = lineStarts.BinarySearch(offset);
            var line = index >= 0 ? index : ~index - 1;
            return (line + 1, Column(line, offset - lineStarts[line]));
        }

        public int Column(int zeroBasedLine, int bytesIntoLine)
        {
            if (zeroBasedLine >= lineStarts.Count)
            {
                return bytesIntoLine + 1;
            }

            var start = lineStarts[zeroBasedLine];
            return Encoding.UTF8.GetCharCount(utf8[start..Math.Min(start + bytesIntoLine, utf8.Length)]) + 1;
        }
    }
}
