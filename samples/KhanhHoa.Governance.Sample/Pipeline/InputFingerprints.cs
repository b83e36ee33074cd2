using KhanhHoa.Governance.Reporting;
using KhanhHoa.Governance.Sample.Cli;

namespace KhanhHoa.Governance.Sample.Pipeline;

/// <summary>The files a report stands on, each by its SHA-256 (the JSON report's <c>generation.inputs</c>).</summary>
internal static class InputFingerprints
{
    /// <summary>
    /// Fingerprints the files among <paramref name="paths"/> that can be read again: standard input, a pipe or a FIFO
    /// (a length of 0) was consumed by the run and is left out, as are paths not given.
    /// </summary>
    public static IEnumerable<ReportInput> Of(IEnumerable<string?> paths)
    {
        foreach (var path in paths.Where(Fingerprinted))
        {
            using var file = File.OpenRead(path!);
            yield return ReportInput.Of(Path.GetFileName(path!), file);
        }
    }

    /// <summary>
    /// The fingerprint of <paramref name="path"/> from the bytes a reader took through <paramref name="read"/> (the
    /// rest read here), or none when <see cref="Of"/> would leave the path out.
    /// </summary>
    public static IEnumerable<ReportInput> Of(string path, FingerprintingStream read) =>
        Fingerprinted(path) ? [new ReportInput(Path.GetFileName(path), read.Sha256())] : [];

    private static bool Fingerprinted(string? path) =>
        path is not null && path != InputFile.StandardInput && new FileInfo(path) is { Exists: true, Length: > 0 };
}
