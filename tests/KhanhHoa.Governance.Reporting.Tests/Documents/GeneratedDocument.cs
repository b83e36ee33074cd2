using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using KhanhHoa.Governance.Reporting.Documents;

namespace KhanhHoa.Governance.Reporting.Tests.Documents;

/// <summary>
/// Random report documents in which every printed text (header field, heading, run, figure, list marker, cell, header
/// cell, judgement, annex line, recipient, signature line, footnote) carries a marker of its own, "§n§", between characters that
/// turn into markup; a writer prints every element exactly once when every marker occurs exactly once in its output
/// (the synthetic-data banner twice: at the top and at the end).
/// </summary>
internal sealed class GeneratedDocument
{
    // A block's shape: its kind (heading, paragraph, dashed or lettered list, table) and two sizes.
    private sealed record BlockShape(int Kind, int A, int B, bool Flag);

    private static readonly string[] Noise = ["", "*", "_", "#", "|", "<b>", "&amp;", "[x]", "đ ", " ", "`", "\\", "1. ", "- "];

    private int next;

    private GeneratedDocument()
    {
    }

    /// <summary>The document.</summary>
    public ReportDocument Document { get; private set; } = null!;

    /// <summary>How many markers it holds, "§0§" to "§(n-1)§".</summary>
    public int Markers => next;

    /// <summary>The banner's marker, printed at the top and at the end, or <see langword="null"/> without a banner.</summary>
    public string? BannerMarker { get; private set; }

    /// <summary>The marker of a number.</summary>
    public static string Marker(int number) => string.Create(CultureInfo.InvariantCulture, $"§{number}§");

    public static Arbitrary<GeneratedDocument> Arbitrary()
    {
        var block = Gen.Choose(0, 4).SelectMany(kind => Gen.Choose(0, 4).SelectMany(a => Gen.Choose(1, 4).SelectMany(b => ArbMap.Default.GeneratorFor<bool>().Select(flag => new BlockShape(kind, a, b, flag)))));
        var blocks = block.ListOf();
        return blocks.SelectMany(body => blocks.ListOf().SelectMany(annexes => Gen.Choose(0, 3).SelectMany(footnotes =>
                ArbMap.Default.GeneratorFor<bool>().Select(flag => Build(body, annexes, footnotes, flag)))))
            .ToArbitrary();
    }

    public override string ToString() => Document.ToString();

    private static GeneratedDocument Build(IReadOnlyList<BlockShape> body, IReadOnlyList<IReadOnlyList<BlockShape>> annexes, int footnotes, bool flag)
    {
        var generated = new GeneratedDocument();
        generated.Document = generated.Compose(body, annexes, footnotes, flag);
        return generated;
    }

    private ReportDocument Compose(IReadOnlyList<BlockShape> body, IReadOnlyList<IReadOnlyList<BlockShape>> annexes, int footnotes, bool flag)
    {
        var banner = flag ? Text() : null;
        BannerMarker = banner is null ? null : Marker(next - 1);
        var header = new DocumentHeader(Text(), Text(), Text(), Text(), Text(), Text(), Text(), Text(), Text(), [.. Enumerable.Range(0, footnotes).Select(_ => Text())])
        {
            DraftMark = flag ? Text() : null,
            SyntheticBanner = banner,
        };

        // Each footnote is referred to once, from a paragraph of the body added for it.
        var references = Enumerable.Range(1, footnotes).Select(n => (DocumentBlock)new DocumentParagraph([new TextRun(Text()), new FootnoteReference(n)])).ToList();
        var blocks = body.Select(Block).Concat(references).ToList();
        var closing = new DocumentClosing(Text(), Text(), [Text(), Text()], new SignatureBlock(Text(), Text(), Text(), Text()));
        return new ReportDocument(header, blocks, closing, [.. annexes.Select(annex => new DocumentAnnex(Text(), Text(), Text(), [.. annex.Select(Block)]) { Landscape = annex.Count % 2 == 0 })])
        {
            Footnotes = [.. Enumerable.Range(1, footnotes).Select(n => new DocumentFootnote(n, [new TextRun(Text())]))],
        };
    }

    private DocumentBlock Block(BlockShape shape) => shape.Kind switch
    {
        0 => new DocumentHeading(1 + (shape.A % 3), shape.Flag ? Text() : string.Empty, Text()),
        1 => new DocumentParagraph(Inlines(shape.B)),
        2 or 3 => new DocumentList(shape.Kind == 2 ? ListStyle.Dashed : ListStyle.Lettered, [.. Enumerable.Range(0, shape.B).Select(_ => new DocumentListItem(Text(), Inlines(shape.A + 1)))]),
        _ => Table(shape),
    };

    private DocumentTable Table(BlockShape shape)
    {
        var columns = Enumerable.Range(0, shape.B).Select(i => new TableColumn(Text(), (ColumnKind)(i % 5))).ToList();
        TableRow Row() => new([.. columns.Select(_ => new TableCell(Inlines(1 + (next % 2))))]);
        var rows = Enumerable.Range(0, shape.A).Select(_ => Row()).ToList();

        // A group header over all the columns, above the columns' own.
        IReadOnlyList<IReadOnlyList<TableHeaderCell>> headerRows = shape.Flag
            ? [[new TableHeaderCell(Text(), columns.Count)], [.. columns.Select(c => new TableHeaderCell(c.Header, 1))]]
            : [[.. columns.Select(c => new TableHeaderCell(c.Header, 1))]];
        return new DocumentTable(columns, rows) { HeaderRows = headerRows, Total = shape.Flag ? Row() : null, RepeatedColumn = shape.Flag ? 0 : null };
    }

    private List<DocumentInline> Inlines(int count) =>
    [
        .. Enumerable.Range(0, count).Select(i => (i % 4) switch
        {
            0 => (DocumentInline)new TextRun(Text()),
            1 => new FigureRun(Text(), (Provenance)(next % 3)) { Value = next, IsRate = next % 2 == 0 },
            2 => new StatusRun(Text(), next % 7 == 6 ? null : (KhanhHoa.Governance.Indicators.TargetStatus)(next % 6)),
            _ => new TextRun(Text()) { Style = next % 2 == 0 ? TextStyle.Bold : TextStyle.Italic },
        }),
    ];

    // A fresh marker between characters that a writer must escape.
    private string Text()
    {
        var number = next++;
        return Noise[number % Noise.Length] + Marker(number) + Noise[(number / 3) % Noise.Length];
    }
}
