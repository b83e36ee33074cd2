using System.IO.Compression;
using System.Xml.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KhanhHoa.Governance.Reporting.Documents;

namespace KhanhHoa.Governance.Reporting.Tests.Documents;

// The law of every writer for the Word and the Excel writer: each marker of a random document once in the text their
// packages hold (Word: the paragraphs of the body and the footnotes; Excel: the strings of the sheets).
public class OfficeDocumentWritersTest
{
    private static readonly DateTimeOffset Stamp = new(2025, 9, 15, 0, 0, 0, TimeSpan.Zero);

    private static readonly XNamespace Word = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private static readonly XNamespace Sheet = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    [Property(MaxTest = 100)]
    public Property The_Word_writer_prints_each_element_of_the_document_exactly_once() =>
        Prop.ForAll(GeneratedDocument.Arbitrary(), generated => WriterLaw.EachMarkerOnce(generated, Text("docx", generated.Document)));

    [Property(MaxTest = 100)]
    public Property The_Excel_writer_prints_each_element_of_the_document_exactly_once() =>
        Prop.ForAll(GeneratedDocument.Arbitrary(), generated => WriterLaw.EachMarkerOnce(generated, Text("xlsx", generated.Document)));

    // The laws above can fail: a writer given a document without its recipients prints some markers zero times.
    [Theory]
    [InlineData("docx")]
    [InlineData("xlsx")]
    public void The_law_sees_an_element_left_out(string format)
    {
        var generated = GeneratedDocument.Arbitrary().Generator.Sample(10, 1).First();

        Assert.NotEmpty(WriterLaw.Misprinted(generated, Text(format, generated.Document with { Closing = generated.Document.Closing with { Recipients = [] } })));
    }

    private static string Text(string format, ReportDocument document)
    {
        using var output = new MemoryStream();
        if (format == "docx")
        {
            DocxDocumentWriter.Write(document, output, Stamp, static _ => { });
            return PartsText(output, static name => name is "word/document.xml" or "word/footnotes.xml", Word + "p", Word + "t");
        }

        XlsxDocumentWriter.Write(document, output, Stamp, static _ => { });
        return PartsText(output, static name => name.StartsWith("xl/worksheets/", StringComparison.Ordinal) || name == "xl/sharedStrings.xml", Sheet + "t", Sheet + "t");
    }

    // Each unit (a paragraph, a string) of the parts on a line of its own, its text elements joined.
    private static string PartsText(MemoryStream package, Func<string, bool> isPart, XName unit, XName text)
    {
        using var zip = new ZipArchive(new MemoryStream(package.ToArray()));
        return string.Join('\n', zip.Entries.Where(entry => isPart(entry.FullName)).SelectMany(entry =>
        {
            using var stream = entry.Open();
            return XDocument.Load(stream).Descendants(unit).Select(element => string.Concat(element.DescendantsAndSelf(text).Select(static t => t.Value))).ToList();
        }));
    }
}
