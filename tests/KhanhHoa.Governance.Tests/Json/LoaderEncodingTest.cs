using System.Text;
using KhanhHoa.Governance.Data;
using KhanhHoa.Governance.Indicators;

namespace KhanhHoa.Governance.Tests.Json;

// A data file in the wrong encoding, or with bytes no encoding allows, is one located error saying so, not the
// reader's message about some byte, and never an exception.
public sealed class LoaderEncodingTest
{
    private const string Figures = """
        { "document": "87/BC-BCĐ", "title": "Báo cáo tỉnh Khánh Hòa", "period": "16/8–15/9/2025",
          "figures": [], "rules": [] }
        """;

    [Theory]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    public void A_utf16_file_is_one_error_at_line_1_asking_for_utf8(string encodingName)
    {
        var encoding = Encoding.GetEncoding(encodingName);

        foreach (var bytes in new[] { [.. encoding.GetPreamble(), .. encoding.GetBytes(Figures)], encoding.GetBytes(Figures) })
        {
            var error = Assert.Single(Errors(bytes));

            Assert.Equal(("$", 1, 1), (error.JsonPath, error.Line, error.Column));
            Assert.Contains("UTF-16", error.Message, StringComparison.Ordinal);
            Assert.Contains("save it as UTF-8", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_latin1_file_is_one_error_at_its_first_byte_that_is_not_utf8()
    {
        var error = Assert.Single(Errors(Encoding.Latin1.GetBytes("{ \"document\": \"87\",\n  \"title\": \"Bao cao Khánh\" }")));

        Assert.Equal(("$", 2, 23), (error.JsonPath, error.Line, error.Column));
        Assert.Equal("invalid UTF-8 (byte 0xE1); the file must be UTF-8, not Latin-1, Windows-1258 or another legacy encoding", error.Message);
    }

    [Theory]
    [InlineData(new byte[] { 0xC3 })]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })]
    [InlineData(new byte[] { 0xC0, 0xAF })]
    public void Invalid_utf8_inside_a_string_is_located_after_the_vietnamese_letters_before_it(byte[] invalid)
    {
        var json = Encoding.UTF8.GetBytes(Figures);
        var at = Encoding.UTF8.GetBytes(Figures[..Figures.IndexOf("Khánh", StringComparison.Ordinal)]).Length;

        var error = Assert.Single(Errors([.. json[..at], .. invalid, .. json[at..]]));

        Assert.Equal((1, 51), (error.Line, error.Column));
        Assert.Contains("invalid UTF-8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_nul_byte_inside_a_string_is_located_like_any_byte_that_is_not_text()
    {
        var error = Assert.Single(Errors(Encoding.UTF8.GetBytes(Figures.Replace("Khánh", "Khá\0nh", StringComparison.Ordinal))));

        Assert.Equal(("$", 1, 54), (error.JsonPath, error.Line, error.Column));
        Assert.Equal("NUL byte in the text", error.Message);
    }

    [Fact]
    public void An_escaped_lone_surrogate_is_a_located_error_not_an_exception()
    {
        var error = Assert.Single(Errors(Encoding.UTF8.GetBytes(Figures.Replace("Khánh", "Kh\\uD800nh", StringComparison.Ordinal))));

        Assert.Equal(("$.title", 1, 37), (error.JsonPath, error.Line, error.Column));
        Assert.StartsWith("malformed JSON: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_utf8_byte_order_mark_is_still_accepted()
    {
        Assert.True(GovernanceDataLoader.LoadReportFigures([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Figures)]).Success);
    }

    private static IReadOnlyList<InputError> Errors(byte[] utf8) => GovernanceDataLoader.LoadReportFigures(utf8).Match(static _ => [], static e => e);
}
