using System.Text;
using KhanhHoa.Governance.Primitives;
using KhanhHoa.Governance.Tasks.Import;

namespace KhanhHoa.Governance.Reporting.Import;

/// <summary>
/// Reads a plan's document in whichever of its forms it comes, for <see cref="PlanImporter"/>: a Word file (.docx, a zip
/// package) or its text (UTF-8), told by the bytes and checked against the name's extension when it has a known one
/// (.docx, .txt). Word is read by the reporting package's OpenXML reader, text by the core's
/// <see cref="PlanTextReader"/>; both give the importer the same structure.
/// </summary>
/// <threadsafety>Stateless; safe to call from several threads.</threadsafety>
public static class PlanFileReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads a plan's document from its bytes; never throws on a damaged or hostile file.</summary>
    /// <param name="content">The file's bytes.</param>
    /// <param name="name">The file's name: kept for task sources and error locations, and its extension checked against the bytes.</param>
    /// <returns>The document, or one error saying why the file is not a readable plan document.</returns>
    public static InputResult<PlanDocument> Read(byte[] content, string name)
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

        try
        {
            var text = StrictUtf8.GetString(content);
            return InputResult<PlanDocument>.ForValue(PlanTextReader.Read(text.StartsWith('\uFEFF') ? text[1..] : text, name));
        }
        catch (DecoderFallbackException e)
        {
            return Fail(name, $"the text is not UTF-8 (byte {e.Index}); save it as UTF-8 or give the Word file");
        }
    }

    /// <summary>Reads the plan document at <paramref name="path"/> (see <see cref="Read(byte[], string)"/>).</summary>
    /// <param name="path">The file; its name is the document's name.</param>
    /// <returns>The document, or one error.</returns>
    public static InputResult<PlanDocument> ReadFile(string path) => Read(File.ReadAllBytes(path), Path.GetFileName(path));

    private static InputResult<PlanDocument> Fail(string name, string message) =>
        InputResult<PlanDocument>.ForErrors([new InputError(0, 0, message) { Source = name }]);

    private static string Describe(bool word) => word ? "a Word file (.docx)" : "text (.txt)";
}
