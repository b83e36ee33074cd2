using System.IO.Compression;
using System.Xml.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace KhanhHoa.Governance.Reporting.Tests.Documents;

public class DocxDocumentWriterTest
{
    private static readonly DateTimeOffset Stamp = new(2025, 9, 15, 0, 0, 0, TimeSpan.Zero);

    // Every element of the document is printed, none twice and none dropped: each marker occurs exactly once in the text
    // of the body and the footnotes.
    [Property(MaxTest = 100)]
    public Property The_Word_writer_prints_each_element_of_the_document_exactly_once() =>
        Prop.ForAll(GeneratedDocument.Arbitrary(), generated => WriterLaw.EachMarkerOnce(generated, Text(generated.Document)));

    [Fact]
    public void The_law_sees_an_element_left_out()
    {
        var generated = GeneratedDocument.Arbitrary().Generator.Sample(10, 1).First();

        Assert.NotEmpty(WriterLaw.Misprinted(generated, Text(generated.Document with { Closing = generated.Document.Closing with { Recipients = [] } })));
    }

    // The text of word/document.xml and, when there is one, word/footnotes.xml: each paragraph's runs on a line.
    internal static string Text(Reporting.Documents.ReportDocument document)
    {
        using var output = new MemoryStream();
        DocxDocumentWriter.Write(document, output, Stamp, static _ => { });
        using var zip = new ZipArchive(new MemoryStream(output.ToArray()));
        XNamespace w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        return string.Join('\n', new[] { "word/document.xml", "word/footnotes.xml" }
            .Select(zip.GetEntry)
            .OfType<ZipArchiveEntry>()
            .SelectMany(entry =>
            {
                using var stream = entry.Open();
                return XDocument.Load(stream).Descendants(w + "p").Select(p => string.Concat(p.Descendants(w + "t").Select(static t => t.Value))).ToList();
            }));
    }
}
