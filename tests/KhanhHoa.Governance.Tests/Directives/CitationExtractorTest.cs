using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KhanhHoa.Governance.Directives;

using NodaTime;

namespace KhanhHoa.Governance.Tests.Directives;

public sealed class CitationExtractorTest
{
    [Fact]
    public void Finds_type_number_and_date()
    {
        var citations = CitationExtractor.Extract(
            "Công văn số 2307/UBND-KT ngày 19/8/2025; Quyết định số 954/QĐ-UBND ngày 29/8/2025, Nghị quyết số 66/NQ-CP và Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024.");

        Assert.Equal(["2307/UBND-KT", "954/QĐ-UBND", "66/NQ-CP", "57-NQ/TW"], citations.Select(c => c.Number.ToString()));
        Assert.Equal([DocumentType.OfficialLetter, DocumentType.Decision, DocumentType.Resolution, DocumentType.Resolution], citations.Select(c => c.Type));
        Assert.Equal([new LocalDate(2025, 8, 19), new LocalDate(2025, 8, 29), (LocalDate?)null, new LocalDate(2024, 12, 22)], citations.Select(c => c.Date));
        Assert.Equal(0, citations[0].Index);
        Assert.Equal("Công văn số 2307/UBND-KT ngày 19/8/2025".Length, citations[0].Length);
    }

    [Fact]
    public void Reads_citations_broken_across_lines_and_numbers_without_type_words()
    {
        var citations = CitationExtractor.Extract("theo Nghị \nquyết số 66/NQ-CP; tại văn bản số 1552/BTTTT-TTH và 708/BTTTT-CATTT; dates 15/4/2025, 4G/5G.");

        Assert.Equal(["66/NQ-CP", "1552/BTTTT-TTH", "708/BTTTT-CATTT"], citations.Select(c => c.Number.ToString()));
        Assert.Equal(DocumentType.Resolution, citations[0].Type);
        Assert.Equal(DocumentType.OfficialLetter, citations[2].Type);
    }

    [Fact]
    public void Finds_the_documents_report_87_cites()
    {
        var text = SeedFiles.Read("002_f0b0e36c01827815.txt");
        var numbers = CitationExtractor.Extract(text).Select(c => c.Number.ToString()).ToHashSet();

        Assert.Contains("2943/KH-UBND", numbers);
        Assert.Contains("3992/KH-UBND", numbers);
        Assert.Contains("2307/UBND-KT", numbers);
        Assert.Contains("144/CĐ-TTg", numbers);
        Assert.Contains("42-TB/TGV", numbers);
        Assert.Contains("08/2025/NQ-HĐND", numbers);
    }

    [Property(MaxTest = 300)]
    public Property Extraction_never_throws_and_spans_stay_inside_the_text() =>
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), text =>
        {
            var nfc = (text ?? string.Empty).Normalize(System.Text.NormalizationForm.FormC);
            return CitationExtractor.Extract(text).All(c => c.Index >= 0 && c.Index + c.Length <= nfc.Length);
        });
}
