using System.Text.RegularExpressions;
using KhanhHoa.Governance.Reporting.Documents;

namespace KhanhHoa.Governance.Reporting;

// Section I's reported figures in words, as report 87 writes them: each figure in the sentence of its element's template
// (or one made of the element's name), its figures as runs with their provenance ("…" where nobody sent one), a count of
// events reported as 0 as "không phát sinh", the units behind a count and the element's standing note as footnotes.
internal sealed partial class FigureSentences
{
    // Report 87's words for a count of events that did not happen.
    public const string NothingHappened = "không phát sinh";

    private readonly MonthlyReport report;
    private readonly FootnoteList footnotes;

    // Every reported figure and stated rate's part by its element's code, for "{value:code}".
    private readonly Dictionary<string, (decimal? Value, decimal? Cumulative, bool IsRate, Provenance Provenance)> figures = new(StringComparer.Ordinal);

    // The elements printed inside another figure's sentence, not in one of their own.
    private readonly HashSet<string> inside = new(StringComparer.Ordinal);

    public FigureSentences(MonthlyReport report, FootnoteList footnotes)
    {
        this.report = report;
        this.footnotes = footnotes;
        foreach (var row in report.IndicatorGroups.SelectMany(static g => g.Figures))
        {
            figures[row.Code] = (row.Value, row.Cumulative, row.IsRate, row.Provenance);
            foreach (var part in row.Parts)
            {
                figures.TryAdd(part.Code, (part.Value, null, false, row.Provenance));
            }

            inside.UnionWith(SentenceTemplate.Parse(Template(row), row.Code).References);
        }
    }

    // A group's figures, one paragraph each; a group whose every figure is a count of events reported as 0 says so once.
    public IEnumerable<DocumentParagraph> Of(IndicatorGroup group)
    {
        var shown = group.Figures.Where(f => !inside.Contains(f.Code)).ToList();
        if (shown.Count > 1 && group.Rows.Count == 0 && shown.All(static f => f.CountsEvents && f.Value == 0))
        {
            return [DocumentParagraph.Of($"Trong kỳ báo cáo, {NothingHappened}.")];
        }

        return shown.Select(Sentence);
    }

    private DocumentParagraph Sentence(FigureRow figure)
    {
        var inlines = new List<DocumentInline> { new TextRun("- ") };
        foreach (var piece in SentenceTemplate.Parse(Template(figure), figure.Code).Pieces)
        {
            inlines.AddRange(piece.Text is { } words ? [new TextRun(words)] : Placeholder(figure, piece));
        }

        if (figure.Note is { } note)
        {
            // A footnote's number goes before the sentence's full stop, as report 87 sets it.
            var stop = inlines[^1] is TextRun { Text: [.., '.'] } last ? last : null;
            if (stop is not null)
            {
                inlines[^1] = new TextRun(stop.Text[..^1]);
            }

            inlines.Add(footnotes.Add(note));
            inlines.AddRange(stop is null ? [] : [new TextRun(".")]);
        }

        if (inlines.OfType<FigureRun>().Any(static f => f.Provenance == Provenance.Synthetic))
        {
            inlines.AddRange([new TextRun(" "), DocumentParts.SyntheticSource()]);
        }

        return new DocumentParagraph(inlines);
    }

    // The sentence a figure is printed in: for none of its events, its "none" sentence; else its own or one of its name.
    // (Only the sentence printed prints other elements inside it.)
    private static string Template(FigureRow figure) =>
        figure.CountsEvents && figure.Value == 0 ? figure.NoneSentence ?? $"{{name}}: {NothingHappened}." : figure.Sentence ?? Plain(figure);

    // An element without a sentence of its own: "Tên: giá trị (tử số/mẫu số), lũy kế … (đơn vị báo cáo)."
    private static string Plain(FigureRow figure) =>
        "{name}: {value}"
        + (figure.Parts.Count == 2 ? " ({numerator}/{denominator})" : string.Empty)
        + (figure.Cumulative is null ? string.Empty : ", lũy kế {cumulative}")
        + (figure.ReportedBy.Count > 0 ? " ({units})" : string.Empty)
        + ".";

    private IEnumerable<DocumentInline> Placeholder(FigureRow figure, SentencePiece piece)
    {
        switch (piece.Placeholder)
        {
            case "value" or "cumulative" when piece.Element is { } code:
                var (value, cumulative, isRate, provenance) = figures.GetValueOrDefault(code, (null, null, false, Provenance.Reported));
                return [piece.Placeholder == "value" ? Figure(value, isRate, provenance) : Figure(cumulative, false, provenance)];
            case "value":
            case "rate" when figure.IsRate:
                return [Figure(figure.Value, figure.IsRate, figure.Provenance)];
            case "rate":
                return [Figure(null, true, figure.Provenance)];
            case "numerator" or "denominator":
                var index = piece.Placeholder == "numerator" ? 0 : 1;
                return [Figure(figure.Parts.Count == 2 ? figure.Parts[index].Value : null, false, figure.Provenance)];
            case "cumulative":
                return [Figure(figure.Cumulative, false, figure.Provenance)];
            case "unit":
                return [new TextRun(figure.Unit)];
            case "name":
                return [new TextRun(RateMark().Replace(figure.Name, string.Empty))];
            case "period":
                return [new TextRun(VietnameseFormat.MonthName(report.Period.LastMonth))];
            default:
                return Units(figure);
        }
    }

    // Who sent it; where the report counts them ("12 xã"), their names in a footnote.
    private IEnumerable<DocumentInline> Units(FigureRow figure)
    {
        // In a sentence the last of several is joined by "và": "48 xã, 16 phường và 1 đặc khu".
        var senders = figure.ReportedBy;
        yield return new TextRun(senders.Count switch
        {
            0 => ReportText.ToFill,
            1 => senders[0],
            _ => $"{string.Join(", ", senders.Take(senders.Count - 1))} và {senders[^1]}",
        });
        if (figure.ReportingUnits.Count > figure.ReportedBy.Count)
        {
            yield return footnotes.Add($"Các đơn vị đã báo cáo: {string.Join(", ", figure.ReportingUnits)}.");
        }
    }

    // A figure as printed: a rate in percent, a count or an amount in Vietnamese form, "…" where nobody sent it.
    private static FigureRun Figure(decimal? value, bool isRate, Provenance provenance) =>
        new(value is not { } v ? ReportText.ToFill : isRate ? VietnameseFormat.Percent(v) : VietnameseFormat.Number(v), provenance) { Value = value, IsRate = isRate };

    // A rate's name says "(%)" for its table column; a sentence prints the figure with its own sign.
    [GeneratedRegex(@" \(%\)$|, %(?=\)$)")]
    private static partial Regex RateMark();
}
