using KhanhHoa.Governance.Primitives;
using KhanhHoa.Governance.Submissions;

namespace KhanhHoa.Governance.Reporting.Import;

/// <summary>
/// Reads one submission file in whichever of the three formats it is, for hosts that receive files (an upload, a folder):
/// the format is told by the bytes (an .xlsx is a zip package, JSON opens with <c>{</c>, anything else is read as CSV) and
/// must agree with the name's extension when it has one of the three.
/// </summary>
/// <threadsafety>Stateless; safe to call from several threads on different streams.</threadsafety>
public static class SubmissionFileReader
{
    private static readonly byte[] ZipSignature = [0x50, 0x4B, 0x03, 0x04];

    /// <summary>The format of a file named <paramref name="fileName"/> that begins with <paramref name="head"/>.</summary>
    /// <param name="fileName">The file's name as sent (only its extension is read).</param>
    /// <param name="head">The file's first bytes (eight or more, or the whole file when shorter).</param>
    /// <returns>The format, or an error when the extension names another format than the bytes hold.</returns>
    public static InputResult<SubmissionFileFormat> Detect(string fileName, ReadOnlySpan<byte> head)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var byContent = head.StartsWith(ZipSignature) ? SubmissionFileFormat.Form
            : FirstNonBlank(head) == (byte)'{' ? SubmissionFileFormat.Json
            : SubmissionFileFormat.Csv;
        SubmissionFileFormat? byName = Path.GetExtension(fileName).ToUpperInvariant() switch
        {
            ".XLSX" => SubmissionFileFormat.Form,
            ".JSON" => SubmissionFileFormat.Json,
            ".CSV" => SubmissionFileFormat.Csv,
            _ => null,
        };
        return byName is { } named && named != byContent
            ? InputResult<SubmissionFileFormat>.ForErrors([new InputError(0, 0, $"the file is named as {Describe(named)} but holds {Describe(byContent)}") { Source = fileName }])
            : InputResult<SubmissionFileFormat>.ForValue(byContent);
    }

    /// <summary>Reads a file and checks every submission it holds at <paramref name="desk"/>.</summary>
    /// <param name="fileName">The file's name as sent: the source of every error, and the extension checked against the bytes.</param>
    /// <param name="content">The file's bytes.</param>
    /// <param name="desk">The door the submissions are checked at.</param>
    /// <returns>
    /// The accepted submissions (one for JSON and a form, one per unit, data set and period for CSV), or every error, each
    /// with its place (line and column, JSON path, or sheet and cell); nothing accepted when there is any.
    /// </returns>
    public static InputResult<IReadOnlyList<CheckedSubmission>> Read(string fileName, ReadOnlyMemory<byte> content, SubmissionDesk desk)
    {
        ArgumentNullException.ThrowIfNull(desk);
        var format = Detect(fileName, content.Span[..Math.Min(content.Length, 64)]);
        if (!format.TryGetValue(out var kind))
        {
            return format.ConvertError<IReadOnlyList<CheckedSubmission>>();
        }

        switch (kind)
        {
            case SubmissionFileFormat.Csv:
                using (var stream = new MemoryStream(content.ToArray(), writable: false))
                {
                    return SubmissionCsvReader.Read([(fileName, stream)], desk);
                }

            case SubmissionFileFormat.Json:
                return One(Submissions.SubmissionJson.Read(content.Span, desk).WithErrors(e => e.Source is null ? e with { Source = fileName } : e));
            default:
                using (var stream = new MemoryStream(content.ToArray(), writable: false))
                {
                    return One(SubmissionFormReader.Read(stream, desk));
                }
        }
    }

    private static InputResult<IReadOnlyList<CheckedSubmission>> One(InputResult<CheckedSubmission> result) =>
        result.TryGetValue(out var one) ? InputResult<IReadOnlyList<CheckedSubmission>>.ForValue([one]) : result.ConvertError<IReadOnlyList<CheckedSubmission>>();

    private static byte FirstNonBlank(ReadOnlySpan<byte> head)
    {
        // A UTF-8 byte order mark may open a JSON file saved by a text editor.
        var rest = head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? head[3..] : head;
        foreach (var b in rest)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return b;
            }
        }

        return 0;
    }

    private static string Describe(SubmissionFileFormat format) => format switch
    {
        SubmissionFileFormat.Form => "an Excel workbook (.xlsx)",
        SubmissionFileFormat.Json => "JSON (.json)",
        _ => "text read as CSV (.csv)",
    };
}
