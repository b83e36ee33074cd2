using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using KhanhHoa.Governance.Calendar;

namespace KhanhHoa.Governance.Benchmarks.Calendar;

/// <summary>
/// <see cref="Deadline.Parse"/> over every deadline phrase of the seeds against a naive regex classifier: normalise,
/// strip accents with <see cref="string.Normalize()"/>, then try one interpreted regular expression per kind.
/// </summary>
[MemoryDiagnoser]
public class DeadlineParseBenchmarks
{
    private static readonly (Regex Pattern, DeadlineKind Kind)[] NaivePatterns =
    [
        (new Regex(@"^\s*[-+]", RegexOptions.Multiline), DeadlineKind.Milestones),
        (new Regex(@"(truoc|den|trong ngay)\s*(ngay)?\s*(\d{1,2})\s*/\s*(\d{1,2})(\s*/\s*(\d{4}))?"), DeadlineKind.FixedDate),
        (new Regex(@"thang\s*(\d{1,2})\s*-\s*(\d{1,2})\s*/\s*(\d{4})"), DeadlineKind.MonthRange),
        (new Regex(@"thang\s*(\d{1,2})\s*/\s*(\d{4})"), DeadlineKind.EndOfMonth),
        (new Regex(@"quy\s*(i{1,3}|iv|\d)"), DeadlineKind.EndOfQuarter),
        (new Regex(@"(hang|moi)\s*(ngay|tuan|thang|quy|nam)"), DeadlineKind.Recurring),
        (new Regex(@"thuong xuyen|nhung nam tiep theo|^\s*tu\s"), DeadlineKind.Continuous),
        (new Regex(@"theo\s*(chi dao|huong dan|lo trinh|tien do)"), DeadlineKind.External),
        (new Regex(@"(nam\s*)?(\d{4})"), DeadlineKind.EndOfYear),
        (new Regex(@"(\d{1,2})/(\d{1,2})/(\d{4})"), DeadlineKind.FixedDate),
    ];

    private string[] phrases = [];

    /// <summary>Loads the seed phrases (seed 004's in NFD, as in the source).</summary>
    [GlobalSetup]
    public void Setup()
    {
        using var stream = typeof(DeadlineParseBenchmarks).Assembly.GetManifestResourceStream("seed-deadlines.tsv")
            ?? throw new InvalidOperationException("seed-deadlines.tsv is not embedded");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var list = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var cells = line.Split('\t');
            var text = cells[3].Replace("\\n", "\n", StringComparison.Ordinal);
            list.Add(cells[0] == "004" ? text.Normalize(NormalizationForm.FormD) : text);
        }

        phrases = list.ToArray();
    }

    /// <summary>Baseline: accent stripping and interpreted regular expressions, kind only.</summary>
    [Benchmark(Baseline = true)]
    public int NaiveRegex()
    {
        var sum = 0;
        foreach (var phrase in phrases)
        {
            sum += (int)NaiveKind(phrase);
        }

        return sum;
    }

    /// <summary>The library: kind, due date, milestones, authority and leftovers.</summary>
    [Benchmark]
    public int Parse()
    {
        var sum = 0;
        foreach (var phrase in phrases)
        {
            sum += (int)Deadline.Parse(phrase, 2025).Kind;
        }

        return sum;
    }

    private static DeadlineKind NaiveKind(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c == 'đ' ? 'd' : c);
            }
        }

        var folded = builder.ToString();
        foreach (var (pattern, kind) in NaivePatterns)
        {
            if (pattern.IsMatch(folded))
            {
                return kind;
            }
        }

        return DeadlineKind.Unspecified;
    }
}
