namespace KhanhHoa.Governance.Reporting;

// A sentence of a report template, read once: its words and its placeholders in order. "{value}" is the element's own
// figure, "{value:code}" and "{cumulative:code}" another element's (that element is then printed only inside this sentence).
internal sealed class SentenceTemplate
{
    // What a placeholder may name: the figure, its unit, a rate and its parts, the running total, who sent it, the
    // element's name and the period.
    public static readonly string[] Placeholders = ["value", "unit", "rate", "numerator", "denominator", "cumulative", "units", "name", "period"];

    private SentenceTemplate(string text, IReadOnlyList<SentencePiece> pieces)
    {
        Text = text;
        Pieces = pieces;
    }

    public string Text { get; }

    public IReadOnlyList<SentencePiece> Pieces { get; }

    // The codes of the other elements the sentence prints.
    public IEnumerable<string> References => Pieces.Select(static p => p.Element).OfType<string>();

    // Reads a sentence; what is wrong with it is said in English with where it is (the template's file, the element).
    public static SentenceTemplate Parse(string text, string where)
    {
        var pieces = new List<SentencePiece>();
        var at = 0;
        while (at < text.Length)
        {
            var open = text.IndexOf('{', at);
            var close = text.IndexOf('}', at);
            if (close >= 0 && (open < 0 || close < open))
            {
                throw new FormatException($"{where}: sentence \"{text}\" has a '}}' without its '{{' at character {close + 1}");
            }

            if (open < 0)
            {
                pieces.Add(new SentencePiece(text[at..], null, null));
                break;
            }

            if (open > at)
            {
                pieces.Add(new SentencePiece(text[at..open], null, null));
            }

            if (close < 0)
            {
                throw new FormatException($"{where}: sentence \"{text}\" has a '{{' without its '}}' at character {open + 1}");
            }

            var placeholder = text[(open + 1)..close];
            var (name, element) = placeholder.Split(':', 2) is [var n, var e] ? (n, e) : (placeholder, null);
            if (!Placeholders.Contains(name, StringComparer.Ordinal) || (element is not null && (name is not ("value" or "cumulative") || element.Length == 0)))
            {
                throw new FormatException($"{where}: sentence \"{text}\" has an unknown placeholder {{{placeholder}}}; known: {string.Join(", ", Placeholders.Select(static p => "{" + p + "}"))}, {{value:element}}");
            }

            pieces.Add(new SentencePiece(null, name, element));
            at = close + 1;
        }

        return new SentenceTemplate(text, pieces);
    }
}
