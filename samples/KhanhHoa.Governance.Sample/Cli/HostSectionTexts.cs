using System.CommandLine;
using System.Text;

namespace KhanhHoa.Governance.Sample.Cli;

/// <summary>
/// <c>--section-text KEY=FILE</c> on the verbs that write a report, once per section: the office's own text for a section
/// of the report (a group of section I such as <c>I.2</c> or <c>I.4.a</c>, <c>II</c> or <c>III</c>), a UTF-8 text file
/// whose paragraphs (separated by a blank line) are printed under the section's heading instead of the text the report
/// composes there, with its footnotes written as Markdown writes them (<c>[^1]</c> in the text, <c>[^1]: …</c> on a line
/// of its own; <see cref="Submissions.FootnotedText"/>). A value without "=", a section given twice, a missing file or one that is not UTF-8 text stops the
/// run before any work; a section the report does not have stops it when the report is composed (bad input, naming
/// the report's sections).
/// </summary>
internal static class HostSectionTexts
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The option.</summary>
    public static Option<string[]> Option() => new("--section-text")
    {
        Description = "The office's own text for a section of the report, replacing the drafted one: KEY is a group of section I (I.1, I.2, I.4.a …), II or III; FILE a UTF-8 text file, paragraphs separated by a blank line, footnotes as [^1] in the text and a line \"[^1]: …\". Repeat it for several sections.",
        HelpName = "KEY=FILE.txt",
        Arity = ArgumentArity.ZeroOrMore,
        AllowMultipleArgumentsPerToken = false,
    };

    /// <summary>The sections' texts named by <paramref name="values"/>, by section key.</summary>
    /// <exception cref="CliException">A value is not KEY=FILE or names a section twice (bad usage); a file is missing, not UTF-8 or empty (bad input).</exception>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Load(IReadOnlyList<string> values, Terminal terminal)
    {
        var texts = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var value in values)
        {
            var equals = value.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0 || equals == value.Length - 1)
            {
                throw CliException.BadUsage($"--section-text {value}: expected KEY=FILE, e.g. --section-text I.2=tuyen-truyen.txt.");
            }

            var (key, path) = (value[..equals].Trim(), value[(equals + 1)..]);
            if (texts.ContainsKey(key))
            {
                throw CliException.BadUsage($"--section-text {value}: section {key} is given twice.");
            }

            string text;
            try
            {
                text = Strict.GetString(InputFile.ReadAllBytes(path, "--section-text", terminal)).TrimStart('\uFEFF');
            }
            catch (DecoderFallbackException)
            {
                throw CliException.BadInput($"--section-text {InputFile.Describe(path)}: is not UTF-8 text.");
            }

            var paragraphs = text.ReplaceLineEndings("\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Where(static p => p.Length > 0).ToList();
            texts[key] = paragraphs.Count > 0 ? paragraphs : throw CliException.BadInput($"--section-text {InputFile.Describe(path)}: has no text for section {key}.");
        }

        return texts;
    }
}
