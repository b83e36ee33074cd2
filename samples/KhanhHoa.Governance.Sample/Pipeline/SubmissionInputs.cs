using KhanhHoa.Governance.Primitives;
using System.Globalization;
using KhanhHoa.Governance.Data;
using KhanhHoa.Governance.Reporting.Import;
using KhanhHoa.Governance.Sample.Cli;
using KhanhHoa.Governance.Submissions;

namespace KhanhHoa.Governance.Sample.Pipeline;

/// <summary>
/// Reads a unit's submission file, or a folder of them (every <c>.csv</c>, <c>.json</c> and filled <c>.xlsx</c> form), file
/// by file through the library's <see cref="SubmissionFiles"/>: each file is accepted or rejected on its own, and is
/// received at its arrival in the folder (its last write time; standard input: the host's clock).
/// </summary>
internal static class SubmissionInputs
{
    /// <summary>The desk of the embedded data sets, organisation and plans, speaking <paramref name="language"/>.</summary>
    public static SubmissionDesk Desk(GovernanceData data, MessageLanguage language = MessageLanguage.Vietnamese) =>
        new(data.DataSets, data.OrgUnits, data.Plans) { Language = language };

    /// <summary>The outcome of every file of <paramref name="path"/>; an empty folder is an empty intake.</summary>
    public static SubmissionIntake Read(string path, string option, SubmissionDesk desk, Terminal terminal, IClock clock, DateTimeZone zone)
    {
        if (!Directory.Exists(path))
        {
            var content = InputFile.ReadAllBytes(path, option, terminal);
            var arrival = path == InputFile.StandardInput ? clock.GetCurrentInstant() : Arrival(path);
            return SubmissionFiles.Read([new SubmissionFile(path, content) { ReceivedAt = arrival.InZone(zone).LocalDateTime }], desk);
        }

        var files = Directory.EnumerateFiles(path).Where(static f => f.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)
                || f.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .Select(f => new SubmissionFile(f, File.ReadAllBytes(f)) { ReceivedAt = Arrival(f).InZone(zone).LocalDateTime });
        return SubmissionFiles.Read(files, desk);
    }

    /// <summary>How many errors of a rejected file are printed before "and N more errors".</summary>
    public const int ErrorsShownPerFile = 50;

    /// <summary>Lists each rejected file with its errors (the first <see cref="ErrorsShownPerFile"/>, then how many more) on standard error; true when any was rejected.</summary>
    public static bool ListRejected(SubmissionIntake intake, Terminal terminal)
    {
        var rejected = intake.Rejected;
        if (rejected.Count == 0)
        {
            return false;
        }

        var error = terminal.Error;
        var language = terminal.Language;
        error.WriteLine("error: " + SubmissionMessages.Format(language, "intake.rejected", rejected.Count, intake.Files.Count, intake.Files.Count - rejected.Count));
        foreach (var file in rejected)
        {
            error.WriteLine(SubmissionMessages.Format(language, "intake.file", Path.GetFileName(file.Name), file.ErrorCount));
            // A hostile file can hold tens of thousands of errors: the first ones tell the clerk what to fix.
            var shown = file.Errors.Take(ErrorsShownPerFile).ToList();
            foreach (var e in shown)
            {
                error.WriteLine("    " + Describe(e, language));
            }

            if (file.ErrorCount > shown.Count)
            {
                error.WriteLine(SubmissionMessages.Format(language, "intake.more", file.ErrorCount - shown.Count));
            }
        }

        return true;
    }

    /// <summary>One error, with its place in the file, on one line (the library's wording, shared with the web host).</summary>
    public static string Describe(InputError error, MessageLanguage language) => SubmissionMessages.Describe(error, language);

    // A file's arrival in the folder is its last write.
    private static Instant Arrival(string path) => Instant.FromDateTimeUtc(File.GetLastWriteTimeUtc(path));
}
