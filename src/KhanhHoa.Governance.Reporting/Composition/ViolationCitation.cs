namespace KhanhHoa.Governance.Reporting;

// The citation of a finding in the words of a Vietnamese report: the document, then its sections ("mục") and
// footnotes ("chú thích") in the order the figures name them, each once. Figure sets write footnotes "footnote 12".
internal static class ViolationCitation
{
    private const string Footnote = "footnote ";

    public static string Of(string document, IEnumerable<string> sections)
    {
        var distinct = sections.Distinct(StringComparer.Ordinal).ToList();
        var items = distinct.Where(static s => !s.StartsWith(Footnote, StringComparison.Ordinal)).ToList();
        var notes = distinct.Where(static s => s.StartsWith(Footnote, StringComparison.Ordinal)).Select(static s => s[Footnote.Length..]).ToList();
        var parts = new List<string>(2);
        if (items.Count > 0)
        {
            parts.Add("mục " + string.Join(", ", items));
        }

        if (notes.Count > 0)
        {
            parts.Add("chú thích " + string.Join(", ", notes));
        }

        return parts.Count == 0 ? document : $"{document}, {string.Join("; ", parts)}";
    }
}
