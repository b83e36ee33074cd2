using System.Text;
using KhanhHoa.Governance.Organization;
using KhanhHoa.Governance.Primitives;
using KhanhHoa.Governance.Tasks.Import;

namespace KhanhHoa.Governance.Reporting.Import;

/// <summary>
/// Imports a plan from its document in whichever of its forms it comes: a Word file (.docx, a zip package) or its text
/// (UTF-8), told by the bytes and checked against the name's extension when it has a known one (.docx, .txt). Word is
/// read by the reporting package's OpenXML reader, text by the core's text reader; both hand <see cref="PlanImporter"/>
/// the same structure, so there is one reading of headers and rows (<see cref="PlanImporter.ImportText"/> takes text
/// that is not in a file).
/// </summary>
/// <threadsafety>Stateless; safe to call from several threads.</threadsafety>
public static class PlanFileReader
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Encoding StrictUtf16LittleEndian = new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly Encoding StrictUtf16BigEndian = new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);

    /// <summary>Imports a plan from its document's bytes; never throws on a damaged or hostile file.</summary>
    /// <param name="content">The file's bytes.</param>
    /// <param name="name">The file's name: kept for task sources and error locations, and its extension checked against the bytes.</param>
    /// <param name="agencies">The agency registry the plan's agency cells are resolved against.</param>
    /// <param name="options">The plan's id and context year when the document lacks them.</param>
    /// <returns>The plan with what the importer found, or the errors: one when the file is not a readable plan document.</returns>
    public static InputResult<PlanImport> Read(byte[] content, string name, AgencyRegistry agencies, PlanImportOptions? options = null)
    {
        var document = ReadDocument(content, name);
        return document.Success ? PlanImporter.Import(document.Value, agencies, options) : document.ConvertError<PlanImport>();
    }

    /// <summary>Imports the plan of the document at <paramref name="path"/> (see <see cref="Read"/>).</summary>
    /// <param name="path">The file; its name is the document's name.</param>
    /// <param name="agencies">The agency registry.</param>
    /// <param name="options">The plan's id and context year when the document lacks them.</param>
    /// <returns>The plan, or the errors.</returns>
    public static InputResult<PlanImport> ReadFile(string path, AgencyRegistry agencies, PlanImportOptions? options = null) =>
        Read(File.ReadAllBytes(path), Path.GetFileName(path), agencies, options);

    // The document before the importer reads it: Word or text by the bytes.
    internal static InputResult<PlanDocument> ReadDocument(byte[] content, string name)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(name);
        var word = FileContent.IsZip(content);
        bool? namedWord = Path.GetExtension(name).ToUpperInvariant() switch
        {
            ".DOCX" => true,
            ".TXT" => false,
            _ => null,
        };
        if (namedWord is { } named && named != word)
        {
            return Fail(name, $"the file is named as {Describe(named)} but holds {Describe(word)}");
        }

        if (word)
        {
            return WordPlanReader.Read(content, name);
        }

        // UTF-16 is told by its byte order mark (Notepad's "Unicode"); a legacy code page (Windows-1258, TCVN3) has no
        // mark and is not guessed: a wrong guess would import wrong tone marks without a word.
        var (encoding, encodingName, skip) = content switch
        {
            [0xFF, 0xFE, ..] => (StrictUtf16LittleEndian, "UTF-16", 2),
            [0xFE, 0xFF, ..] => (StrictUtf16BigEndian, "UTF-16", 2),
            _ => (StrictUtf8, "UTF-8", 0),
        };
        try
        {
            var text = encoding.GetString(content, skip, content.Length - skip);
            return InputResult<PlanDocument>.ForValue(PlanTextReader.Read(text.StartsWith('\uFEFF') ? text[1..] : text, name));
        }
        catch (DecoderFallbackException e)
        {
            return Fail(name, $"the text is not {encodingName} (byte {e.Index + skip}); save it as UTF-8 (a legacy code page such as Windows-1258 or TCVN3 is not guessed) or give the Word file");
        }
    }

    private static InputResult<PlanDocument> Fail(string name, string message) =>
        InputResult<PlanDocument>.ForErrors([new InputError(0, 0, message) { Source = name }]);

    private static string Describe(bool word) => word ? "a Word file (.docx)" : "text (.txt)";
}
