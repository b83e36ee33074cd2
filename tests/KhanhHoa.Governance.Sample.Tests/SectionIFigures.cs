using KhanhHoa.Governance.Reporting.Documents;

namespace KhanhHoa.Governance.Sample.Tests;

// The figures a report document prints in section I, by the group code of the heading they are under ("I.4.a", "I.6"):
// the figure runs of its sentences, lists and tables, not the numbers of the words around them.
internal static class SectionIFigures
{
    public static Dictionary<string, List<FigureRun>> ByGroup(ReportDocument document)
    {
        var printed = new Dictionary<string, List<FigureRun>>(StringComparer.Ordinal);
        string? section = null, group = null;
        foreach (var block in document.Body.SkipWhile(static b => b is not DocumentHeading { Level: 1, Number: "I." }).Skip(1)
            .TakeWhile(static b => b is not DocumentHeading { Level: 1 }))
        {
            if (block is DocumentHeading { Level: 2 } heading)
            {
                section = heading.Number.TrimEnd('.');
                group = "I." + section;
            }
            else if (block is DocumentHeading { Level: 3, Number: [var letter, ')'] })
            {
                group = $"I.{section}.{letter}";
            }
            else if (group is not null)
            {
                var list = printed.TryGetValue(group, out var existing) ? existing : printed[group] = [];
                list.AddRange(Of([block]));
            }
        }

        return printed;
    }

    // The figure runs of blocks: in paragraphs, list items and table cells.
    public static IEnumerable<FigureRun> Of(IEnumerable<DocumentBlock> blocks) => blocks.SelectMany(static block => block switch
    {
        DocumentParagraph paragraph => paragraph.Inlines,
        DocumentList list => list.Items.SelectMany(static item => item.Inlines),
        DocumentTable table => table.Rows.SelectMany(static row => row.Cells).SelectMany(static cell => cell.Inlines),
        _ => [],
    }).OfType<FigureRun>();
}
