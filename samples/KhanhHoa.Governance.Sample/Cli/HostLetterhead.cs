using System.CommandLine;
using KhanhHoa.Governance.Reporting;

namespace KhanhHoa.Governance.Sample.Cli;

/// <summary>
/// <c>--letterhead FILE.json</c> on the verbs that write a report: who issues it, its subject, "Kính gửi", "Nơi nhận",
/// the closing sentence and who signs which months (<c>schemas/report-letterhead.v1.schema.json</c>). Without it, the
/// sample's own <c>report-letterhead.json</c> (embedded in the program): report 87/BC-BCĐ's, with its signer for 9/2025
/// only, so any other month says the signer is not configured rather than invent one.
/// </summary>
internal static class HostLetterhead
{
    private const string Resource = "KhanhHoa.Governance.Sample.report-letterhead.json";

    /// <summary>The option.</summary>
    public static Option<FileInfo?> Option() => new("--letterhead")
    {
        Description = "The report's letterhead, recipients and signers (schemas/report-letterhead.v1.schema.json); the sample's report-letterhead.json (report 87's) when omitted.",
        HelpName = "FILE.json",
    };

    /// <summary>The letterhead named by <paramref name="file"/>, or the embedded default.</summary>
    /// <exception cref="CliException">The file is missing or does not load (bad input, naming the file and its errors).</exception>
    public static ReportLetterhead Load(FileInfo? file, Terminal terminal)
    {
        if (file is null)
        {
            using var stream = typeof(HostLetterhead).Assembly.GetManifestResourceStream(Resource)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return ReportLetterhead.Read(copy.ToArray(), "report-letterhead.json").GetValueOrThrow();
        }

        var path = file.ToString();
        var read = ReportLetterhead.Read(InputFile.ReadAllBytes(path, "--letterhead", terminal), InputFile.Describe(path));
        return read.Success ? read.Value : throw InputProblem.From(InputFile.Describe(path), read.Errors, read.ErrorCount);
    }
}
