using KhanhHoa.Governance.Primitives;
using KhanhHoa.Governance.Rollup;

namespace KhanhHoa.Governance.Reporting.Import;

/// <summary>
/// Reads a dossier file in whichever of its formats it is, for hosts that are handed files (a path on the command line,
/// an upload): the format is told by the bytes (an .xlsx is a zip package, JSON lines open with <c>{</c>, anything else
/// is read as CSV) and must agree with the name's extension when it has a known one. The format readers
/// (<see cref="DossierCsvReader"/>, <see cref="DossierJsonLinesReader"/>, <see cref="XlsxDossierReader"/>) stay public for
/// a host that knows what it holds.
/// </summary>
/// <threadsafety>Stateless; safe to call from several threads on different streams.</threadsafety>
public static class DossierFileReader
{
    /// <summary>The format of a file named <paramref name="fileName"/> that begins with <paramref name="head"/>.</summary>
    /// <param name="fileName">The file's name (only its extension is read), or <see langword="null"/> for standard input.</param>
    /// <param name="head">The file's first bytes (64 or more, or the whole file when shorter).</param>
    /// <returns>The format, or an error when the extension names another format than the bytes hold.</returns>
    internal static InputResult<DossierFileFormat> Detect(string? fileName, ReadOnlySpan<byte> head)
    {
        var byContent = FileContent.IsZip(head) ? DossierFileFormat.Workbook
            : FileContent.FirstNonBlank(head) == (byte)'{' ? DossierFileFormat.JsonLines
            : DossierFileFormat.Csv;
        DossierFileFormat? byName = Path.GetExtension(fileName ?? string.Empty).ToUpperInvariant() switch
        {
            ".XLSX" => DossierFileFormat.Workbook,
            ".JSONL" or ".NDJSON" or ".JSON" => DossierFileFormat.JsonLines,
            ".CSV" => DossierFileFormat.Csv,
            _ => null,
        };
        return byName is { } named && named != byContent
            ? InputResult<DossierFileFormat>.ForErrors([new InputError(0, 0, $"the file is named as {Describe(named)} but holds {Describe(byContent)}") { Source = fileName }])
            : InputResult<DossierFileFormat>.ForValue(byContent);
    }

    /// <summary>Reads dossiers from <paramref name="stream"/> in the format its bytes hold.</summary>
    /// <param name="stream">The file; read, not closed. A pipe works: its first bytes are replayed to the reader.</param>
    /// <param name="fileName">The file's name: its extension is checked against the bytes; <see langword="null"/> for none.</param>
    /// <param name="options">Validation options and the column map; <see cref="DossierReadOptions.Default"/> when <see langword="null"/>.</param>
    /// <param name="sheet">The sheet of a workbook to read; the first when <see langword="null"/>. Ignored for text.</param>
    /// <returns>The store, or every error (line and column, JSON line, or sheet and cell), and no store then.</returns>
    public static InputResult<DossierStore> Read(Stream stream, string? fileName, DossierReadOptions? options = null, string? sheet = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var (head, whole) = FileContent.Peek(stream);
        var format = Detect(fileName, head);
        if (!format.TryGetValue(out var kind))
        {
            return format.ConvertError<DossierStore>();
        }

        return kind switch
        {
            DossierFileFormat.Workbook => XlsxDossierReader.Read(whole, options, sheet),
            DossierFileFormat.JsonLines => DossierJsonLinesReader.Read(whole, options),
            _ => DossierCsvReader.Read(whole, options),
        };
    }

    /// <summary>Reads a dossier file in the format its bytes hold.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">Validation options and the column map.</param>
    /// <param name="sheet">The sheet of a workbook to read; the first when <see langword="null"/>.</param>
    /// <returns>The store, or every error.</returns>
    public static InputResult<DossierStore> ReadFile(string path, DossierReadOptions? options = null, string? sheet = null)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        return Read(stream, Path.GetFileName(path), options, sheet);
    }

    private static string Describe(DossierFileFormat format) => format switch
    {
        DossierFileFormat.Workbook => "an Excel workbook (.xlsx)",
        DossierFileFormat.JsonLines => "JSON lines (.jsonl)",
        _ => "text read as CSV (.csv)",
    };
}
