using FsCheck;
using FsCheck.Fluent;

namespace KhanhHoa.Governance.Reporting.Tests.Documents;

// The law every writer of the report document obeys, whatever its format.
internal static class WriterLaw
{
    public static Property EachMarkerOnce(GeneratedDocument generated, string written, int bannerTimes = 2)
    {
        var wrong = Misprinted(generated, written, bannerTimes);
        return (wrong.Count == 0).Label("printed other than once: " + string.Join(", ", wrong));
    }

    // The markers printed other than once (the banner's: other than the times the format prints it, at the top and at
    // the end of a page), with the times each was.
    public static IReadOnlyList<string> Misprinted(GeneratedDocument generated, string written, int bannerTimes = 2) =>
        [.. Enumerable.Range(0, generated.Markers)
            .Select(GeneratedDocument.Marker)
            .Select(marker => (marker, count: Count(written, marker), expected: marker == generated.BannerMarker ? bannerTimes : 1))
            .Where(static m => m.count != m.expected)
            .Select(static m => $"{m.marker}×{m.count}")];

    private static int Count(string text, string marker)
    {
        var count = 0;
        for (var at = text.IndexOf(marker, StringComparison.Ordinal); at >= 0; at = text.IndexOf(marker, at + marker.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
