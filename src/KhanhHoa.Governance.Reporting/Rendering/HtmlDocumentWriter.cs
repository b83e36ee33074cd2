using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using KhanhHoa.Governance.Indicators;
using KhanhHoa.Governance.Reporting.Documents;

namespace KhanhHoa.Governance.Reporting;

/// <summary>
/// Writes a <see cref="ReportDocument"/> as one self-contained HTML page (no external assets; works offline), well-formed
/// as XML: every element of the document once, in its order, with the page's own illustrations (the renderer's charts)
/// after section I's heading.
/// </summary>
/// <remarks>
/// Below 600 pixels every table is stacked, each row a card of "column: value" lines headed by its first column of
/// words, so no column is crushed and nothing scrolls sideways on a phone; a table of more than three rows is folded
/// there under a line that opens it. The annexes are folded under their headings at every width; an annex with a wide
/// table takes the window's width. A judgement is a symbol and a word as well as a colour. The CSS styles elements by
/// class (<c>table.data</c>, <c>ul.items</c> …), never by position, so sections can be added without touching it.
/// </remarks>
/// <threadsafety>Stateless; safe to use from any thread.</threadsafety>
internal static class HtmlDocumentWriter
{
    private static readonly XNamespace Html = "http://www.w3.org/1999/xhtml";

    // Tables of this many columns or more are stacked below 800 pixels instead of 600.
    private const int WideColumns = 7;

    // Tables of more rows than this are folded on a phone (DataTable).
    private const int FoldedRows = 3;

    private static readonly string Style = BaseStyle + Stacked("table.data", 599.98m) + Stacked("table.data.wide", 799.98m);

    // No '<', '>' or '&' here nor in Stacked: the style text is written as XML text and read by browsers as raw text.
    private const string BaseStyle = """
        :root { color-scheme: light; }
        body { font-family: "Times New Roman", "Liberation Serif", "DejaVu Serif", serif; color: #1f2328; background: #ffffff; margin: 0; padding: 12px; line-height: 1.45; font-size: 16px; overflow-wrap: break-word; }
        .synthetic, header, main, footer, details.annex { max-width: 960px; margin-left: auto; margin-right: auto; }
        details.annex-wide { max-width: none; }
        summary { cursor: pointer; }
        details.annex summary { margin: 24px 0 8px; }
        details.trends-section summary { margin: 16px 0 8px; }
        summary h2, summary h3 { display: inline; }
        .fold-toggle { position: absolute; opacity: 0; width: 1px; height: 1px; }
        .fold-label { display: none; }
        @media (max-width: 599.98px) {
          .fold-label { display: block; cursor: pointer; font-size: 14px; color: #0b3563; text-decoration: underline; margin: 4px 0 12px; }
          .fold-label::before { content: "▸ "; }
          .fold-toggle:checked + .fold-label::before { content: "▾ "; }
          .fold-toggle:focus-visible + .fold-label { outline: 2px solid #0b3563; }
          .fold-toggle:not(:checked) ~ .table-wrap { display: none; }
        }
        .annex-wide table.data { font-size: 13px; }
        .draft { text-align: right; font-weight: bold; margin: 0 0 8px; }
        .draft span { border: 1px solid #000; padding: 2px 8px; }
        .synthetic { border: 2px solid #c62828; background: #fff4f2; color: #8e1b10; padding: 8px 12px; margin: 8px auto 16px; font-weight: bold; }
        .blocks { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 12px; text-align: center; }
        .blocks div { flex: 1 1 260px; }
        .blocks p { margin: 2px 0; }
        .upper { text-transform: uppercase; }
        .place-date { text-align: right; font-style: italic; margin: 12px 0; }
        h1 { text-align: center; font-size: 1.3em; margin: 16px 0 4px; }
        .subject { text-align: center; font-weight: bold; margin: 0; }
        .range { text-align: center; font-style: italic; margin: 4px 0 16px; }
        .addressee { margin: 0 0 0 30%; }
        h2 { font-size: 1.1em; margin-top: 24px; }
        h3 { font-size: 1em; }
        h4 { font-size: 1em; font-style: italic; margin: 16px 0 8px; }
        .note { font-size: 14px; margin: 4px 0 8px; }
        .table-wrap { overflow-x: auto; margin-bottom: 12px; }
        table.data { border-collapse: collapse; font-size: 14px; width: 100%; }
        table.data th, table.data td { border: 1px solid #8c959f; padding: 4px 6px; vertical-align: top; text-align: left; }
        table.data th { background: #eaeef2; }
        table.data td.num { text-align: right; white-space: nowrap; }
        table.data.wide .title { position: sticky; left: 0; z-index: 1; background: #ffffff; }
        table.data.wide th.title { background: #eaeef2; }
        .status-achieved { color: #0b3563; font-weight: bold; }
        .status-onTrack { color: #1f6fb2; font-weight: bold; }
        .status-atRisk { color: #704800; font-weight: bold; }
        .status-missed { color: #b35900; font-weight: bold; }
        .status-notYetDue, .status-noTarget, .status-noData { color: #57606a; }
        .symbol { font-family: "DejaVu Sans", "Segoe UI Symbol", "Noto Sans Symbols 2", sans-serif; font-weight: bold; }
        .synthetic-tag { color: #8e1b10; font-style: italic; }
        figure { margin: 8px 0 16px; }
        figcaption { font-size: 14px; color: #1f2328; }
        svg.chart { display: block; overflow: visible; font-family: inherit; }
        svg.chart-bars, svg.chart-heat { width: 100%; margin-bottom: 6px; }
        svg.chart-heat { max-width: 520px; }
        .legend { display: flex; flex-wrap: wrap; gap: 2px 16px; margin-top: 4px; }
        .legend-item { white-space: nowrap; }
        .swatch { margin-right: 4px; }
        .trends { display: flex; flex-wrap: wrap; gap: 16px 24px; margin-bottom: 8px; }
        figure.trend { flex: 0 0 auto; width: min-content; max-width: 100%; margin: 0; }
        figure.trend figcaption { margin-top: 2px; }
        figure.trend .trend-name { display: block; font-weight: bold; }
        figure.trend .status { display: block; }
        .signature { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 12px; margin-top: 16px; }
        .recipients { flex: 1 1 280px; font-size: 14px; }
        .recipients ul { margin: 4px 0; padding-left: 18px; }
        .signer { flex: 1 1 240px; text-align: center; font-weight: bold; }
        .signer .name { margin-top: 48px; }
        ul.items { list-style: none; padding-left: 18px; }
        ul.items li { margin: 2px 0 6px; }
        .footnotes { font-size: 14px; border-top: 1px solid #8c959f; margin-top: 16px; max-width: 960px; margin-left: auto; margin-right: auto; }
        table.data tfoot td { font-weight: bold; }
        """;

    // Below the given width a table of the selector is stacked: each row a card headed by its "title" cell, each other
    // cell a line "column: value" (the column's name comes from the cell's data-label) but an empty one ("—"). The
    // header row stays for screen readers, out of sight.
    private static string Stacked(string table, decimal maxWidth) => string.Create(
        System.Globalization.CultureInfo.InvariantCulture,
        $$"""
        @media (max-width: {{maxWidth}}px) {
          {{table}}, {{table}} tbody, {{table}} tr { display: block; width: auto; }
          {{table}} thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
          {{table}} tr { display: flex; flex-direction: column; border: 1px solid #8c959f; border-radius: 4px; margin: 0 0 10px; padding: 6px 10px; }
          {{table}} td, {{table}} td.num { display: grid; grid-template-columns: 40% 1fr; column-gap: 10px; border: 0; padding: 2px 0; text-align: left; white-space: normal; }
          {{table}} td::before { content: attr(data-label); color: #57606a; font-style: normal; font-weight: normal; overflow-wrap: anywhere; }
          {{table}} td.title { order: -1; display: block; position: static; font-size: 15px; font-weight: bold; border-bottom: 1px solid #d0d7de; padding-bottom: 4px; margin-bottom: 2px; }
          {{table}} td.title::before { content: none; }
          {{table}} td.empty { display: none; }
        }

        """);

    // An annex whose widest table has this many columns takes the window's width, so that none is cut at 1280 pixels.
    private const int AnnexWideColumns = 12;

    /// <summary>Writes the page, <c>&lt;!DOCTYPE html&gt;</c> first, as UTF-8 without a byte order mark.</summary>
    /// <param name="document">The document.</param>
    /// <param name="title">The page's title (the browser's tab).</param>
    /// <param name="illustrations">What the page shows after section I's heading besides the document (charts), or nothing.</param>
    /// <param name="output">A writable stream; it is not closed.</param>
    public static void Write(ReportDocument document, string title, IEnumerable<XElement> illustrations, Stream output)
    {
        var encoding = new UTF8Encoding(false);
        output.Write(encoding.GetBytes("<!DOCTYPE html>\n"));
        var settings = new XmlWriterSettings
        {
            Encoding = encoding,
            OmitXmlDeclaration = true,
            Indent = true,
            IndentChars = " ",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Replace,
            CloseOutput = false,
        };
        using (var writer = XmlWriter.Create(output, settings))
        {
            Page(document, title, illustrations).WriteTo(writer);
        }

        output.WriteByte((byte)'\n');
    }

    private static XElement Page(ReportDocument document, string title, IEnumerable<XElement> illustrations)
    {
        var header = document.Header;
        var body = E("body");
        if (header.SyntheticBanner is { } banner)
        {
            body.Add(E("div", new XAttribute("class", "synthetic"), new XAttribute("role", "note"), banner));
        }

        body.Add(
            E(
                "header",
                header.DraftMark is { } draft ? E("p", new XAttribute("class", "draft"), E("span", draft)) : null,
                E(
                    "div",
                    new XAttribute("class", "blocks"),
                    E(
                        "div",
                        header.ParentBody.Length > 0 ? E("p", new XAttribute("class", "upper"), header.ParentBody) : null,
                        E("p", E("strong", header.IssuingBody)),
                        E("p", header.NumberAndSymbol)),
                    E(
                        "div",
                        E("p", E("strong", header.NationalName)),
                        E("p", E("strong", header.Motto)))),
                E("p", new XAttribute("class", "place-date"), header.PlaceAndDate),
                E("h1", header.Title),
                E("p", new XAttribute("class", "subject"), header.Subject),
                E("p", new XAttribute("class", "range"), header.PeriodLine),
                header.Addressees.Select(line => E("p", new XAttribute("class", "addressee"), line))));

        var main = E("main");
        body.Add(main);
        var pending = illustrations.ToList();
        foreach (var block in document.Body)
        {
            main.Add(Block(block));
            if (block is DocumentHeading { Level: 1 } && pending.Count > 0)
            {
                main.Add(pending);
                pending.Clear();
            }
        }

        main.Add(pending);
        var closing = document.Closing;
        if (closing.Sentence.Length > 0)
        {
            main.Add(E("p", closing.Sentence));
        }

        var signature = closing.Signature;
        body.Add(E(
            "footer",
            new XAttribute("class", "signature"),
            E(
                "div",
                new XAttribute("class", "recipients"),
                E("p", E("strong", E("em", closing.RecipientsHeading))),
                E("ul", closing.Recipients.Select(line => E("li", line)))),
            E(
                "div",
                new XAttribute("class", "signer"),
                new[] { signature.Authority, signature.Position, signature.SecondaryTitle }.Where(part => part.Length > 0).Select(part => E("p", part)),
                signature.SignerName.Length > 0 ? E("p", new XAttribute("class", "name"), signature.SignerName) : null)));

        foreach (var annex in document.Annexes)
        {
            // An annex folded under its heading, so that a reader on a phone scrolls past it and opens it when needed.
            var wide = annex.Blocks.OfType<DocumentTable>().Any(static table => table.Columns.Count >= AnnexWideColumns);
            body.Add(E(
                "details",
                new XAttribute("class", wide ? "annex annex-wide" : "annex"),
                E("summary", E("h2", annex.Heading)),
                E("p", new XAttribute("class", "range"), annex.Reference),
                annex.Blocks.Select(Block)));
        }

        if (document.Footnotes.Count > 0)
        {
            // Folded like the annexes, so that a phone's reader scrolls past the month's documents; following a reference
            // opens the fold (the browser opens a details element the link points into).
            body.Add(E(
                "details",
                new XAttribute("class", "footnotes"),
                E("summary", $"Chú thích ({Number(document.Footnotes.Count)})"),
                document.Footnotes.Select(footnote => E("p", new XAttribute("id", FootnoteId(footnote.Number)), E("sup", Number(footnote.Number)), " ", Inlines(footnote.Inlines)))));
        }

        if (header.SyntheticBanner is { } end)
        {
            body.Add(E("div", new XAttribute("class", "synthetic"), new XAttribute("role", "note"), end));
        }

        // A folded table's check box and its label are paired by an id numbered in the page's order.
        var fold = 0;
        foreach (var toggle in body.Descendants(Html + "input").Where(input => (string?)input.Attribute("class") == "fold-toggle"))
        {
            var id = "fold-" + (++fold).ToString(CultureInfo.InvariantCulture);
            toggle.SetAttributeValue("id", id);
            ((XElement)toggle.NextNode!).SetAttributeValue("for", id);
        }

        return new XElement(
            Html + "html",
            new XAttribute("lang", "vi"),
            E(
                "head",
                E("meta", new XAttribute("charset", "utf-8")),
                E("meta", new XAttribute("name", "viewport"), new XAttribute("content", "width=device-width, initial-scale=1")),
                E("title", title),
                E("style", "\n" + Style)),
            body);
    }

    private static XElement Block(DocumentBlock block) => block switch
    {
        // Level 1 is a part of the body (h2, as the annexes' headings are), 2 a numbered item, 3 a lettered one.
        DocumentHeading heading => E($"h{heading.Level + 1}", heading.Printed),
        DocumentParagraph paragraph => E("p", Inlines(paragraph.Inlines)),

        // The composer's markers ("a)", "đ)", "-") are printed as they are: HTML's own letters skip "đ" and "ê".
        DocumentList list => E("ul", new XAttribute("class", "items"), list.Items.Select(item => E("li", item.Marker + " ", Inlines(item.Inlines)))),
        DocumentTable table => Table(table),
        _ => throw new InvalidOperationException($"unknown block {block.GetType().Name}"),
    };

    private static IEnumerable<object> Inlines(IEnumerable<DocumentInline> inlines) => inlines.Select(Inline);

    private static object Inline(DocumentInline inline) => inline switch
    {
        TextRun { Style: TextStyle.Bold } run => E("strong", run.Text),
        TextRun { Style: TextStyle.Italic } run => E("em", run.Text),
        StatusRun judgement => StatusLabel(judgement.Status, judgement.Text),
        FootnoteReference reference => E("sup", new XAttribute("class", "footnote-ref"), E("a", new XAttribute("href", "#" + FootnoteId(reference.Number)), reference.Text)),
        _ => Breakable(inline.Text),
    };

    private static string FootnoteId(int number) => "fn-" + Number(number);

    private static string Number(int number) => number.ToString(CultureInfo.InvariantCulture);

    /// <summary>A status as its symbol (hidden from screen readers, which read the word) and its words, in its colour.</summary>
    internal static XElement StatusLabel(TargetStatus? status, string text) => E(
        "span",
        new XAttribute("class", "status status-" + JsonReportRenderer.Name(status)),
        E("span", new XAttribute("class", "symbol"), new XAttribute("aria-hidden", "true"), SvgCharts.StatusSymbol(status)),
        " " + text);

    // A table of class "data": below 600 pixels (800 for a "wide" table) each row is stacked as a card, each cell a
    // line under its column's name (data-label); the first column of words heads the card, and an empty cell ("—")
    // takes no line. Figures and dates are set right. On a phone, a table of more than FoldedRows rows is folded under a
    // line that says how many it holds and opens it (a check box and its label, no script), so that the report reads on
    // past its cards; wider, every table is open and the line hidden. The source of a row with a synthetic figure is
    // marked as the figure is.
    private static XElement Table(DocumentTable table)
    {
        var columns = table.Columns;
        var titleColumn = Enumerable.Range(0, columns.Count).FirstOrDefault(index => columns[index].Kind == ColumnKind.Text);
        XElement Row(TableRow row) => E("tr", row.Cells.Select((cell, index) =>
        {
            var column = columns[index];
            var synthetic = column.Kind == ColumnKind.Source && row.Cells.Any(static c => c.Inlines.Any(static i => i is FigureRun { Provenance: Provenance.Synthetic }));
            string?[] classes =
            [
                index == titleColumn ? "title" : null,
                column.Kind is ColumnKind.Figure or ColumnKind.Date && column.Alignment == ColumnAlignment.Center ? "num" : null,
                synthetic ? "synthetic-tag" : null,
                cell.Text is "" or DocumentParts.None ? "empty" : null,
            ];
            var css = string.Join(' ', classes.OfType<string>());
            return E("td", new XAttribute("data-label", column.Header), css.Length > 0 ? new XAttribute("class", css) : null, Content(cell));
        }));

        var html = E(
            "div",
            new XAttribute("class", "table-wrap"),
            E(
                "table",
                new XAttribute("class", columns.Count >= WideColumns ? "data wide" : "data"),
                E("thead", table.HeaderRows.Select((cells, level) => E("tr", cells.Select((cell, index) => E(
                    "th",
                    new XAttribute("scope", cell.Span > 1 ? "colgroup" : "col"),
                    cell.Span > 1 ? new XAttribute("colspan", cell.Span) : null,
                    level == table.HeaderRows.Count - 1 && index == titleColumn ? new XAttribute("class", "title") : null,
                    Breakable(cell.Text)))))),
                E("tbody", table.Rows.Select(Row)),
                table.Total is { } total ? E("tfoot", Row(total)) : null));
        return table.Rows.Count <= FoldedRows
            ? html
            : E(
                "div",
                new XAttribute("class", "fold"),
                E("input", new XAttribute("type", "checkbox"), new XAttribute("class", "fold-toggle")),
                E("label", new XAttribute("class", "fold-label"), $"Xem bảng chi tiết ({VietnameseFormat.Integer(table.Rows.Count)} dòng)"),
                html);
    }

    // A stacked cell lays out its label and its content as two grid columns, so the content is a single node.
    private static object Content(TableCell cell) => cell.Inlines.Count == 1 ? Inline(cell.Inlines[0]) : E("span", Inlines(cell.Inlines));

    // Text such as "received_full_eligible" (a contract name) may break after each underscore, so that its column
    // needs the width of its longest part, not of the whole name; the parts are one <span>, so that a stacked cell
    // still has a single node beside its label.
    private static object Breakable(string text)
    {
        if (!text.Contains('_', StringComparison.Ordinal))
        {
            return text;
        }

        var parts = text.Split('_');
        var span = new XElement(Html + "span", parts[0]);
        foreach (var part in parts.Skip(1))
        {
            span.Add("_", E("wbr"), part);
        }

        return span;
    }

    /// <summary>
    /// An element of the page. Every HTML element gets explicit content so that none is written as &lt;x/&gt;, which an
    /// HTML parser would read as an unclosed start tag; void elements (meta, wbr, input) are the exception.
    /// </summary>
    internal static XElement E(string name, params object?[] content)
    {
        var element = new XElement(Html + name, content);
        if (element.IsEmpty && name is not ("meta" or "wbr" or "input"))
        {
            element.Add(string.Empty);
        }

        return element;
    }
}
