using System.Text.RegularExpressions;

namespace KhanhHoa.Governance.Tasks.Import;

/// <summary>
/// Reads a plan document in the plain-text form that extraction from Word or PDF gives into a
/// <see cref="PlanDocument"/>. Two table layouts are recognised by their header lines ("TT", "Nhiệm vụ", …):
/// one cell per line with empty cells dropped (seed 001, from "DANH MỤC" on), and one cell per tab-indented line
/// with rows separated by blank lines (the appendices of seed 004). Every other line is a paragraph.
/// </summary>
/// <threadsafety>Stateless; safe to call from several threads.</threadsafety>
internal static partial class PlanTextReader
{
    /// <summary>Splits a text into paragraphs and tables; never throws on any text.</summary>
    /// <param name="text">The document's text (NFC or NFD; line breaks of any platform).</param>
    /// <param name="name">The file name, kept for task sources and error locations.</param>
    /// <returns>The document.</returns>
    public static PlanDocument Read(string text, string name)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(name);
        var lines = VietnameseText.ToNfc(text).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n', '\r');
        var blocks = new List<DocumentBlock>();
        var wrapped = IsWrappedByPdf(lines);
        var fullLine = FullLine(lines);
        var lastLine = string.Empty;
        var inFootnote = false;
        var i = 0;
        while (i < lines.Length)
        {
            if (StartsTable(lines, i))
            {
                var start = i;
                var rows = lines[i].StartsWith('\t') ? ReadTabbed(lines, ref i) : ReadOneCellPerLine(lines, ref i);
                blocks.Add(new DocumentTable(rows, DocumentLocation.AtLine(start + 1)));
                continue;
            }

            var line = lines[i].Trim();
            if (wrapped && line.Length > 0)
            {
                // A page's footnotes ("1 Quyết định số …") and its number sit between two lines of the body.
                inFootnote = Footnote().IsMatch(line) || (inFootnote && !StartsBlock(line));
                if (inFootnote)
                {
                    i++;
                    continue;
                }
            }

            if (line.Length > 0 && blocks.Count > 0 && blocks[^1] is DocumentParagraph previous
                && (wrapped
                    ? !StartsBlock(line) && !EndsSentenceBefore(previous.Text, line) && !EndsHeadingBefore(previous.Text, lastLine, line, fullLine)
                    : ContinuesParagraph(previous.Text, line)))
            {
                // Extraction from PDF breaks a paragraph where the page's line ended: join it back ("8-" / "9/2025" as one word).
                blocks[^1] = previous with { Text = previous.Text + (wrapped && previous.Text.EndsWith('-') ? string.Empty : " ") + line };
                lastLine = line;
            }
            else if (line.Length > 0)
            {
                blocks.Add(new DocumentParagraph(line, DocumentLocation.AtLine(i + 1)));
                lastLine = line;
            }

            i++;
        }

        return new PlanDocument(name, blocks);
    }

    // A table starts at a "TT" header line followed by the task header.
    private static bool StartsTable(string[] lines, int i) =>
        i + 1 < lines.Length && PlanColumns.Recognize(lines[i]) == PlanColumn.Number && PlanColumns.Recognize(lines[i + 1]) == PlanColumn.Task;

    private static List<DocumentRow> ReadTabbed(string[] lines, ref int i)
    {
        var rows = new List<DocumentRow>();
        while (i < lines.Length)
        {
            while (i < lines.Length && IsBlank(lines[i]))
            {
                i++;
            }

            // A group of lines that does not start with a tab ends the table.
            if (i >= lines.Length || !lines[i].StartsWith('\t'))
            {
                break;
            }

            var start = i;
            var cells = new List<List<string>>();
            for (; i < lines.Length && !IsBlank(lines[i]) && !StartsAppendix(lines[i]); i++)
            {
                if (lines[i].StartsWith('\t'))
                {
                    cells.Add([]);
                }

                // A line without a tab wraps the cell above it (a header such as "Cơ quan" / "chủ trì").
                if (lines[i].Trim().Length > 0)
                {
                    cells[^1].Add(lines[i].Trim());
                }
            }

            rows.Add(new DocumentRow([.. cells.Select(static c => new DocumentCell(c))], DocumentLocation.AtLine(start + 1), Positioned: true));
            if (i < lines.Length && StartsAppendix(lines[i]))
            {
                break;
            }
        }

        return rows;
    }

    private static List<DocumentRow> ReadOneCellPerLine(string[] lines, ref int i)
    {
        var header = new List<DocumentCell>();
        var headerLine = i + 1;
        for (; i < lines.Length && PlanColumns.Recognize(lines[i]) is not null; i++)
        {
            header.Add(new DocumentCell([lines[i].Trim()]));
        }

        var rows = new List<DocumentRow> { new(header, DocumentLocation.AtLine(headerLine), Positioned: true) };
        List<DocumentCell>? cells = null;
        var rowLine = 0;
        for (; i < lines.Length && !EndsOneCellPerLineTable(lines[i]); i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            if (PlanColumns.IsRowNumber(lines[i]))
            {
                Flush();
                cells = [];
                rowLine = i + 1;
            }

            // Lines before the first numbered row belong to an unnumbered first row.
            if (cells is null)
            {
                cells = [];
                rowLine = i + 1;
            }

            cells.Add(new DocumentCell([lines[i].Trim()]));
        }

        Flush();
        return rows;

        void Flush()
        {
            if (cells is { Count: > 0 })
            {
                rows.Add(new DocumentRow(cells, DocumentLocation.AtLine(rowLine), Positioned: false));
            }
        }
    }

    // Footnotes ("[1] Công văn số …") and the next appendix follow the table.
    private static bool EndsOneCellPerLineTable(string line)
    {
        var trimmed = line.TrimStart();
        return (trimmed.StartsWith('[') && trimmed.Length > 1 && char.IsAsciiDigit(trimmed[1]))
            || StartsAppendix(trimmed);
    }

    // The next appendix's heading can follow the last row without a blank line.
    private static bool StartsAppendix(string line) => !line.StartsWith('\t') && PlanImporter.AppendixNumber(line) is not null;

    // Text extracted from a PDF ends every line of the page with a space; a paragraph is then every line up to the
    // next numbered item, label or sentence that starts a line.
    private static bool IsWrappedByPdf(string[] lines)
    {
        var text = lines.Where(static l => l.Trim().Length > 0).ToList();
        return text.Count > 0 && text.Count(static l => l.EndsWith(' ')) * 2 > text.Count;
    }

    // A line shorter than this part of a full line ends its paragraph rather than wrapping: the August letter's headings
    // stop at four fifths of its 78-character lines or less, its wrapped lines at nine tenths or more.
    private const double ShortLine = 0.85;

    private static bool StartsBlock(string line)
    {
        if (ItemStart().IsMatch(line) || line.StartsWith("Số", StringComparison.Ordinal))
        {
            return true;
        }

        var colon = line.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && PlanColumns.Recognize(line[..colon].TrimStart('-', ' ')) is not null;
    }

    private static bool EndsSentenceBefore(string previous, string line) =>
        (previous.EndsWith('.') || previous.EndsWith(';')) && char.IsUpper(line[0]);

    // A numbered heading prints no full stop ("6. Cơ chế tài chính, …, chuyển đổi số"): it ends where its line stops
    // short of the page's width and a capital letter starts the next line ("Bố trí, điều chuyển …"), where a line
    // broken by the page's width runs nearly to the margin.
    private static bool EndsHeadingBefore(string paragraph, string lastLine, string line, int fullLine) =>
        ItemStart().IsMatch(paragraph) && !char.IsPunctuation(paragraph[^1]) && char.IsUpper(line[0]) && lastLine.Length < fullLine * ShortLine;

    // The width of a full line in characters: that of the longest lines but a tenth (a few run long in a proportional font).
    private static int FullLine(string[] lines)
    {
        var lengths = lines.Select(static l => l.Trim().Length).Where(static n => n > 0).Order().ToList();
        return lengths.Count == 0 ? 0 : lengths[lengths.Count * 9 / 10];
    }

    // A line that starts in lower case, and is no "a)" item, is the rest of the paragraph above it.
    private static bool ContinuesParagraph(string previous, string line) =>
        char.IsLower(line[0]) && !(line.Length > 1 && line[1] == ')') && !previous.EndsWith(':');

    private static bool IsBlank(string line) => !line.StartsWith('\t') && string.IsNullOrWhiteSpace(line);

    [GeneratedRegex(@"^(?:[0-9]{1,3}(?:\.[0-9]{1,3})*\.\s|[a-zđ]\)\s|[IVX]{1,5}\.\s)", RegexOptions.CultureInvariant)]
    private static partial Regex ItemStart();

    [GeneratedRegex(@"^(?:[0-9]{1,2}\s+\p{Lu}\p{Ll}|[0-9]{1,3}$)", RegexOptions.CultureInvariant)]
    private static partial Regex Footnote();
}
