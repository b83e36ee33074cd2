using System.Text;
using System.Xml.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace KhanhHoa.Governance.Reporting.Tests.Documents;

public class HtmlDocumentWriterTest
{
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    // Every element of the document is printed once in the page's body text: the attributes (a stacked cell's column
    // name) and the head (the tab's title) are not what a reader reads as the report.
    [Property(MaxTest = 200)]
    public Property The_HTML_writer_prints_each_element_of_the_document_exactly_once() =>
        Prop.ForAll(GeneratedDocument.Arbitrary(), generated => WriterLaw.EachMarkerOnce(generated, BodyText(generated)));

    [Fact]
    public void The_law_sees_an_element_left_out()
    {
        var generated = GeneratedDocument.Arbitrary().Generator.Sample(10, 1).First();
        var page = Page(generated.Document with { Closing = generated.Document.Closing with { Sentence = string.Empty } });

        Assert.NotEmpty(WriterLaw.Misprinted(generated, Body(page)));
    }

    private static string BodyText(GeneratedDocument generated) => Body(Page(generated.Document));

    private static string Body(XDocument page) => string.Concat(page.Root!.Element(Xhtml + "body")!.DescendantNodes().OfType<XText>().Select(static t => t.Value));

    private static XDocument Page(Reporting.Documents.ReportDocument document)
    {
        using var output = new MemoryStream();
        HtmlDocumentWriter.Write(document, "tab", [], output);
        return XDocument.Parse(Encoding.UTF8.GetString(output.ToArray())["<!DOCTYPE html>\n".Length..]);
    }
}
