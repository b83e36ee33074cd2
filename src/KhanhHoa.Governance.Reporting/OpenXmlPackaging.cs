using System.Globalization;
using System.IO.Compression;
using System.Security;
using System.Text;
using DocumentFormat.OpenXml.Packaging;

namespace KhanhHoa.Governance.Reporting;

// What makes an OpenXML package byte-identical from run to run: core properties written by hand with fixed dates
// (the packaging layer would otherwise stamp the wall clock), and a rewrite of the zip with every entry, in the
// same order, dated at the same fixed instant.
internal static class OpenXmlPackaging
{
    public static DateTimeOffset FixedInstant(MonthlyReport report) =>
        new(report.Header.IssueDate.Year, report.Header.IssueDate.Month, report.Header.IssueDate.Day, 0, 0, 0, TimeSpan.Zero);

    public static void WriteCoreProperties(OpenXmlPackage package, MonthlyReport report) =>
        WriteCoreProperties(package, $"{report.Header.Title} {report.Header.NumberAndSymbol}", report.Header.Subject, report.Header.IssuingBody, report.ContainsSyntheticData, FixedInstant(report));

    public static void WriteCoreProperties(OpenXmlPackage package, string title, string subject, string creator, bool synthetic, DateTimeOffset instant)
    {
        var stamp = instant.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var keywords = synthetic ? "<cp:keywords>synthetic</cp:keywords>" : string.Empty;
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
            + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
            + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
            + $"<dc:title>{SecurityElement.Escape(title)}</dc:title><dc:subject>{SecurityElement.Escape(subject)}</dc:subject><dc:creator>{SecurityElement.Escape(creator)}</dc:creator>{keywords}"
            + $"<dcterms:created xsi:type=\"dcterms:W3CDTF\">{stamp}</dcterms:created>"
            + $"<dcterms:modified xsi:type=\"dcterms:W3CDTF\">{stamp}</dcterms:modified>"
            + "</cp:coreProperties>";
        var part = package.AddNewPart<CoreFilePropertiesPart>("application/vnd.openxmlformats-package.core-properties+xml", "rIdCore");
        using var stream = part.GetStream(FileMode.Create);
        stream.Write(new UTF8Encoding(false).GetBytes(xml));
    }

    // A package built in memory by fill, then copied to the output with every entry dated at the stamp.
    public static void Write<TPackage>(Stream output, DateTimeOffset stamp, Func<Stream, TPackage> create, Action<TPackage> fill)
        where TPackage : OpenXmlPackage
    {
        using var buffer = new MemoryStream();
        using (var package = create(buffer))
        {
            fill(package);
        }

        CopyNormalized(buffer.ToArray(), output, stamp);
    }

    public static void CopyNormalized(byte[] package, Stream output, DateTimeOffset stamp)
    {
        using var source = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        using var buffer = new MemoryStream();
        using (var target = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = stamp;
                using var from = entry.Open();
                using var to = copy.Open();
                from.CopyTo(to);
            }
        }

        buffer.Position = 0;
        buffer.CopyTo(output);
    }
}
