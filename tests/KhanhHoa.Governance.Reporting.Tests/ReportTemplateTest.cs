using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KhanhHoa.Governance.Data;
using KhanhHoa.Governance.Indicators;

namespace KhanhHoa.Governance.Reporting.Tests;

// Report 87's section I is data (report-87.template.json): read, it places every indicator the report can show once,
// each group under one code, and the groups of one numbered section side by side, as the outline numbers them; it words
// P06.MONTHLY's elements in report 87's sentences, whose placeholders are checked when it is read.
public class ReportTemplateTest
{
    private static readonly IndicatorCatalog Catalog = GovernanceData.Default.Indicators;

    private static IReadOnlyList<ReportIndicatorSection> Layout => ReportTemplate.Report87.Layout(Catalog);

    [Fact]
    public void The_shipped_template_places_every_indicator_the_report_can_show_exactly_once()
    {
        var placed = Layout.SelectMany(static section => section.IndicatorCodes).ToList();

        Assert.Equal(Catalog.Indicators.Where(MonthlyReportComposer.CanShow).Select(static d => d.Code).Order(StringComparer.Ordinal), placed.Order(StringComparer.Ordinal));
        Assert.Equal(placed.Count, placed.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void The_shipped_template_keeps_report_87_s_eight_parts_in_order()
    {
        var codes = Layout.Select(static section => section.Code).ToList();

        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(["1", "2", "3", "4", "5", "6", "7", "8"], codes.Select(static code => code.Split('.')[1]).Distinct(StringComparer.Ordinal));

        // A numbered section's lettered groups follow each other: the outline gives the section one number.
        var sections = Layout.Select(static section => section.Section).Where(static s => s is not null).ToList();
        Assert.All(sections.Distinct(StringComparer.Ordinal), section => Assert.Equal(
            sections.Count(s => s == section),
            Layout.SkipWhile(g => g.Section != section).TakeWhile(g => g.Section == section).Count()));
    }

    [Fact]
    public void Digitisation_goes_to_its_own_group_and_the_other_indicators_to_the_dossier_group()
    {
        var digitisation = Layout.Single(static s => s.Code == ReportIndicatorSection.DigitisationCode);
        var dossiers = Layout.Single(static s => s.Code == ReportIndicatorSection.PublicServicesCode);

        Assert.NotEmpty(digitisation.IndicatorCodes);
        Assert.NotEmpty(dossiers.IndicatorCodes);
        Assert.All(digitisation.IndicatorCodes, code => Assert.Contains(Catalog.Find(code)!.Concept, new[] { "digitisation", "reuse", "e-result" }));
        Assert.All(dossiers.IndicatorCodes, code => Assert.DoesNotContain(Catalog.Find(code)!.Concept, new[] { "digitisation", "reuse", "e-result" }));
    }

    private static string TemplateFile => Path.Combine(TestFiles.RepositoryRoot, "src", "KhanhHoa.Governance.Reporting", "Composition", "report-87.template.json");

    [Fact]
    public void The_shipped_template_words_elements_of_the_monthly_data_set_in_the_files_order()
    {
        var p06 = GovernanceData.Default.DataSets.Find("P06.MONTHLY")!;
        var template = ReportTemplate.Report87;
        using var file = JsonDocument.Parse(File.ReadAllBytes(TemplateFile));
        var codes = file.RootElement.GetProperty("elements").EnumerateObject().Select(static e => e.Name).ToList();

        Assert.Equal(codes, codes.OrderBy(template.Position));
        Assert.Equal(Enumerable.Range(0, codes.Count), codes.Select(template.Position));
        Assert.Equal(int.MaxValue, template.Position("not_an_element"));
        var printed = template.Elements.Values.SelectMany(static e => new[] { e.Sentence, e.None }).OfType<string>()
            .SelectMany(static sentence => SentenceTemplate.Parse(sentence, "test").References);
        Assert.All(codes.Concat(printed), code => Assert.NotNull(p06.FindElement(code)));
    }

    [Theory]
    [InlineData("{ \"sentence\": \"Đã cấp {so_the} thẻ.\" }", "t.json, element id_cards: sentence \"Đã cấp {so_the} thẻ.\" has an unknown placeholder {so_the}")]
    [InlineData("{ \"none\": \"Không phát sinh {value:}.\" }", "t.json, element id_cards, \"none\": sentence \"Không phát sinh {value:}.\" has an unknown placeholder {value:}")]
    [InlineData("{ \"sentence\": \"Đã cấp {value thẻ.\" }", "t.json, element id_cards: sentence \"Đã cấp {value thẻ.\" has a '{' without its '}' at character 8")]
    [InlineData("{ \"sentence\": \"Đã cấp value} thẻ.\" }", "t.json, element id_cards: sentence \"Đã cấp value} thẻ.\" has a '}' without its '{' at character 13")]
    [InlineData("{ \"sentence\": \"Cấp {value} thẻ, {value:points} điểm.\" }, \"points\": { \"sentence\": \"{value} điểm.\" }", "t.json, element id_cards: sentence \"Cấp {value} thẻ, {value:points} điểm.\" prints points, which has a sentence of its own")]
    public void A_template_whose_sentence_does_not_read_is_refused_naming_the_file_the_element_and_the_sentence(string element, string message)
    {
        var json = $$"""{ "format": "{{ReportTemplate.FormatName}}", "sections": [{ "code": "I.1", "title": "Chỉ đạo" }], "elements": { "id_cards": {{element}} } }""";

        var problem = Assert.Throws<InvalidOperationException>(() => ReportTemplate.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "t.json"));

        Assert.StartsWith(message, problem.Message, StringComparison.Ordinal);
    }

    // The law of a sentence: read, its pieces are its words and placeholders in order, nothing lost or added.
    [Property(MaxTest = 200)]
    public Property A_sentence_reads_back_as_its_words_and_placeholders()
    {
        var words = Gen.Elements("Đã cấp ", " thẻ", ", đạt ", "(", ")", "/", ".", " ", "100% ", "đ").ListOf().Select(static w => string.Concat(w));
        var placeholder = Gen.Elements([.. SentenceTemplate.Placeholders.Select(static p => "{" + p + "}"), "{value:id_cards}", "{cumulative:digitized_month}"]);
        var sentence = Gen.Zip(words, placeholder).ListOf().Select(static parts => string.Concat(parts.Select(static p => p.Item1 + p.Item2)));
        return Prop.ForAll(sentence.ToArbitrary(), text =>
        {
            var pieces = SentenceTemplate.Parse(text, "test").Pieces;
            var read = string.Concat(pieces.Select(static p => p.Text ?? "{" + p.Placeholder + (p.Element is null ? string.Empty : ":" + p.Element) + "}"));
            return read == text && pieces.All(static p => p.Text is not "");
        });
    }
}
