using System.CommandLine;
using KhanhHoa.Governance.Rollup;
using KhanhHoa.Governance.Sample.Cli;

namespace KhanhHoa.Governance.Sample.Pipeline;

/// <summary>
/// Rollup partials on disk (docs/partial-format.md): <c>--partial-out</c> and <c>--partial-format</c>, written with the
/// report all or nothing, and read back by <c>merge</c> in either form, told apart by the binary form's magic.
/// </summary>
internal static class PartialFiles
{
    /// <summary>The forms <c>--partial-format</c> accepts.</summary>
    public static readonly string[] Formats = ["binary", "json"];

    /// <summary><c>--partial-out</c>.</summary>
    public static Option<FileInfo?> OutOption() => new("--partial-out")
    {
        Description = "Also writes the rollup's partial (its counters before the hierarchy is rolled up, docs/partial-format.md) to FILE, for merge.",
        HelpName = "FILE",
    };

    /// <summary><c>--partial-format</c>.</summary>
    public static Option<string?> FormatOption() => new("--partial-format")
    {
        Description = "The partial's form: compact 'binary' or 'json' for people; by default json when FILE ends in .json, else binary.",
        HelpName = string.Join('|', Formats),
        CustomParser = CliValues.OneOf("--partial-format", Formats),
    };

    /// <summary>
    /// Checks <c>--partial-out</c> before any work is done, and gives what turns the partial into the file to write with
    /// the report (no file when <paramref name="path"/> is null).
    /// </summary>
    public static Func<RollupPartial, IReadOnlyList<OutputFile>> Output(FileInfo? path, string? format)
    {
        if (path is null)
        {
            return _ => [];
        }

        var target = path.ToString();
        OutputFiles.CheckFile(target, "--partial-out");
        Action<Stream, RollupPartial> write = (format ?? (target.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? "json" : "binary")) == "json"
            ? RollupPartialJson.Write
            : RollupPartialBinary.Write;
        return partial => [new OutputFile(target, stream => write(stream, partial))];
    }

    /// <summary>Reads a partial in either form, or fails as bad input naming the file and where it is damaged.</summary>
    public static RollupPartial Read(string path, Terminal terminal)
    {
        var bytes = InputFile.ReadAllBytes(path, "partial", terminal);
        var read = bytes.AsSpan().StartsWith("KHRP"u8) ? RollupPartialBinary.Read(bytes) : RollupPartialJson.Read(bytes);
        return read.Match(partial => partial, errors => throw InputProblem.From(InputFile.Describe(path), errors));
    }
}
