using System.Globalization;
using System.Text;
using System.Text.Json;
using KhanhHoa.Governance.Primitives;

namespace KhanhHoa.Governance.Json;

/// <summary>
/// A JSON value with its path, line and column, so loaders can report every semantic error of a file with its
/// place (System.Text.Json's DOM does not keep positions). Built with <see cref="Utf8JsonReader"/>: no reflection,
/// trimming- and AOT-safe. Strings are normalised to NFC so that Vietnamese text typed in either Unicode form compares equal.
/// Reading is linear in the size of the file: positions are counted incrementally and paths are built only for errors.
/// </summary>
internal sealed class JsonSourceNode
{
    private readonly Place place;
    private List<KeyValuePair<string, JsonSourceNode>>? properties;
    private List<JsonSourceNode>? items;

    private JsonSourceNode(JsonValueKind kind, Place place, int line, int column)
    {
        Kind = kind;
        this.place = place;
        Line = line;
        Column = column;
    }

    public JsonValueKind Kind { get; }

    /// <summary>The JSON path, e.g. <c>$.figures[3].id</c>; built on demand, as only errors need it.</summary>
    public string Path => place.Path;

    public int Line { get; }

    public int Column { get; }

    public string? StringValue { get; private set; }

    public string? RawNumber { get; private set; }

    public IReadOnlyList<JsonSourceNode> Items => items ?? [];

    /// <summary>An object's properties in document order.</summary>
    public IReadOnlyList<KeyValuePair<string, JsonSourceNode>> Properties => properties ?? [];

    /// <summary>The first property named <paramref name="name"/>; loaders ask for a few names per object, so a scan is enough.</summary>
    public JsonSourceNode? this[string name]
    {
        get
        {
            if (properties is null)
            {
                return null;
            }

            foreach (var (key, value) in properties)
            {
                if (key == name)
                {
                    return value;
                }
            }

            return null;
        }
    }

    public InputError Error(string message) => At(Path, Line, Column, message);

    /// <summary>The error for a property of this object, at the property when present, else at this object.</summary>
    public InputError Error(string name, string message) =>
        this[name] is { } child ? child.Error(message) : At(Path + "." + name, Line, Column, message);

    private static InputError At(string path, int line, int column, string message) => new(line, column, message) { JsonPath = path };

    /// <summary>
    /// Parses a whole document (a leading UTF-8 byte order mark is skipped); a file that is not UTF-8 or a syntax
    /// error gives the one error that can be located.
    /// </summary>
    public static (JsonSourceNode? Root, InputError? Error) Parse(ReadOnlySpan<byte> utf8)
    {
        if (utf8.StartsWith("\uFEFF"u8))
        {
            utf8 = utf8[3..];
        }

        var lines = new LineMap(utf8);
        if (EncodingError(utf8, ref lines) is { } encodingError)
        {
            return (null, encodingError);
        }

        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = false });

        // Where the reader is, so a syntax error names the path, as the reader itself does not.
        var at = new Place(null, null, 0);
        try
        {
            if (!reader.Read())
            {
                return (null, At("$", 1, 1, "the document is empty"));
            }

            var root = ReadValue(ref reader, at, ref lines, ref at);
            at = new Place(null, null, 0);

            // The reader throws on anything but whitespace and comments after the root value.
            reader.Read();
            return (root, null);
        }
        catch (RepeatedKeyException e)
        {
            // A key given twice would leave the reader to pick one of its values silently.
            var (line, column) = lines.Position(e.Offset);
            return (null, At(at.Path, line, column, $"malformed JSON: the key \"{e.Name}\" is given twice"));
        }
        catch (JsonException e)
        {
            var (line, column) = lines.At((int)(e.LineNumber ?? 0), (int)(e.BytePositionInLine ?? 0));
            return (null, At(at.Path, line, column, "malformed JSON: " + FirstSentence(e.Message)));
        }
        catch (InvalidOperationException e) when (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName)
        {
            // GetString refuses an escaped lone surrogate ("\uD800") with this exception rather than a JsonException.
            var (line, column) = lines.Position((int)reader.TokenStartIndex);
            return (null, At(at.Path, line, column, "malformed JSON: " + e.Message));
        }
    }

    private static InputError? EncodingError(ReadOnlySpan<byte> utf8, ref LineMap lines)
    {
        if (Utf8Text.Utf16Problem(utf8) is { } utf16)
        {
            return At("$", 1, 1, utf16);
        }

        var bad = Utf8Text.IndexOfInvalid(utf8);
        if (bad < 0)
        {
            return null;
        }

        var (line, column) = lines.Position(bad);
        return At("$", line, column, Utf8Text.Describe(utf8[bad]));
    }

    // Objects of a handful of keys are scanned; a set takes over for wide ones, so a hostile file stays linear.
    private static bool IsRepeated(List<KeyValuePair<string, JsonSourceNode>> properties, string name, ref HashSet<string>? names)
    {
        if (names is null && properties.Count < 16)
        {
            foreach (var (key, _) in properties)
            {
                if (key == name)
                {
                    return true;
                }
            }

            return false;
        }

        names ??= [.. properties.Select(static property => property.Key)];
        return !names.Add(name);
    }

    // The reader's message repeats the position we report separately.
    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return end > 0 ? message[..end] : message;
    }

    private static JsonSourceNode ReadValue(ref Utf8JsonReader reader, Place place, ref LineMap lines, ref Place at)
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
        var node = new JsonSourceNode(kind, place, line, column);
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                node.StringValue = reader.GetString()!.Normalize(NormalizationForm.FormC);
                break;
            case JsonTokenType.Number:
                node.RawNumber = Encoding.UTF8.GetString(reader.ValueSpan);
                break;
            case JsonTokenType.StartObject:
                node.properties = [];
                HashSet<string>? names = null;
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var name = reader.GetString()!;
                    at = new Place(node, name, 0);
                    if (IsRepeated(node.properties, name, ref names))
                    {
                        throw new RepeatedKeyException(name, (int)reader.TokenStartIndex);
                    }

                    reader.Read();
                    node.properties.Add(new(name, ReadValue(ref reader, at, ref lines, ref at)));
                }

                break;
            case JsonTokenType.StartArray:
                node.items = [];
                for (var index = 0; ; index++)
                {
                    at = new Place(node, null, index);
                    if (!reader.Read() || reader.TokenType == JsonTokenType.EndArray)
                    {
                        break;
                    }

                    node.items.Add(ReadValue(ref reader, at, ref lines, ref at));
                }

                break;
        }

        return node;
    }

    // Where a value is: its container and its property name, or its index when the container is an array.
    private readonly record struct Place(JsonSourceNode? Container, string? Name, int Index)
    {
        public string Path => Container is null ? "$"
            : Name is not null ? Container.Path + "." + Name
            : string.Create(CultureInfo.InvariantCulture, $"{Container.Path}[{Index}]");
    }

    // Turns byte offsets into one-based lines and one-based columns counted in characters, as editors show them.
    // Values come in increasing offsets, so each call counts only the bytes since the previous one: counting from the
    // line's start every time was quadratic on a minified (one-line) file.
    private ref struct LineMap(ReadOnlySpan<byte> utf8)
    {
        private readonly ReadOnlySpan<byte> utf8 = utf8;
        private int offset;
        private int line = 1;
        private int column = 1;

        public (int Line, int Column) Position(int target)
        {
            target = Math.Min(target, utf8.Length);
            if (target < offset)
            {
                // Only an error can point behind the last value; counting again from the start happens once.
                (offset, line, column) = (0, 1, 1);
            }

            var span = utf8[offset..target];
            var lastBreak = span.LastIndexOf((byte)'\n');
            if (lastBreak >= 0)
            {
                line += span.Count((byte)'\n');
                column = 1;
                span = span[(lastBreak + 1)..];
            }

            // Offsets fall on ASCII tokens, so no character is split between two counts.
            column += Encoding.UTF8.GetCharCount(span);
            offset = target;
            return (line, column);
        }

        /// <summary>The position of the reader's zero-based line and byte in that line (as <see cref="JsonException"/> gives them).</summary>
        public (int Line, int Column) At(int zeroBasedLine, int bytesIntoLine)
        {
            var start = 0;
            for (var l = 0; l < zeroBasedLine; l++)
            {
                var next = utf8[start..].IndexOf((byte)'\n');
                if (next < 0)
                {
                    return (zeroBasedLine + 1, bytesIntoLine + 1);
                }

                start += next + 1;
            }

            return Position(start + bytesIntoLine);
        }
    }
}

/// <summary>A key given twice in one object, with the byte offset of its second occurrence.</summary>
internal sealed class RepeatedKeyException(string name, int offset) : Exception($"the key '{name}' is given twice")
{
    public string Name { get; } = name;

    public int Offset { get; } = offset;
}
