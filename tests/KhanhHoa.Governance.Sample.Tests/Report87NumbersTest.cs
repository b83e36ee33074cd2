using System.Globalization;
using System.Text.RegularExpressions;
using KhanhHoa.Governance.Reporting;
using KhanhHoa.Governance.Tests.Shared;

namespace KhanhHoa.Governance.Sample.Tests;

/// <summary>
/// Issue 25's golden test: the signable report of 2025-09, composed from report 87's figures as their owners sent them,
/// prints the numbers of report 87's section I body (the seed, not the library's copy of its figures) in the
/// subsection where report 87 prints them, and none of its numbers is synthetic.
/// </summary>
/// <remarks>
/// The seed's numbers are read by an oracle of this test's own: every number of a body paragraph of section I (the
/// footnotes are not the body), but those that are part of a date, a document number, a name ("Đề án 06", "4G",
/// "mức độ 2", "cao điểm 90 ngày đêm", "80 năm Cách mạng Tháng Tám", "trợ cấp 1 lần", "10 nhiệm vụ trọng tâm"), a
/// footnote marker or an enumeration "(1)". A number matches a printed one of the same subsection when both are
/// percentages or both are not and one of their readings agree ("24,765" and "15.16" have two: report 87's separators
/// are not always Vietnamese), each printed number matching once.
/// </remarks>
public sealed class Report87NumbersTest
{
    private static readonly Lazy<DefaultRun> Signable = new(() => DefaultRun.Compose(ReportPurpose.Signable));

    // What the seed's body says that is not a figure: dates, document numbers, footnote markers, enumerations, and
    // numbers that are part of a name.
    private static readonly Regex[] NotFigures =
    [
        new(@"[⁰¹²³⁴⁵⁶⁷⁸⁹]+|⁽\d+⁾|\(\d+\)"),
        new(@"\b\d{1,2}/\d{1,2}(/\d{4})?\b"),
        new(@"\b\d+(-[A-ZĐ]+)?/[A-ZĐ][A-Za-zĐđ-]*"),
        new(@"(tháng|năm|năm học|giai đoạn|đến năm|từ tháng) \d{1,2}/?\d{0,4}(-\d{4})?"),
        new(@"Đề án 06|\b[45]G\b|mức( độ)? 2|\d+ ngày đêm|\d+ năm Cách mạng|\d+ lần|\d+ nhiệm vụ trọng tâm"),
        new(@"^\d\. "),
        new(@"https?://\S+|<[^>]*>"),
    ];

    private static readonly Regex Number = new(@"\d[\d.,]*\d%?|\d%?");

    // The printed columns that carry a figure (a row's name may hold numbers: "nhiệm vụ 4", "Covid-19").
    private static readonly string[] ValueColumns = ["Kết quả", "Lũy kế", "Tử số/Mẫu số"];

    // The numbers only the communes', wards' and special zone's parts make (gift money, task 8's social assistance):
    // the demo's parts are SYNTHETIC, so a signable report leaves them for the office to fill ("…").
    private static readonly string[] LeftForTheOffice = ["I.1.a 210", "I.1.a 89,57%", "I.1.a 14,4", "I.5.c 83%", "I.5.c 57.241", "I.5.c 68.963"];

    [Fact]
    public void The_signable_report_of_2025_09_prints_report_87s_section_I_numbers_in_their_subsections()
    {
        var run = Signable.Value;
        var layout = ReportIndicatorSection.Project06Layout(run.Data.Indicators);
        var printed = PrintedNumbers(MarkdownReportRenderer.ToMarkdown(run.Report));
        var seed = SeedNumbers();

        var missing = new List<string>();
        foreach (var subsection in seed.GroupBy(static n => n.Section))
        {
            // The report prints a subsection's figures under the group that takes them (I.4.b's under I.4.a).
            var group = layout.Single(g => g.Takes(subsection.Key)).Code;
            var candidates = printed.GetValueOrDefault(group) ?? [];
            var used = new bool[candidates.Count];
            foreach (var (_, text) in subsection)
            {
                var match = Enumerable.Range(0, candidates.Count).FirstOrDefault(i => !used[i] && SameNumber(text, candidates[i]), -1);
                if (match < 0)
                {
                    missing.Add($"{subsection.Key} {text}");
                }
                else
                {
                    used[match] = true;
                }
            }
        }

        Assert.Equal(122, seed.Count);
        Assert.Equal(LeftForTheOffice, missing);
        Assert.False(run.Report.ContainsSyntheticData);
    }

    // Every figure of the seed's section I body with the subsection it is in ("I.1.a", "I.2", "I.5.c").
    private static List<(string Section, string Text)> SeedNumbers()
    {
        var text = File.ReadAllText(Path.Combine(Golden.RepositoryRoot, "tests", "KhanhHoa.Governance.Tests", "Data", "Seeds", "002_f0b0e36c01827815.txt"))
            .Normalize(System.Text.NormalizationForm.FormC);
        var start = text.IndexOf("I. KẾT QUẢ CÁC MẶT CÔNG TÁC", StringComparison.Ordinal);
        var body = text[(text.IndexOf('\n', start) + 1)..text.IndexOf("II. KHÓ KHĂN, VƯỚNG MẮC", StringComparison.Ordinal)];
        var numbers = new List<(string, string)>();
        string section = string.Empty, letter = string.Empty;
        foreach (var paragraph in body.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            // A footnote begins with its superscript number; the body's paragraphs never do.
            if ("¹²³⁴⁵⁶⁷⁸⁹".Contains(paragraph[0], StringComparison.Ordinal))
            {
                continue;
            }

            if (Regex.Match(paragraph, @"^(\d)\. ") is { Success: true } heading)
            {
                (section, letter) = (heading.Groups[1].Value, string.Empty);
            }
            else if (Regex.Match(paragraph, "^([a-c])\\) ") is { Success: true } item)
            {
                letter = item.Groups[1].Value;
            }

            var figures = NotFigures.Aggregate(paragraph, static (rest, pattern) => pattern.Replace(rest, " "));
            numbers.AddRange(Number.Matches(figures).Select(m => ($"I.{section}{(letter.Length == 0 ? string.Empty : "." + letter)}", m.Value)));
        }

        return numbers;
    }

    // The numbers of section I's value columns, by the group code of the heading they are under ("I.4.a", "I.6").
    private static Dictionary<string, List<string>> PrintedNumbers(string markdown)
    {
        var sectionI = markdown[markdown.IndexOf("## I. ", StringComparison.Ordinal)..markdown.IndexOf("## II. ", StringComparison.Ordinal)];
        var printed = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        string? section = null, group = null;
        string[]? header = null;
        foreach (var line in sectionI.Split('\n'))
        {
            if (Regex.Match(line, @"^### (\d)\. ") is { Success: true } heading)
            {
                section = heading.Groups[1].Value;
                group = "I." + section;
            }
            else if (Regex.Match(line, "^#### ([a-c])\\) ") is { Success: true } subheading)
            {
                group = $"I.{section}.{subheading.Groups[1].Value}";
            }
            else if (!line.StartsWith('|'))
            {
                header = null;
            }
            else if (group is not null)
            {
                var cells = line.Trim().Trim('|').Split('|').Select(static c => c.Trim()).ToArray();
                if (header is null)
                {
                    header = cells;
                }
                else if (!cells[0].All(static c => c == '-'))
                {
                    var list = printed.TryGetValue(group, out var existing) ? existing : printed[group] = [];
                    list.AddRange(header.Select((name, i) => (name, i)).Where(c => ValueColumns.Contains(c.name) && c.i < cells.Length)
                        .SelectMany(c => Number.Matches(cells[c.i]).Select(static m => m.Value)));
                }
            }
        }

        return printed;
    }

    private static bool SameNumber(string seed, string printed) =>
        seed.EndsWith('%') == printed.EndsWith('%') && Readings(seed).Overlaps(Readings(printed));

    // The values a number can be read as: "2.156" is 2156, "14,4" is 14.4, "24,765" and "15.16" either.
    private static HashSet<decimal> Readings(string number)
    {
        var digits = number.TrimEnd('%');
        var readings = new HashSet<decimal>();
        if (digits.Contains('.', StringComparison.Ordinal) && digits.Contains(',', StringComparison.Ordinal))
        {
            readings.Add(Parse(digits.Replace(".", string.Empty, StringComparison.Ordinal).Replace(',', '.')));
            return readings;
        }

        foreach (var separator in new[] { '.', ',' })
        {
            var groups = digits.Split(separator);
            if (groups.Length == 1)
            {
                continue;
            }

            if (groups.Skip(1).All(static g => g.Length == 3))
            {
                readings.Add(Parse(string.Concat(groups)));
            }

            if (groups.Length == 2)
            {
                readings.Add(Parse(groups[0] + "." + groups[1]));
            }
        }

        if (readings.Count == 0)
        {
            readings.Add(Parse(digits));
        }

        return readings;
    }

    private static decimal Parse(string invariant) => decimal.Parse(invariant, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
}
