using System.Text;
using FsCheck;
using FsCheck.Fluent;
using KhanhHoa.Governance.Data;
using KhanhHoa.Governance.Reporting.Import;
using KhanhHoa.Governance.Tasks.Import;

namespace KhanhHoa.Governance.Reporting.Tests.Import;

// One entry point for a plan's document: Word or text told by the bytes, whatever the name says when it says nothing;
// a name that says one form over bytes of the other is one error; text that is not UTF-8 is one error; nothing throws.
public sealed class PlanFileReaderTest
{
    private const string Seed = "004_7aa614ab00280345.txt";
    private const string Id = "BCĐ-2025";

    [Theory]
    [InlineData("plan.docx", true)]
    [InlineData("plan", true)]
    [InlineData("standard input", true)]
    [InlineData("plan.txt", false)]
    [InlineData("plan", false)]
    [InlineData("PLAN.TXT", false)]
    public void Word_and_text_read_by_their_bytes_import_as_the_same_plan(string name, bool word)
    {
        var expected = WordPlanImportTest.FromText(Seed, Id);
        var bytes = word ? WordPlanFixtures.Build(expected) : Encoding.UTF8.GetBytes(WordPlanImportTest.SeedText(Seed));

        var read = PlanFileReader.Read(bytes, name, GovernanceData.Default.Agencies, WordPlanImportTest.Options(Id));

        Assert.True(read.Success, string.Join("; ", read.Errors));
        Assert.Equal(name, read.Value.Plan.Tasks[0].Source.Document);
        Assert.Equal(expected.Tasks.Select(WordPlanImportTest.Describe), read.Value.Plan.Tasks.Select(WordPlanImportTest.Describe));
    }

    [Fact]
    public void A_byte_order_mark_is_not_part_of_the_text()
    {
        var text = WordPlanImportTest.SeedText(Seed);
        var withMark = PlanFileReader.ReadDocument([.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(text)], "plan.txt").Value;

        Assert.Equal(Paragraphs(PlanTextReader.Read(text, "plan.txt")), Paragraphs(withMark));
    }

    private static IEnumerable<string> Paragraphs(PlanDocument document) => document.Blocks.OfType<DocumentParagraph>().Select(static p => p.Text);

    [Theory]
    [InlineData("plan.txt", true, "the file is named as text (.txt) but holds a Word file (.docx)")]
    [InlineData("plan.docx", false, "the file is named as a Word file (.docx) but holds text (.txt)")]
    public void A_name_that_says_the_other_form_is_one_error(string name, bool word, string message)
    {
        var bytes = word ? WordPlanFixtures.Build(WordPlanImportTest.FromText(Seed, Id)) : Encoding.UTF8.GetBytes("KẾ HOẠCH");

        var read = PlanFileReader.Read(bytes, name, GovernanceData.Default.Agencies);

        var error = Assert.Single(read.Errors);
        Assert.Equal((name, message), (error.Source, error.Message));
    }

    [Fact]
    public void Text_that_is_not_UTF8_is_one_error()
    {
        var read = PlanFileReader.Read([(byte)'K', 0xC3, 0x28, (byte)'x'], "plan.txt", GovernanceData.Default.Agencies);

        var error = Assert.Single(read.Errors);
        Assert.Equal("the text is not UTF-8 (byte 1); save it as UTF-8 (a legacy code page such as Windows-1258 or TCVN3 is not guessed) or give the Word file", error.Message);
    }

    // Notepad's "Unicode" is UTF-16 with a byte order mark, in either byte order: read as the same text (a UTF-16 plan
    // once had "no task table"); a broken UTF-16 text is one error at the byte where the decoder finds it (the unit
    // after a lone surrogate).
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Text_in_UTF16_with_its_byte_order_mark_reads_as_the_same_plan(bool bigEndian)
    {
        var text = WordPlanImportTest.SeedText(Seed);
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);

        var read = PlanFileReader.ReadDocument([.. encoding.GetPreamble(), .. encoding.GetBytes(text)], "plan.txt");

        Assert.Equal(Paragraphs(PlanTextReader.Read(text, "plan.txt")), Paragraphs(read.Value));
        var broken = PlanFileReader.ReadDocument([0xFF, 0xFE, (byte)'K', 0, 0x00, 0xD8, (byte)'x', 0], "plan.txt");
        Assert.Equal("the text is not UTF-16 (byte 6); save it as UTF-8 (a legacy code page such as Windows-1258 or TCVN3 is not guessed) or give the Word file", Assert.Single(broken.Errors).Message);
    }

    [Fact]
    public void Any_bytes_give_a_document_or_errors_and_never_throw() =>
        Prop.ForAll(Gen.ArrayOf(Gen.Choose(0, 255).Select(static b => (byte)b)).ToArbitrary(), bytes =>
        {
            var read = PlanFileReader.ReadDocument(bytes, "x");
            return read.Success != read.Errors.Any();
        }).QuickCheckThrowOnFailure();
}
