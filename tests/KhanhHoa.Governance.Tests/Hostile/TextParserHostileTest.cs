using System.Text;
using KhanhHoa.Governance.Calendar;
using KhanhHoa.Governance.Data;
using KhanhHoa.Governance.Directives;
using KhanhHoa.Governance.Indicators;
using KhanhHoa.Governance.Tests.Calendar;

namespace KhanhHoa.Governance.Tests.Hostile;

/// <summary>
/// The library's text readers (deadlines, document numbers, periods, cut-off rules, printed numbers, measure
/// expressions, citations, agency cells) under <see cref="HostileInput"/>: whatever a seed's phrase becomes, each
/// answers with a value or a located <see cref="ParseError"/>, never an exception.
/// </summary>
[Trait("Category", HostileInput.Category)]
public class TextParserHostileTest
{
    private static readonly string[] DocumentNumbers =
    [
        "87/BC-BCĐ", "3433/KH-UBND", "954/QĐ-UBND", "09/2019/NĐ-CP", "06/QĐ-TTg", "Số: 1234/UBND-KGVX", "66/NQ-CP",
        "57-NQ/TW", "30/2020/NĐ-CP", "18/2025/TT-BNV",
    ];

    private static readonly string[] PeriodIds = ["2025-09", "2025-Q3", "2025-H1", "2025-9M", "2025", "2026-12", "2000-01"];

    private static readonly string[] CutoffTexts = ["administrative", "calendar", "15", "1", "28"];

    private static readonly string[] PrintedNumbers = ["1.234.567", "66,47", "78.508", "12,5%", "2.218.975", "0", "100%", "15,16", "1.466"];

    private static readonly string[] AgencyCells =
    [
        "Sở Khoa học và Công nghệ", "Công an tỉnh; UBND các xã, phường", "Các sở, ban, ngành, địa phương",
        "Văn phòng UBND tỉnh (Trung tâm Phục vụ hành chính công)", "Sở Nội vụ, Sở Tài chính và các cơ quan liên quan",
    ];

    public static TheoryData<string> Readers => new(Checks.Keys);

    private static readonly Dictionary<string, Action> Checks = new()
    {
        ["Deadline.Parse"] = () => Check(SeedDeadlines.Texts, text => Deadline.Parse(text, SeedDeadlines.ContextYear), deadline => deadline.Text is null ? "no text" : null),
        ["DocumentNumber.Parse"] = () => Check(DocumentNumbers, text => DocumentNumber.Parse(text), parsed => parsed.Match(_ => null, Located)),
        ["ReportingPeriod.Parse"] = () => Check(PeriodIds, text => ReportingPeriod.Parse(text, CutoffRule.Administrative), parsed => parsed.Match(period => period.Start <= period.End ? null : "ends before it starts", Located)),
        ["CutoffRule.Parse"] = () => Check(CutoffTexts, text => CutoffRule.Parse(text), parsed => parsed.Match(_ => null, Located)),
        ["VietnameseNumber.Parse"] = () => Check(PrintedNumbers, text => VietnameseNumber.Parse(text), parsed => parsed.Match(_ => null, Located)),
        ["VietnameseNumber.ParseTolerant"] = () => Check(PrintedNumbers, text => VietnameseNumber.ParseTolerant(text), parsed => parsed.Match(_ => null, Located)),
        ["MeasureExpression.Parse"] = () => Check(
            [.. GovernanceData.Default.Indicators.Indicators.Select(indicator => indicator.Numerator.ToString()).Distinct().Take(20)],
            text => MeasureExpression.Parse(text),
            parsed => parsed.Match(_ => null, Located)),
        ["CitationExtractor.Extract"] = () => Check(
            [.. Directory.EnumerateFiles(SeedFiles.Directory).Order(StringComparer.Ordinal).Select(path => SeedFiles.Read(Path.GetFileName(path))[..3000])],
            CitationExtractor.Extract,
            citations => citations.All(citation => citation.Length > 0) ? null : "an empty citation"),
        ["AgencyRegistry.ResolveCell"] = () => Check(AgencyCells, GovernanceData.Default.Agencies.ResolveCell, cell => cell is null ? "no cell" : null),
    };

    [Theory]
    [MemberData(nameof(Readers))]
    public void A_damaged_phrase_gives_a_value_or_a_located_error(string reader) => Checks[reader]();

    [Theory]
    [InlineData(int.MinValue)]
    [InlineData(-1)]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(9999)]
    [InlineData(10000)]
    [InlineData(int.MaxValue)]
    public void A_deadline_never_throws_whatever_the_context_year(int contextYear)
    {
        // Deadline.Parse promises never to throw; the context year fills in dates the text leaves without a year.
        foreach (var text in SeedDeadlines.Texts.Append("trước ngày 31/12/99999").Append("Quý IV").Append("trước ngày 29/02"))
        {
            Assert.Equal(text, Deadline.Parse(text, contextYear).Text);
        }
    }

    private static string? Located(ParseError error) =>
        error.Message.Length == 0 ? "an error without a message" : error.Position is < 0 || error.Position > error.Input.Length ? $"an error at position {error.Position} of {error.Input.Length}" : null;

    // The harness damages bytes; text readers get the damage as .NET text (invalid UTF-8 becomes U+FFFD).
    private static void Check<T>(IReadOnlyList<string> valid, Func<string, T> read, Func<T, string?> wellFormed) =>
        HostileInput.Check([.. valid.Select(Encoding.UTF8.GetBytes)], bytes => read(Encoding.UTF8.GetString(bytes)), wellFormed);
}
