using KhanhHoa.Governance.Primitives;
using KhanhHoa.Governance.Submissions;

namespace KhanhHoa.Governance.Reporting.Import;

/// <summary>
/// The one entry point a receiver (a console run over a folder, a web upload) reads submission files through: each file's
/// format is told by its name (<c>.csv</c>, <c>.json</c>, <c>.xlsx</c>) or else by its content (a zip package is a filled
/// form, a JSON object a JSON submission, anything else CSV), each file is accepted or rejected on its own with all its
/// errors, and the rejected ones never change what the accepted ones bring.
/// </summary>
/// <threadsafety>Stateless; safe to call from several threads.</threadsafety>
public static class SubmissionFiles
{
    /// <summary>Reads <paramref name="files"/> at <paramref name="desk"/>: CSV files together (one submission's rows may sit in several), the others one by one.</summary>
    /// <param name="files">The files as received, with their arrival times and, when known, the unit each was sent as.</param>
    /// <param name="desk">The door.</param>
    /// <returns>One outcome per file, in the order given.</returns>
    public static SubmissionIntake Read(IEnumerable<SubmissionFile> files, SubmissionDesk desk)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(desk);
        var all = files.ToList();
        var csv = SubmissionCsvReader.ReadEach([.. all.Where(static f => FormatOf(f) == SubmissionFileFormat.Csv)], desk).ToDictionary(static o => o.Name, StringComparer.Ordinal);
        return new SubmissionIntake(all.Select(file => FormatOf(file) switch
        {
            SubmissionFileFormat.Csv => csv[file.Name],
            SubmissionFileFormat.Json => Outcome(file, Submissions.SubmissionJson.Read(file.Content.Span, Receiving(desk, file)).WithErrors(e => e with { Source = file.Name })),
            _ => Outcome(file, ReadForm(file, desk)),
        }));
    }

    /// <summary>The format of <paramref name="file"/>: by its name's extension, else by its first bytes.</summary>
    /// <param name="file">The file.</param>
    /// <returns>Its format.</returns>
    internal static SubmissionFileFormat FormatOf(SubmissionFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var extension = Path.GetExtension(file.Name).ToUpperInvariant();
        if (extension is ".CSV" or ".JSON" or ".XLSX")
        {
            return extension == ".CSV" ? SubmissionFileFormat.Csv : extension == ".JSON" ? SubmissionFileFormat.Json : SubmissionFileFormat.Form;
        }

        var content = file.Content.Span;
        return FileContent.IsZip(content) ? SubmissionFileFormat.Form
            : FileContent.FirstNonBlank(content) == (byte)'{' ? SubmissionFileFormat.Json
            : SubmissionFileFormat.Csv;
    }

    private static InputResult<CheckedSubmission> ReadForm(SubmissionFile file, SubmissionDesk desk)
    {
        using var stream = MemoryStreams.ReadOnly(file.Content);
        return SubmissionFormReader.Read(stream, Receiving(desk, file))
            .WithErrors(e => e with { Source = e.Source is { } sheet ? $"{file.Name}, sheet {sheet}" : file.Name });
    }

    private static SubmissionDesk Receiving(SubmissionDesk desk, SubmissionFile file) => desk.Receiving(file.ReceivedAt, file.SentAs);

    private static SubmissionFileOutcome Outcome(SubmissionFile file, InputResult<CheckedSubmission> read) =>
        read.Success ? new(file.Name, [read.Value], [], 0) : new(file.Name, [], read.Errors, read.ErrorCount);
}
