using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace KhanhHoa.Governance.Reporting.Tests.Documents;

public class JsonDocumentWriterTest
{
    // As the renderer writes it: Vietnamese text and the markers' "§" unescaped.
    private static readonly ReportJsonContext Context = new(new JsonSerializerOptions(ReportJsonContext.Default.Options) { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    // The contract's "document" holds every element once (the banner once: a data file has no top and end).
    [Property(MaxTest = 200)]
    public Property The_JSON_writer_prints_each_element_of_the_document_exactly_once() =>
        Prop.ForAll(GeneratedDocument.Arbitrary(), generated => WriterLaw.EachMarkerOnce(generated, Json(generated.Document), bannerTimes: 1));

    [Fact]
    public void The_law_sees_an_element_left_out()
    {
        var generated = GeneratedDocument.Arbitrary().Generator.Sample(10, 1).First();

        Assert.NotEmpty(WriterLaw.Misprinted(generated, Json(generated.Document with { Closing = generated.Document.Closing with { Recipients = [] } }), bannerTimes: 1));
    }

    private static string Json(Reporting.Documents.ReportDocument document) =>
        JsonSerializer.Serialize(JsonDocumentWriter.Of(document), Context.DocumentJson);
}
