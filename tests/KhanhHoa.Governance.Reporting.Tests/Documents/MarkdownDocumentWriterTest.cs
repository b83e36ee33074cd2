using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace KhanhHoa.Governance.Reporting.Tests.Documents;

public class MarkdownDocumentWriterTest
{
    // Every element of the document is printed, none twice and none dropped: each marker occurs exactly once.
    [Property(MaxTest = 200)]
    public Property The_Markdown_writer_prints_each_element_of_the_document_exactly_once() =>
        Prop.ForAll(GeneratedDocument.Arbitrary(), generated => WriterLaw.EachMarkerOnce(generated, MarkdownDocumentWriter.Write(generated.Document)));

    // The law above can fail: a writer that dropped the closing would print some markers zero times.
    [Fact]
    public void The_law_sees_an_element_left_out()
    {
        var generated = GeneratedDocument.Arbitrary().Generator.Sample(10, 1).First();
        var written = MarkdownDocumentWriter.Write(generated.Document with { Closing = generated.Document.Closing with { Recipients = [] } });

        Assert.NotEmpty(WriterLaw.Misprinted(generated, written));
    }
}
