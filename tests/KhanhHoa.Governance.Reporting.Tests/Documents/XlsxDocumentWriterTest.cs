using System.IO.Compression;
using System.Xml.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace KhanhHoa.Governance.Reporting.Tests.Documents;

public class XlsxDocumentWriterTest
{
    private static readonly DateTimeOffset Stamp = new(2025, 9, 15, 0, 0, 0, TimeSpan.Zero);

    // Every element of the document is printed, none twice and none dropped: each marker occurs exactly once in the
    // strings of the sheets (their inline strings and the shared strings, where there are any).
    [Property(MaxTest = 100)]
    public Property The_Excel_writer_prints_each_element_of_the_document_exactly_once() =>
        Prop.ForAll(GeneratedDocument.Arbitrary(), generated => WriterLaw.EachMarkerOnce(generated, Text(generated.Document)));

    [Fact]
    public void The_law_sees_an_element_left_out()
    {
        var generated = GeneratedDocument.Arbitrary().Generator.Sample(10, 1).First();

        Assert.NotEmpty(WriterLaw.Misprinted(generated, Text(generated.Document with { Closing = generated.Document.Closing with { Recipients = [] } })));
    }

    private static string Text(Reporting.Documents.ReportDocument document)
    {
        using var output = new MemoryStream();
        XlsxDocumentWriter.Write(document, output, Stamp, static _ => { });
        using var zip = new ZipArchive(new MemoryStream(output.ToArray()));
        XNamespace main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        return string.Join('\n', zip.Entries
            .Where(static e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal) || e.FullName == "xl/sharedStrings.xml")
            .SelectMany(entry =>
            {
                using var stream = entry.Open();
                return XDocument.Load(stream).Descendants(main + "t").Select(static t => t.Value).ToList();
            }));
    }
}
