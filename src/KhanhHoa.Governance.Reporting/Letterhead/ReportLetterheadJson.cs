using System.Globalization;
using KhanhHoa.Governance.Primitives;
using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace KhanhHoa.Governance.Reporting;

// Reads khanhhoa-governance/report-letterhead/1 with JsonDocument: every problem found in one pass, located by its
// JSON path (and, for malformed JSON, by line and column), and nothing returned when there is one.
internal sealed partial class ReportLetterheadJson
{
    private const int MaxBytes = 1 << 20;
    private readonly List<InputError> errors = [];
    private readonly string? source;

    private ReportLetterheadJson(string? source) => this.source = source;

    public static InputResult<ReportLetterhead> Read(ReadOnlySpan<byte> utf8Json, string? source)
    {
        var reader = new ReportLetterheadJson(source);
        if (utf8Json.Length > MaxBytes)
        {
            reader.Add("$", string.Create(CultureInfo.InvariantCulture, $"the file has {utf8Json.Length:N0} bytes; a letterhead has at most {MaxBytes:N0}"));
            return InputResult<ReportLetterhead>.ForErrors(reader.errors);
        }

        // JsonDocument checks the structure, not the bytes inside strings: invalid UTF-8 would throw on reading a value.
        if (FirstInvalidUtf8(utf8Json) is { } bad)
        {
            var (line, column) = Locate(utf8Json, bad);
            reader.errors.Add(new InputError(line, column, "the file is not UTF-8 text (save it as UTF-8)") { Source = source, JsonPath = "$" });
            return InputResult<ReportLetterhead>.ForErrors(reader.errors);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8Json.ToArray(), new JsonDocumentOptions { MaxDepth = 16, AllowDuplicateProperties = false });
        }
        catch (JsonException e) when (e.LineNumber is null && DuplicateKey().Match(e.Message) is { Success: true } duplicate)
        {
            // .NET reports a key given twice without its place; the second occurrence is the one to name.
            var key = duplicate.Groups[1].Value;
            var (line, column) = Locate(utf8Json, LastKey(utf8Json, key));
            reader.errors.Add(new InputError(line, column, $"malformed JSON: the key \"{key}\" is given twice") { Source = source, JsonPath = "$" });
            return InputResult<ReportLetterhead>.ForErrors(reader.errors);
        }
        catch (JsonException e)
        {
            var line = (int)Math.Min(int.MaxValue, (e.LineNumber ?? 0) + 1);
            var column = (int)Math.Min(int.MaxValue, (e.BytePositionInLine ?? 0) + 1);
            reader.errors.Add(new InputError(line, column, "malformed JSON: " + FirstSentence(e.Message)) { Source = source, JsonPath = e.Path ?? "$" });
            return InputResult<ReportLetterhead>.ForErrors(reader.errors);
        }

        using (document)
        {
            var letterhead = reader.Letterhead(document.RootElement);
            return reader.errors.Count > 0 || letterhead is null
                ? InputResult<ReportLetterhead>.ForErrors(reader.errors)
                : InputResult<ReportLetterhead>.ForValue(letterhead);
        }
    }

    private ReportLetterhead? Letterhead(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            Add("$", "expected an object");
            return null;
        }

        if (String(root, "$", "format", required: true) is { } format && format != ReportLetterhead.Format)
        {
            Add("$.format", $"expected \"{ReportLetterhead.Format}\", got \"{format}\"");
        }

        var subject = String(root, "$", "subject", required: true);
        if (subject is not null && !subject.Contains(ReportLetterhead.PeriodPlaceholder, StringComparison.Ordinal))
        {
            Add("$.subject", $"the subject names no period: put {ReportLetterhead.PeriodPlaceholder} where \"tháng 9/2025\" goes");
        }

        var letterhead = new ReportLetterhead
        {
            ParentBody = String(root, "$", "parentBody", required: false) ?? string.Empty,
            IssuingBody = String(root, "$", "issuingBody", required: true) ?? string.Empty,
            IssuerName = String(root, "$", "issuerName", required: false),
            Symbol = String(root, "$", "symbol", required: true) ?? string.Empty,
            Place = String(root, "$", "place", required: true) ?? string.Empty,
            Title = String(root, "$", "title", required: false) ?? "BÁO CÁO",
            Subject = subject ?? string.Empty,
            Addressees = [.. Items(root, "$", "addressees").Select(item => Text(item.Element, item.Path))],
            Recipients = [.. Items(root, "$", "recipients").Select(item => Recipient(item.Element, item.Path))],
            Closing = String(root, "$", "closing", required: false) ?? string.Empty,
            Signers = Signers(root),
        };
        return letterhead;
    }

    private List<ReportSigner> Signers(JsonElement root)
    {
        var signers = new List<ReportSigner>();
        foreach (var (element, path) in Items(root, "$", "signers"))
        {
            if (element.ValueKind != JsonValueKind.Object)
            {
                Add(path, "expected an object");
                continue;
            }

            var from = Month(element, path, "from");
            var to = Month(element, path, "to");
            var signature = new SignatureBlock(
                String(element, path, "authority", required: false) ?? string.Empty,
                String(element, path, "position", required: true) ?? string.Empty,
                String(element, path, "secondaryTitle", required: false) ?? string.Empty,
                String(element, path, "name", required: true) ?? string.Empty);
            if (from is null || to is null)
            {
                continue;
            }

            if (to.Value.CompareTo(from.Value) < 0)
            {
                Add(path + ".to", $"ends ({To(to.Value)}) before it starts ({To(from.Value)})");
                continue;
            }

            if (signers.FirstOrDefault(s => s.From.CompareTo(to.Value) <= 0 && from.Value.CompareTo(s.To) <= 0) is { } other)
            {
                Add(path, $"its months {To(from.Value)}–{To(to.Value)} overlap {To(other.From)}–{To(other.To)}: one report has one signer");
                continue;
            }

            signers.Add(new ReportSigner(from.Value, to.Value, signature));
        }

        return signers;
    }

    private Recipient Recipient(JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            Add(path, "expected an object {\"name\": …, \"purpose\": …}");
            return new Recipient(string.Empty);
        }

        return new Recipient(String(element, path, "name", required: true) ?? string.Empty, String(element, path, "purpose", required: false));
    }

    private YearMonth? Month(JsonElement parent, string path, string name)
    {
        if (String(parent, path, name, required: true) is not { } text)
        {
            return null;
        }

        var parts = text.Split('-');
        if (parts.Length == 2 && parts[0].Length == 4 && parts[1].Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            && year is >= 1900 and <= 9999 && month is >= 1 and <= 12)
        {
            return new YearMonth(year, month);
        }

        Add($"{path}.{name}", $"expected a month yyyy-MM (1900-01 to 9999-12), got \"{text}\"");
        return null;
    }

    private IEnumerable<(JsonElement Element, string Path)> Items(JsonElement parent, string path, string name)
    {
        if (!parent.TryGetProperty(name, out var array))
        {
            yield break;
        }

        if (array.ValueKind != JsonValueKind.Array)
        {
            Add($"{path}.{name}", "expected an array");
            yield break;
        }

        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            yield return (item, string.Create(CultureInfo.InvariantCulture, $"{path}.{name}[{index++}]"));
        }
    }

    private string Text(JsonElement element, string path)
    {
        if (element.ValueKind == JsonValueKind.String && element.GetString() is { Length: > 0 } text)
        {
            return text;
        }

        Add(path, "expected a non-empty string");
        return string.Empty;
    }

    private string? String(JsonElement parent, string path, string name, bool required)
    {
        if (!parent.TryGetProperty(name, out var value))
        {
            if (required)
            {
                Add($"{path}.{name}", "missing");
            }

            return null;
        }

        if (value.ValueKind != JsonValueKind.String || value.GetString() is not { } text || (required && text.Trim().Length == 0))
        {
            Add($"{path}.{name}", required ? "expected a non-empty string" : "expected a string");
            return null;
        }

        return text;
    }

    private void Add(string path, string message) => errors.Add(new InputError(0, 0, message) { Source = source, JsonPath = path });

    private static string To(YearMonth month) => string.Create(CultureInfo.InvariantCulture, $"{month.Year:0000}-{month.Month:00}");

    private static int? FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        for (var i = 0; i < bytes.Length;)
        {
            if (Rune.DecodeFromUtf8(bytes[i..], out _, out var consumed) != OperationStatus.Done)
            {
                return i;
            }

            i += consumed;
        }

        return null;
    }

    private static int LastKey(ReadOnlySpan<byte> bytes, string key)
    {
        var quoted = Encoding.UTF8.GetBytes($"\"{key}\"");
        var at = bytes.LastIndexOf(quoted);
        return Math.Max(at, 0);
    }

    // One-based line and column (in bytes) of a byte offset.
    private static (int Line, int Column) Locate(ReadOnlySpan<byte> bytes, int offset)
    {
        var before = bytes[..offset];
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        return (before.Count((byte)'\n') + 1, offset - lineStart + 1);
    }

    [GeneratedRegex("^Duplicate property '(.*)' encountered")]
    private static partial Regex DuplicateKey();

    private static string FirstSentence(string message) => message.Split(". ", 2)[0].TrimEnd('.');
}
