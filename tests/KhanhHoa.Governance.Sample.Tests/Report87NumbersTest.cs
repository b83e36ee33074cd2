using System.Globalization;
using System.Text.RegularExpressions;
using KhanhHoa.Governance.Organization;
using KhanhHoa.Governance.Reporting;
using KhanhHoa.Governance.Reporting.Documents;
using KhanhHoa.Governance.Tests.Shared;

namespace KhanhHoa.Governance.Sample.Tests;

/// <summary>
/// Issue 25's golden test: the signable report of 2025-09, composed from report 87's figures as their owners sent them
/// (the communes' parts of the figures they own as well), prints the numbers of report 87's section I body (the seed,
/// not the library's copy of its figures) in the subsection where report 87 prints them, none of them synthetic, with
/// the footnotes report 87 puts its detail in.
/// </summary>
/// <remarks>
/// The seed's numbers are read by an oracle of this test's own: every number of a body paragraph of section I (the
/// footnotes are not the body), but those that are part of a date, a document number, a name ("Đề án 06", "4G",
/// "mức độ 2", "cao điểm 90 ngày đêm", "80 năm Cách mạng Tháng Tám", "trợ cấp 1 lần", "10 nhiệm vụ trọng tâm"), a
/// footnote marker or an enumeration "(1)". The report's numbers are its figures (the document's figure runs, in its
/// sentences and tables), not the words around them. A number matches a printed one of the same subsection when both
/// are percentages or both are not and one of their readings agree ("24,765" and "15.16" have two: report 87's
/// separators are not always Vietnamese), each printed number matching once.
/// </remarks>
public sealed class Report87NumbersTest
{
    // The office writes section III itself, as report 87's office did (with its footnotes 25–30): the units' words and
    // figures fill section I.
    private static readonly Lazy<DefaultRun> Signable = new(() => DefaultRun.Compose(
        ReportPurpose.Signable,
        figuresAsSent: true,
        new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal) { ["III"] = [File.ReadAllText(Path.Combine(Golden.RepositoryRoot, "tests", "KhanhHoa.Governance.Sample.Tests", "Data", "report-87-section-III.txt"))] }));

    // Report 87's footnotes whose detail is figures the report prints as the units' figures in the same subsection
    // (the population database's queries, the procedures asking for civil-status papers).
    private static readonly int[] FootnotesPrintedAsFigures = [12, 13];

    // Report 87's footnote 20 names two addresses; the element's standing note names the portal instead.
    private static readonly Dictionary<int, string> Reworded = new() { [20] = "Từ ngày 21/7/2025, các thủ tục bảo hiểm thất nghiệp được triển khai tiếp nhận và giải quyết" };

    private static readonly Lazy<ReportDocument> Document = new(() => ReportDocumentComposer.Compose(Signable.Value.Report));

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

    // The one number no unit sends: the share of the gift money paid (89,57%), a rate of an amount the data set does
    // not have, so it is left for the office to fill.
    private static readonly string[] LeftForTheOffice = ["I.1.a 89,57%"];

    [Fact]
    public void The_signable_report_of_2025_09_prints_report_87s_section_I_numbers_in_their_subsections()
    {
        var run = Signable.Value;
        var layout = ReportIndicatorSection.Project06Layout(run.Data.Indicators);
        var printed = PrintedNumbers(Document.Value);
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
        Assert.DoesNotContain(SectionIFigures.Of(Document.Value.Body), static figure => figure.Provenance == Provenance.Synthetic);
    }

    // Report 87's 30 footnotes: each is a footnote of the report, referred to in the subsection where report 87 refers to
    // it, or (FootnotesPrintedAsFigures) its figures are printed there; the report's other footnotes name the communes
    // behind a figure they sent. Numbered from 1 in the order the body refers to them.
    [Fact]
    public void The_signable_report_of_2025_09_carries_report_87s_footnotes_where_report_87_refers_to_them()
    {
        var document = Document.Value;
        var places = FootnotePlaces(document);
        var layout = ReportIndicatorSection.Project06Layout(Signable.Value.Data.Indicators);
        string Group(string place) => place.StartsWith("I.", StringComparison.Ordinal) ? layout.Single(g => g.Takes(place)).Code : place;
        var printed = PrintedNumbers(document);
        var seed = SeedFootnotes();

        Assert.Equal(Enumerable.Range(1, document.Footnotes.Count), document.Footnotes.Select(static f => f.Number));
        Assert.Equal(Enumerable.Range(1, document.Footnotes.Count), places.Keys);
        Assert.Equal(Enumerable.Range(1, 30), seed.Keys.Order());
        var matched = new HashSet<int>();
        foreach (var (number, (place, text)) in seed)
        {
            if (FootnotesPrintedAsFigures.Contains(number))
            {
                var figures = printed[Group(place)];
                Assert.All(Number.Matches(NotFigures.Aggregate(text, static (rest, pattern) => pattern.Replace(rest, " "))), m => Assert.Contains(figures, f => SameNumber(m.Value, f)));
                continue;
            }

            var wanted = Reworded.GetValueOrDefault(number) ?? text;
            var notes = document.Footnotes.Where(f => Plain(Text(f)).Contains(wanted, StringComparison.Ordinal)).ToList();
            Assert.True(notes.Count == 1, $"report 87's footnote {number} is {notes.Count} footnotes of the report: {wanted}");
            Assert.Equal((number, Group(place)), (number, places[notes[0].Number]));
            matched.Add(notes[0].Number);
        }

        Assert.All(document.Footnotes.Where(f => !matched.Contains(f.Number)), static f => Assert.StartsWith("Các đơn vị đã báo cáo: ", Text(f), StringComparison.Ordinal));
        Assert.Equal(28, matched.Count);
    }

    private static string Text(DocumentFootnote note) => string.Concat(note.Inlines.Select(static i => i.Text));

    // Report 87's emphasis (bold, italics) is Word's; the text is compared without it, its spaces as one.
    private static string Plain(string text) => Regex.Replace(text.Replace("*", string.Empty, StringComparison.Ordinal), @"\s+", " ").Trim();

    // Where the body refers to each footnote: the group of section I ("I.4.a"), or "II", "III".
    private static SortedDictionary<int, string> FootnotePlaces(ReportDocument document)
    {
        var places = new SortedDictionary<int, string>();
        string roman = string.Empty, section = string.Empty, group = string.Empty;
        foreach (var block in document.Body)
        {
            switch (block)
            {
                case DocumentHeading { Level: 1 } part:
                    roman = part.Number.TrimEnd('.');
                    group = roman;
                    break;
                case DocumentHeading { Level: 2 } heading when roman == "I":
                    section = heading.Number.TrimEnd('.');
                    group = "I." + section;
                    break;
                case DocumentHeading { Level: 3, Number: [var letter, ')'] } when roman == "I":
                    group = $"I.{section}.{letter}";
                    break;
            }

            var inlines = block switch
            {
                DocumentParagraph paragraph => paragraph.Inlines,
                DocumentList list => [.. list.Items.SelectMany(static item => item.Inlines)],
                _ => [],
            };
            foreach (var reference in inlines.OfType<FootnoteReference>())
            {
                places.Add(reference.Number, group);
            }
        }

        return places;
    }

    // Report 87's footnotes by number: where its body refers to each ("I.1.a", "I.5.c", "III") and the note's first
    // paragraph, without its emphasis.
    private static Dictionary<int, (string Place, string Text)> SeedFootnotes()
    {
        const string Superscripts = "⁰¹²³⁴⁵⁶⁷⁸⁹";
        static int Read(string digits) => int.Parse(string.Concat(digits.Select(static d => (char)('0' + Superscripts.IndexOf(d, StringComparison.Ordinal)))), CultureInfo.InvariantCulture);
        var text = SeedText();
        var start = text.IndexOf("I. KẾT QUẢ CÁC MẶT CÔNG TÁC", StringComparison.Ordinal);
        var places = new Dictionary<int, string>();
        var notes = new Dictionary<int, string>();
        string roman = "I", section = string.Empty, letter = string.Empty;
        foreach (var paragraph in text[start..].Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (Regex.Match(paragraph, $"^([{Superscripts}]+) ") is { Success: true } note)
            {
                notes.Add(Read(note.Groups[1].Value), Plain(paragraph[note.Length..]));
                continue;
            }

            if (Regex.Match(paragraph, "^(I|II|III)\\. ") is { Success: true } part)
            {
                roman = part.Groups[1].Value;
            }
            else if (Regex.Match(paragraph, @"^(\d)\. ") is { Success: true } heading)
            {
                (section, letter) = (heading.Groups[1].Value, string.Empty);
            }
            else if (Regex.Match(paragraph, "^([a-c])\\) ") is { Success: true } item)
            {
                letter = item.Groups[1].Value;
            }

            // A marker is a run of superscript digits; "⁽¹⁾" is an enumeration.
            foreach (Match marker in Regex.Matches(paragraph, $"(?<!⁽)[{Superscripts}]+(?!⁾)"))
            {
                places.Add(Read(marker.Value), roman != "I" ? roman : $"I.{section}{(letter.Length == 0 ? string.Empty : "." + letter)}");
            }
        }

        return places.ToDictionary(static p => p.Key, p => (p.Value, notes[p.Key]));
    }

    // Every figure of the seed's section I body with the subsection it is in ("I.1.a", "I.2", "I.5.c").
    private static List<(string Section, string Text)> SeedNumbers()
    {
        var text = SeedText();
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

    private static string SeedText() =>
        File.ReadAllText(Path.Combine(Golden.RepositoryRoot, "tests", "KhanhHoa.Governance.Tests", "Data", "Seeds", "002_f0b0e36c01827815.txt"))
            .Normalize(System.Text.NormalizationForm.FormC);

    // The numbers of section I's figures, by the group code of the heading they are under ("I.4.a", "I.6").
    private static Dictionary<string, List<string>> PrintedNumbers(ReportDocument document) =>
        SectionIFigures.ByGroup(document).ToDictionary(
            static g => g.Key,
            static g => g.Value.SelectMany(static f => Number.Matches(f.Text).Select(static m => m.Value)).ToList(),
            StringComparer.Ordinal);

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
