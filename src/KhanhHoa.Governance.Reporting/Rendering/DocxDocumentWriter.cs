using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using KhanhHoa.Governance.Reporting.Documents;
using FootnoteReference = KhanhHoa.Governance.Reporting.Documents.FootnoteReference;
using WordTable = DocumentFormat.OpenXml.Wordprocessing.Table;
using WordTableCell = DocumentFormat.OpenXml.Wordprocessing.TableCell;
using WordTableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;

namespace KhanhHoa.Governance.Reporting;

/// <summary>
/// Writes a <see cref="ReportDocument"/> as a Word document laid out like an administrative document under Decree
/// 30/2020/NĐ-CP (Art. 8 and Appendix I): issuing-body block and national motto block side by side, the number and
/// symbol, the place and date line, the title and subject, the body with its tables, the closing, "Nơi nhận" and the
/// signature block; Times New Roman, 14 pt body and 11 pt tables, A4 with margins of 20 mm top and bottom, 30 mm left and
/// 15 mm right, the page number centred at the top from the second page; each annex a section of its own with its
/// heading and pages numbered from 1; the document's footnotes as Word footnotes. Every element of the document once, in
/// its order; the writer decides only how each looks.
/// </summary>
/// <remarks>
/// Laid out to print right, not only to hold the text: the two header blocks have widths in which the national name
/// stands on one line and a name breaks only between whole words (its last two words kept together: "KHÁNH HÒA"),
/// with the short rules Appendix I draws under the issuing body and under the motto; table columns are sized from their
/// text so that their longest word fits at the table's type size (11 pt, or less for a table too wide for it), and
/// figures may break only after a "/"; headings stay with what follows them and a table row never splits across pages.
/// </remarks>
/// <threadsafety>Stateless; safe to use from any thread.</threadsafety>
internal static class DocxDocumentWriter
{
    private const string Font = "Times New Roman";
    private const int BodySize = 28;
    private const int HeaderSize = 26;

    // Table type sizes in half-points, largest first: a table takes the largest at which each column holds its longest word.
    private static readonly int[] TableSizes = [22, 20, 18, 16];

    // A4 in twentieths of a point, and the Decree 30 margins (20/20/30/15 mm).
    private const int PageWidth = 11906;
    private const int PageHeight = 16838;
    private const int MarginTop = 1134;
    private const int MarginBottom = 1134;
    private const int MarginLeft = 1701;
    private const int MarginRight = 851;
    private const int ContentWidth = PageWidth - MarginLeft - MarginRight;
    private const int LandscapeContentWidth = PageHeight - MarginLeft - MarginRight;

    // The issuing body's column: wide enough for a two-line name, leaving the national name room for one line.
    private const int HeaderLeft = 3650;

    // Decree 30: the rule under the subject is a third to a half of the line; two fifths of it.
    private const int SubjectRule = ContentWidth * 2 / 5;

    // A data table's cell margin, left and right (1 mm), and what a column needs beyond its longest word for the
    // printer's rounding.
    private const short CellMargin = 57;
    private const int ColumnSlack = (2 * CellMargin) + 60;

    private const string PageNumberHeaderId = "rId2";
    private const string FootnotesId = "rId3";
    private const string SyntheticColor = "C62828";

    /// <summary>Writes the document as a .docx package.</summary>
    /// <param name="document">The document.</param>
    /// <param name="output">Where to write it.</param>
    /// <param name="stamp">The instant every zip entry is dated with, so the bytes are reproducible.</param>
    /// <param name="properties">Writes the package's core properties.</param>
    public static void Write(ReportDocument document, Stream output, DateTimeOffset stamp, Action<OpenXmlPackage> properties)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(properties);
        OpenXmlPackaging.Write(output, stamp, static buffer => WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document), package =>
        {
            // Explicit relationship ids: the SDK would otherwise draw random ones and change the bytes on every run.
            var main = package.AddNewPart<MainDocumentPart>("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "rId1");
            main.AddNewPart<StyleDefinitionsPart>("rId1").Styles = DefaultStyles();
            main.AddNewPart<HeaderPart>(PageNumberHeaderId).Header = PageNumberHeader();
            if (document.Footnotes.Count > 0)
            {
                main.AddNewPart<FootnotesPart>(FootnotesId).Footnotes = Footnotes(document.Footnotes);
            }

            main.Document = new Document(Body(document));
            properties(package);
        });
    }

    private static Styles DefaultStyles() => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font },
                new FontSize { Val = BodySize.ToString(CultureInfo.InvariantCulture) },
                new FontSizeComplexScript { Val = BodySize.ToString(CultureInfo.InvariantCulture) },
                new Languages { Val = "vi-VN" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "60", Line = "276", LineRule = LineSpacingRuleValues.Auto }))),
        new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true });

    private static Body Body(ReportDocument document)
    {
        var header = document.Header;
        var body = new Body();
        if (header.SyntheticBanner is { } banner)
        {
            body.Append(Banner(banner));
        }

        AppendHeader(body, header);
        AppendBlocks(body, document.Body, ContentWidth);
        AppendClosing(body, document.Closing);
        if (header.SyntheticBanner is { } end)
        {
            body.Append(Banner(end));
        }

        // The document proper ends here, portrait; each annex follows in a section of its own (landscape where its tables
        // are wide: Decree 30 lets only pages holding a table turn), with its own heading and pages numbered from 1.
        var section = Section(landscape: false, restart: false);
        foreach (var annex in document.Annexes)
        {
            body.Append(new Paragraph(new ParagraphProperties(section)));
            AppendAnnexHeading(body, annex);
            AppendBlocks(body, annex.Blocks, annex.Landscape ? LandscapeContentWidth : ContentWidth);
            section = Section(annex.Landscape, restart: true);
        }

        body.Append(section);
        return body;
    }

    // The warning on a report with synthetic data, boxed in red, at the top and at the end of the body.
    private static Paragraph Banner(string text)
    {
        var banner = Para(text, JustificationValues.Center, bold: true, color: SyntheticColor);
        banner.ParagraphProperties!.Append(new ParagraphBorders(
            new TopBorder { Val = BorderValues.Single, Size = 12, Color = SyntheticColor },
            new LeftBorder { Val = BorderValues.Single, Size = 12, Color = SyntheticColor },
            new BottomBorder { Val = BorderValues.Single, Size = 12, Color = SyntheticColor },
            new RightBorder { Val = BorderValues.Single, Size = 12, Color = SyntheticColor }));
        return banner;
    }

    private static void AppendHeader(Body body, DocumentHeader header)
    {
        if (header.DraftMark is { } mark)
        {
            // A draft says so above the header, boxed at the right, as drafts circulated for comment do.
            var draft = Para(mark, JustificationValues.Right, bold: true, size: HeaderSize);
            draft.Elements<Run>().Single().RunProperties!.Append(new Border { Val = BorderValues.Single, Size = 6, Space = 2, Color = "000000" });
            body.Append(draft);
        }

        // Decree 30/2020, Appendix I: issuing body (left) and national name and motto (right) on the first line, each
        // with its short rule below; then "Số" and the place-and-date line in a row of their own, so they share a baseline
        // whatever the height of the blocks above them.
        var left = new List<Paragraph>();
        if (header.ParentBody.Length > 0)
        {
            left.Add(Para(KeepPlaceTogether(header.ParentBody), JustificationValues.Center, size: HeaderSize));
        }

        left.Add(Para(KeepPlaceTogether(header.IssuingBody), JustificationValues.Center, bold: true, size: HeaderSize));
        left.Add(Rule(HeaderLeft, 1400));
        var right = new List<Paragraph>
        {
            Para(header.NationalName, JustificationValues.Center, bold: true, size: 24),
            Para(header.Motto, JustificationValues.Center, bold: true, size: HeaderSize),
            Rule(ContentWidth - HeaderLeft, 3400),
        };
        List<Paragraph> numberLine = [Para(header.NumberAndSymbol, JustificationValues.Center, size: HeaderSize, spaceBefore: 60)];
        List<Paragraph> date = [Para(header.PlaceAndDate, JustificationValues.Center, italic: true, size: HeaderSize, spaceBefore: 60)];
        body.Append(LayoutTable([HeaderLeft, ContentWidth - HeaderLeft], [left, right], [numberLine, date]));

        body.Append(
            Para(header.Title, JustificationValues.Center, bold: true, spaceBefore: 240),
            Para(header.Subject, JustificationValues.Center, bold: true),
            Para(header.PeriodLine, JustificationValues.Center, italic: true),
            Rule(ContentWidth, SubjectRule));

        // "Kính gửi:" and its list stand centre-left, the dashes under the colon (Appendix I, element 9a).
        var addressees = header.Addressees;
        for (var i = 0; i < addressees.Count; i++)
        {
            var line = Para(addressees[i], addressees.Count == 1 ? JustificationValues.Center : JustificationValues.Left, spaceBefore: i == 0 ? 120 : 0, spaceAfter: 0);
            if (addressees.Count > 1)
            {
                line.ParagraphProperties!.Indentation!.Left = (i == 0 ? 2268 : 3480).ToString(CultureInfo.InvariantCulture);
            }

            body.Append(line);
        }
    }

    private static void AppendBlocks(Body body, IEnumerable<DocumentBlock> blocks, int width)
    {
        OpenXmlElement? last = null;
        foreach (var block in blocks)
        {
            switch (block)
            {
                case DocumentHeading heading:
                    body.Append(last = Heading(heading));
                    break;
                case DocumentParagraph paragraph:
                    body.Append(last = Paragraph(paragraph.Inlines));
                    break;
                case DocumentList list:
                    foreach (var item in list.Items)
                    {
                        body.Append(last = Paragraph([new TextRun(item.Marker + " "), .. item.Inlines]));
                    }

                    break;
                case DocumentTable table:
                    if (last is WordTable)
                    {
                        // Word joins two tables that touch into one; a thin empty paragraph keeps them apart.
                        body.Append(Para(string.Empty, JustificationValues.Left, size: 12, spaceAfter: 0));
                    }

                    body.Append(last = DataTable(table, width));
                    break;
                default:
                    throw new InvalidOperationException($"unknown block {block.GetType().Name}");
            }
        }
    }

    // Level 1 and 2 in bold, level 3 ("a) …" and the unnumbered headings inside an item) in bold italic; each kept with
    // what follows it.
    private static Paragraph Heading(DocumentHeading heading)
    {
        var paragraph = Para(heading.Printed, JustificationValues.Both, bold: true, italic: heading.Level >= 3, spaceBefore: 120, firstLine: 567);
        paragraph.ParagraphProperties!.InsertAt(new KeepNext(), 0);
        return paragraph;
    }

    // A paragraph of the body, justified with its first line indented; one wholly in bold is a lead-in ("1. Sở Tài
    // chính") and stays with what follows it.
    private static Paragraph Paragraph(IReadOnlyList<DocumentInline> inlines)
    {
        var paragraph = new Paragraph(ParagraphProperties(JustificationValues.Both, spaceBefore: 0, spaceAfter: 120, firstLine: 567));
        paragraph.Append(Runs(inlines, BodySize, bold: false));
        if (inlines.Count > 0 && inlines.All(static inline => inline is TextRun { Style: TextStyle.Bold }))
        {
            paragraph.ParagraphProperties!.InsertAt(new KeepNext(), 0);
        }

        return paragraph;
    }

    // The closing sentence kept on the page of the signature it introduces; "Nơi nhận" and the signature side by side.
    private static void AppendClosing(Body body, DocumentClosing closing)
    {
        if (closing.Sentence.Length > 0)
        {
            var sentence = Para(closing.Sentence, JustificationValues.Both, firstLine: 567);
            sentence.ParagraphProperties!.InsertAt(new KeepNext(), 0);
            body.Append(sentence);
        }

        var recipients = new List<Paragraph> { Para(closing.RecipientsHeading, JustificationValues.Left, bold: true, italic: true, size: 24, spaceBefore: 240) };
        recipients.AddRange(closing.Recipients.Select(line => Para("- " + line, JustificationValues.Left, size: 22, spaceAfter: 0)));
        var signature = closing.Signature;
        var signer = new[] { signature.Authority, signature.Position, signature.SecondaryTitle }
            .Where(static part => part.Length > 0)
            .Select(part => Para(part, JustificationValues.Center, bold: true))
            .ToList();
        if (signer.Count > 0)
        {
            signer[0].ParagraphProperties!.SpacingBetweenLines!.Before = "240";
        }

        // Room for the signature and the seal between the titles and the name.
        signer.Add(Para(string.Empty, JustificationValues.Center, spaceBefore: 960));
        if (signature.SignerName.Length > 0)
        {
            signer.Add(Para(signature.SignerName, JustificationValues.Center, bold: true));
        }

        body.Append(LayoutTable([4554, 4800], [recipients, signer]));
    }

    // Decree 30, Appendix I: "Phụ lục I" (bold), its title in capitals (bold), and the document it goes with (italic).
    private static void AppendAnnexHeading(Body body, DocumentAnnex annex)
    {
        var number = Para(annex.Number, JustificationValues.Center, bold: true, spaceAfter: 0);
        number.ParagraphProperties!.InsertAt(new KeepNext(), 0);
        var title = Para(annex.Title, JustificationValues.Center, bold: true, spaceAfter: 0);
        title.ParagraphProperties!.InsertAt(new KeepNext(), 0);
        body.Append(number, title, Para(annex.Reference, JustificationValues.Center, italic: true, spaceAfter: 240));
    }

    // The body's section shows no number on its first page; an annex's pages are numbered from 1 again (Decree 30: each
    // annex is numbered separately), its first page unnumbered as well.
    private static SectionProperties Section(bool landscape, bool restart)
    {
        var section = new SectionProperties(
            new HeaderReference { Type = HeaderFooterValues.Default, Id = PageNumberHeaderId },
            landscape
                ? new PageSize { Width = PageHeight, Height = PageWidth, Orient = PageOrientationValues.Landscape }
                : new PageSize { Width = PageWidth, Height = PageHeight },
            new PageMargin { Top = MarginTop, Bottom = MarginBottom, Left = MarginLeft, Right = MarginRight, Header = 567, Footer = 567, Gutter = 0 });
        if (restart)
        {
            section.Append(new PageNumberType { Start = 1 });
        }

        section.Append(new TitlePage());
        return section;
    }

    // Decree 30: the page number in Arabic figures, centred in the top margin, from the second page on (the first page
    // has a title page header of its own, left empty).
    private static Header PageNumberHeader() => new(new Paragraph(
        new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
        new SimpleField(new Run(new Text("2"))) { Instruction = " PAGE " }));

    // The footnotes part: Word's separator and continuation separator, then each footnote, its number raised, at 10 pt.
    private static Footnotes Footnotes(IReadOnlyList<DocumentFootnote> footnotes)
    {
        var part = new Footnotes(
            new Footnote(new Paragraph(new Run(new SeparatorMark()))) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
            new Footnote(new Paragraph(new Run(new ContinuationSeparatorMark()))) { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0 });
        foreach (var footnote in footnotes)
        {
            var paragraph = new Paragraph(ParagraphProperties(JustificationValues.Both, spaceBefore: 0, spaceAfter: 0, firstLine: 0));
            paragraph.Append(new Run(new RunProperties([new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }, .. Size(20)]), new FootnoteReferenceMark()));
            paragraph.Append(Runs([new TextRun(" "), .. footnote.Inlines], 20, bold: false));
            part.Append(new Footnote(paragraph) { Id = footnote.Number });
        }

        return part;
    }

    // A short centred rule of the given length in a column, as Appendix I draws under the issuing body and the motto.
    private static Paragraph Rule(int columnWidth, int length)
    {
        var side = Math.Max(0, (columnWidth - length) / 2).ToString(CultureInfo.InvariantCulture);
        return new Paragraph(new ParagraphProperties(
            new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 6, Color = "000000", Space = 0 }),
            new SpacingBetweenLines { Before = "0", After = "60", Line = "60", LineRule = LineSpacingRuleValues.Exact },
            new Indentation { Left = side, Right = side },
            new Justification { Val = JustificationValues.Center }));
    }

    // A name breaks between words only, never inside the place it names: the last two words stay together ("KHÁNH
    // HÒA"), and with them the level of the unit before them when the whole still fits a line ("TỈNH KHÁNH HÒA").
    private static readonly string[] UnitLevels = ["TỈNH", "THÀNH PHỐ", "XÃ", "PHƯỜNG", "ĐẶC KHU", "HUYỆN", "QUẬN", "THỊ XÃ"];

    private const int LongestKeptTogether = 16;

    private static string KeepPlaceTogether(string name)
    {
        var words = name.Split(' ');
        if (words.Length < 2)
        {
            return name;
        }

        var kept = 2;
        foreach (var level in UnitLevels)
        {
            var size = level.Split(' ').Length;
            if (words.Length > size + 2 && string.Join(' ', words[^(size + 2)..^2]) == level && string.Join(' ', words[^(size + 2)..]).Length <= LongestKeptTogether)
            {
                kept = size + 2;
            }
        }

        return string.Join(' ', words[..^kept]) + (words.Length > kept ? " " : string.Empty) + string.Join('\u00A0', words[^kept..]);
    }

    // Long numbers, dates and symbols may wrap after a slash ("52.185/78.508", "30/06/2025") rather than inside a figure.
    private static string BreakAfterSlash(string text) => text.Replace("/", "/\u200B", StringComparison.Ordinal);

    // A document's number and symbol ("Kế hoạch số 3433/KH-UBND", "…/QĐ-BCĐ") does not break at a hyphen after its
    // slash: a narrow cell once printed "3433/KH-" above "UBND". The hyphen is Unicode's non-breaking one.
    private static string KeepSymbolsWhole(string text)
    {
        var chars = text.ToCharArray();
        var afterSlash = false;
        for (var i = 0; i < chars.Length; i++)
        {
            afterSlash = chars[i] switch
            {
                '/' => true,
                ' ' or '\u00A0' or '\n' => false,
                _ => afterSlash,
            };
            chars[i] = afterSlash && chars[i] == '-' ? '\u2011' : chars[i];
        }

        return new string(chars);
    }

    private static ParagraphProperties ParagraphProperties(JustificationValues align, int spaceBefore, int spaceAfter, int firstLine) => new(
        new SpacingBetweenLines { Before = spaceBefore.ToString(CultureInfo.InvariantCulture), After = spaceAfter.ToString(CultureInfo.InvariantCulture) },
        new Indentation { FirstLine = firstLine.ToString(CultureInfo.InvariantCulture) },
        new Justification { Val = align });

    private static Paragraph Para(
        string text,
        JustificationValues align,
        bool bold = false,
        bool italic = false,
        int size = BodySize,
        int spaceBefore = 0,
        int firstLine = 0,
        string? color = null,
        int spaceAfter = 120)
    {
        // Decree 30 wants at least 6 pt between paragraphs of the body.
        var run = new RunProperties();
        if (bold)
        {
            run.Append(new Bold());
        }

        if (italic)
        {
            run.Append(new Italic());
        }

        if (color is not null)
        {
            run.Append(new Color { Val = color });
        }

        run.Append(Size(size));
        return new Paragraph(ParagraphProperties(align, spaceBefore, spaceAfter, firstLine), new Run(run, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
    }

    // The runs of a paragraph, cell or footnote: text in its style (bold also where the whole line is, as a total row
    // is), a footnote reference as Word's raised number; in a column of figures or codes a break allowed after each slash;
    // in a cell a document's symbol kept whole.
    private static IEnumerable<Run> Runs(IEnumerable<DocumentInline> inlines, int size, bool bold, bool breakAfterSlash = false, bool cell = false) =>
        inlines.Select(inline =>
        {
            var properties = new RunProperties();
            if (inline is FootnoteReference reference)
            {
                properties.Append([new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }, .. Size(size)]);
                return new Run(properties, new DocumentFormat.OpenXml.Wordprocessing.FootnoteReference { Id = reference.Number });
            }

            if (bold || inline is TextRun { Style: TextStyle.Bold })
            {
                properties.Append(new Bold());
            }

            if (inline is TextRun { Style: TextStyle.Italic })
            {
                properties.Append(new Italic());
            }

            properties.Append(Size(size));
            var text = breakAfterSlash ? BreakAfterSlash(inline.Text) : inline.Text;
            text = cell ? KeepSymbolsWhole(text) : text;
            return new Run(properties, new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        });

    private static OpenXmlElement[] Size(int size)
    {
        var text = size.ToString(CultureInfo.InvariantCulture);
        return [new FontSize { Val = text }, new FontSizeComplexScript { Val = text }];
    }

    private static WordTable LayoutTable(int[] widths, params IReadOnlyList<IReadOnlyList<Paragraph>>[] rows)
    {
        var table = new WordTable(
            new TableProperties(
                new TableWidth { Width = ContentWidth.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                new TableLayout { Type = TableLayoutValues.Fixed },
                CellMargins(0),
                Borders(lines: false)),
            Grid(widths));

        // The blocks side by side (the header, "Nơi nhận" and the signature) stay on one page; each row's cells start
        // level, so the first lines of a row share a baseline.
        foreach (var columns in rows)
        {
            var row = new WordTableRow(new TableRowProperties(new CantSplit()));
            for (var i = 0; i < columns.Count; i++)
            {
                var cell = new WordTableCell(new TableCellProperties(CellWidth(widths[i])));
                cell.Append(columns[i]);
                row.Append(cell);
            }

            table.Append(row);
        }

        return table;
    }

    // A data table in its width: the header rows bold, centred and repeated at the top of every page the table takes,
    // the body, then the total row in bold. A table is never wider than the page, so the column that names a row is on
    // every page already. Words left, everything else centred (the column's alignment); a row never splits.
    private static WordTable DataTable(DocumentTable source, int available)
    {
        var (size, widths) = Columns(source, available);
        var table = new WordTable(
            new TableProperties(
                new TableWidth { Width = widths.Sum().ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                new TableLayout { Type = TableLayoutValues.Fixed },
                CellMargins(CellMargin),
                Borders(lines: true)),
            Grid(widths));
        foreach (var headerRow in source.HeaderRows)
        {
            var row = new WordTableRow(new TableRowProperties(new CantSplit(), new TableHeader()));
            var column = 0;
            foreach (var cell in headerRow)
            {
                var span = Math.Clamp(cell.Span, 1, widths.Length - column);
                var properties = new TableCellProperties(CellWidth(widths.Skip(column).Take(span).Sum()));
                if (span > 1)
                {
                    properties.Append(new GridSpan { Val = span });
                }

                row.Append(new WordTableCell(properties, Para(cell.Text, JustificationValues.Center, bold: true, size: size, spaceAfter: 0)));
                column += span;
            }

            table.Append(row);
        }

        foreach (var row in source.Rows)
        {
            table.Append(Row(source, row, widths, size, bold: false));
        }

        if (source.Total is { } total)
        {
            table.Append(Row(source, total, widths, size, bold: true));
        }

        return table;
    }

    private static WordTableRow Row(DocumentTable table, Documents.TableRow source, int[] widths, int size, bool bold)
    {
        var row = new WordTableRow(new TableRowProperties(new CantSplit()));
        for (var i = 0; i < table.Columns.Count; i++)
        {
            var column = table.Columns[i];
            var paragraph = new Paragraph(ParagraphProperties(column.Alignment == ColumnAlignment.Left ? JustificationValues.Left : JustificationValues.Center, 0, 0, 0));
            paragraph.Append(Runs(i < source.Cells.Count ? source.Cells[i].Inlines : [], size, bold, column.Kind is not (ColumnKind.Text or ColumnKind.Date), cell: true));
            row.Append(new WordTableCell(new TableCellProperties(CellWidth(widths[i])), paragraph));
        }

        return row;
    }

    // The type size and the column widths of a table: the largest size at which every column holds its longest word (a
    // figure's between slashes; a date whole), the room left shared out in proportion to what each column's texts take
    // on one line on average (its header on two) beyond that, so that the columns of long words get the room and the
    // rows stay short.
    private static (int Size, int[] Widths) Columns(DocumentTable table, int available)
    {
        var count = table.Columns.Count;
        var header = table.HeaderRows.Count > 0 && table.HeaderRows[^1].Count == count ? table.HeaderRows[^1] : null;
        var rows = table.Rows.Concat(table.Total is { } total ? [total] : []).ToList();
        foreach (var size in TableSizes)
        {
            var minimum = new double[count];
            var wanted = new double[count];
            for (var i = 0; i < count; i++)
            {
                var kind = table.Columns[i].Kind;
                var texts = rows.Select(row => i < row.Cells.Count ? row.Cells[i].Text : string.Empty).ToList();
                var longest = texts.Select(text => kind == ColumnKind.Date ? Measure(text, size, bold: false) : Longest(text, Breaks(kind), size, bold: false)).DefaultIfEmpty(0).Max();
                var headerText = header?[i].Text ?? table.Columns[i].Header;
                minimum[i] = Math.Max(Longest(headerText, [' '], size, bold: true), longest) + ColumnSlack;
                var average = texts.Select(text => Measure(text, size, bold: false)).DefaultIfEmpty(0).Average();
                wanted[i] = Math.Max(0, Math.Max(average, Measure(headerText, size, bold: true) / 2) + ColumnSlack - minimum[i]);
            }

            if (minimum.Sum() > available && size != TableSizes[^1])
            {
                continue;
            }

            var spare = available - minimum.Sum();
            var share = wanted.Sum();
            return (size, [.. Enumerable.Range(0, count).Select(i => (int)(minimum[i] + (share <= 0 ? spare / count : spare * wanted[i] / share)))]);
        }

        throw new InvalidOperationException("unreachable: the smallest size is always taken");
    }

    // Where a column's text may break: words between spaces, figures and codes after a slash as well; a date never.
    private static char[] Breaks(ColumnKind kind) => kind == ColumnKind.Text ? [' '] : [' ', '/'];

    // The widest piece of a text between break characters (a break character stays with the piece before it).
    private static double Longest(string text, char[] breaks, int size, bool bold)
    {
        var longest = 0.0;
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || breaks.Contains(text[i]))
            {
                var end = i < text.Length && text[i] != ' ' ? i + 1 : i;
                longest = Math.Max(longest, Measure(text[start..end], size, bold));
                start = i + 1;
            }
        }

        return longest;
    }

    // A text's width in twips at a size in half-points.
    private static double Measure(string text, int size, bool bold) => TimesNewRoman.Ems(text, bold) * size * 10;

    private static TableGrid Grid(IEnumerable<int> widths) => new(widths.Select(static width => new GridColumn { Width = width.ToString(CultureInfo.InvariantCulture) }));

    private static TableCellWidth CellWidth(int width) => new() { Width = width.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa };

    // Every side of a table and between its cells: none in the layout tables, a thin black line in data tables.
    private static TableBorders Borders(bool lines)
    {
        T Line<T>()
            where T : BorderType, new() => lines ? new T { Val = BorderValues.Single, Size = 4, Color = "000000" } : new T { Val = BorderValues.None };

        return new TableBorders(Line<TopBorder>(), Line<LeftBorder>(), Line<BottomBorder>(), Line<RightBorder>(), Line<InsideHorizontalBorder>(), Line<InsideVerticalBorder>());
    }

    // The space between a cell's border and its text, left and right: none in the layout tables, 1 mm in data tables.
    private static TableCellMarginDefault CellMargins(short twips) => new(
        new TableCellLeftMargin { Width = twips, Type = TableWidthValues.Dxa },
        new TableCellRightMargin { Width = twips, Type = TableWidthValues.Dxa });
}
