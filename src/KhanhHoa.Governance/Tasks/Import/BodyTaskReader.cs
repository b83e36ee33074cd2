using System.Text.RegularExpressions;

namespace KhanhHoa.Governance.Tasks.Import;

/// <summary>
/// Finds the tasks a document assigns in its body text rather than in a table: numbered paragraphs ("1.", "1.4.",
/// "a)") followed by labelled lines ("Cơ quan chủ trì: …", "Cơ quan phối hợp: …", "Thời hạn: …", "Nội dung thực
/// hiện: …"), as in the August 2025 letter (seed 000) and decision 954/QĐ-UBND (seed 003). The labels are recognised
/// by the same words as table headers. Numbered paragraphs without labels are kept only as the headings of labelled
/// ones; a Roman-numbered section ("III. NHIỆM VỤ VÀ GIẢI PHÁP") starts the numbering again.
/// </summary>
internal static partial class BodyTaskReader
{
    /// <summary>One task or heading found in the body: its number path, title, labelled fields and where it starts.</summary>
    public sealed class Item(string number, Item? parent, string text, DocumentLocation location)
    {
        public string Number { get; } = number;

        public Item? ParentItem { get; } = parent;

        public string? Parent => ParentItem?.Number;

        public string Text { get; set; } = text;

        public DocumentLocation Location { get; } = location;

        public Dictionary<PlanColumn, string> Fields { get; } = [];

        public bool Kept { get; set; }

        /// <summary>How the text reads where it is not as printed: the full stop a heading lacks before its task's sentence.</summary>
        public List<TextCorrection> Corrections { get; } = [];
    }

    public static List<Item> Read(IEnumerable<DocumentParagraph> paragraphs)
    {
        var items = new List<Item>();
        var open = new Dictionary<int, Item>();
        Item? current = null;
        PlanColumn? field = null;
        foreach (var paragraph in paragraphs)
        {
            var text = paragraph.Text.Trim();
            if (RomanSection().IsMatch(text))
            {
                open.Clear();
                current = null;
                continue;
            }

            if (Numbered().Match(text) is { Success: true } numbered)
            {
                var number = numbered.Groups[1].Value;
                var depth = number.Count(static c => c == '.') + 1;
                var parent = depth > 1 && open.TryGetValue(depth - 1, out var up) && number.StartsWith(up.Number + ".", StringComparison.Ordinal) ? up : null;
                current = new Item(number, parent, PlanColumns.Unemphasized(numbered.Groups[2].Value), paragraph.Location);
                open[depth] = current;
                foreach (var deeper in open.Keys.Where(k => k > depth).ToList())
                {
                    open.Remove(deeper);
                }

                items.Add(current);
                field = Label(current, current.Text, title: true);
                continue;
            }

            if (Lettered().Match(text) is { Success: true } lettered && open.Count > 0)
            {
                var parent = open[open.Keys.Max()];
                current = new Item(parent.Number + "." + lettered.Groups[1].Value, parent, PlanColumns.Unemphasized(lettered.Groups[2].Value), paragraph.Location);
                items.Add(current);
                field = Label(current, current.Text, title: true);
                continue;
            }

            if (current is null)
            {
                continue;
            }

            // "+ Tham mưu ban hành Kế hoạch: Năm 2025." lines continue the deadline above them.
            if (field == PlanColumn.Deadline && text.StartsWith('+'))
            {
                current.Fields[PlanColumn.Deadline] = (current.Fields[PlanColumn.Deadline] + "\n" + text).Trim();
                continue;
            }

            var before = current.Fields.Count;
            field = Label(current, text, title: false);

            // A paragraph between a title and its first label continues the title (the task's own sentences).
            if (field is null && before == 0 && current.Fields.Count == 0 && !text.Contains(':', StringComparison.Ordinal))
            {
                Continue(current, text);
            }
        }

        // A title that dates itself and prints no "Thời hạn" ("5.1. Tháng cao điểm số (01/9 - 31/10/2025):") has that deadline.
        foreach (var item in items.Where(static i => i.Fields.Count > 0 && !i.Fields.ContainsKey(PlanColumn.Deadline)))
        {
            if (TitleDates().Match(item.Text) is { Success: true } dated)
            {
                item.Fields[PlanColumn.Deadline] = dated.Groups[1].Value;
            }
        }

        // Keep the labelled items, the headings above them, and the items beside them (a task of a group that
        // prints no label, such as 1.4 of the August letter).
        foreach (var item in items.Where(static i => i.Fields.Count > 0))
        {
            for (var at = item; at is not null && !at.Kept; at = at.ParentItem)
            {
                at.Kept = true;
            }
        }

        return [.. items.Where(static i => i.Kept || i.ParentItem is { Kept: true })];
    }

    // A title and the paragraph after it as one text, as printed. A heading without final punctuation ("6. Cơ chế tài
    // chính, …, chuyển đổi số") followed by a sentence of its own (a capital letter: "Bố trí, điều chuyển …") reads with a
    // full stop between them, so that a report does not run the heading into the sentence: a correction of the joint
    // ("số Bố" reads "số. Bố"), its words from the heading's end as few as make it first found there. A paragraph in
    // lower case goes on with the title's sentence.
    private static void Continue(Item item, string paragraph)
    {
        var title = item.Text.TrimEnd();
        item.Text = $"{title} {paragraph}";
        if (title.Length == 0 || char.IsPunctuation(title[^1]) || !char.IsUpper(paragraph[0]))
        {
            return;
        }

        var next = paragraph.Split(' ')[0];
        for (var start = title.LastIndexOf(' '); ; start = title.LastIndexOf(' ', start - 1))
        {
            var end = title[(start + 1)..];
            if (start <= 0 || item.Text.IndexOf($"{end} {next}", StringComparison.Ordinal) == start + 1)
            {
                item.Corrections.Add(new TextCorrection($"{end} {next}", $"{end}. {next}"));
                return;
            }
        }
    }

    // "- Cơ quan chủ trì: Sở Y tế." → the field and its value; a title that is itself "Nội dung thực hiện: …" is the task.
    private static PlanColumn? Label(Item item, string line, bool title)
    {
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return null;
        }

        var label = line[..colon].TrimStart('-', '–', ' ');
        var value = line[(colon + 1)..].Trim();
        var column = PlanColumns.Recognize(label);
        switch (column)
        {
            case PlanColumn.Task when title:
                item.Text = value;
                return null;
            case PlanColumn.Task:
                item.Fields[PlanColumn.Content] = value;
                return PlanColumn.Content;
            case PlanColumn.Lead or PlanColumn.Coordinating or PlanColumn.Deadline or PlanColumn.ExpectedResult when !title:
                item.Fields[column.Value] = value;
                return column;
            default:
                return null;
        }
    }

    // Up to three digits a level (task 100 and on); a four-digit "2025. …" at a paragraph's start is a year, not a task.
    [GeneratedRegex(@"^([0-9]{1,3}(?:\.[0-9]{1,3})*)\.\s+(\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Numbered();

    [GeneratedRegex(@"^([a-zđ])\)\s+(\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Lettered();

    [GeneratedRegex(@"^[IVX]{1,5}\.\s+\S", RegexOptions.CultureInvariant)]
    private static partial Regex RomanSection();

    [GeneratedRegex(@"\(([0-9]{1,2}/[0-9]{1,2}(?:/[0-9]{4})?\s*[-–]\s*[0-9]{1,2}/[0-9]{1,2}/[0-9]{4})\)", RegexOptions.CultureInvariant)]
    private static partial Regex TitleDates();
}
