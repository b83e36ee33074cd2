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
    private static readonly Lazy<DefaultRun> Signable = new(() => DefaultRun.Compose(ReportPurpose.Signable, figuresAsSent: true));

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

    // Report 87's detail in footnotes: the communes behind a figure they sent, by name, and the elements' standing notes
    // (report 87's footnotes 20, 21 and 23), numbered in the order the body refers to them.
    [Fact]
    public void The_signable_report_of_2025_09_puts_report_87s_detail_in_footnotes()
    {
        var footnotes = Document.Value.Footnotes;
        var references = Document.Value.Body.OfType<DocumentParagraph>().SelectMany(static p => p.Inlines).OfType<FootnoteReference>().Select(static r => r.Number);
        var seedFootnotes = SeedText();
        string Text(DocumentFootnote note) => string.Concat(note.Inlines.Select(static i => i.Text));

        Assert.Equal(Enumerable.Range(1, footnotes.Count), footnotes.Select(static f => f.Number));
        Assert.Equal(Enumerable.Range(1, footnotes.Count), references);
        var communes = Signable.Value.Data.OrgUnits.AsOf(Signable.Value.Report.Period.End).Units
            .Where(static u => u.Kind is OrgUnitKind.Commune or OrgUnitKind.Ward or OrgUnitKind.SpecialZone)
            .Select(static u => u.Name).Order(StringComparer.Ordinal).ToList();
        const string Senders = "Các đơn vị đã báo cáo: ";
        void NamesTheCommunes(DocumentFootnote note)
        {
            Assert.StartsWith(Senders, Text(note), StringComparison.Ordinal);
            Assert.Equal(communes, Text(note)[Senders.Length..].TrimEnd('.').Split(", ").Order(StringComparer.Ordinal));
        }

        Assert.Equal(65, communes.Count);
        Assert.Collection(
            footnotes,
            NamesTheCommunes,
            unemployment => Assert.StartsWith("Từ ngày 21/7/2025, các thủ tục bảo hiểm thất nghiệp được triển khai tiếp nhận và giải quyết", Text(unemployment), StringComparison.Ordinal),
            NamesTheCommunes,
            parking => Assert.Contains(Text(parking)[(Text(parking).IndexOf(':', StringComparison.Ordinal) + 2)..], seedFootnotes, StringComparison.Ordinal),
            idCardPoints => Assert.Contains(Text(idCardPoints), seedFootnotes, StringComparison.Ordinal));
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
