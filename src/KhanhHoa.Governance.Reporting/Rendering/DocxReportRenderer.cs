using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace KhanhHoa.Governance.Reporting;

/// <summary>
/// Writes the report as a Word document laid out like an administrative document under Decree 30/2020/NĐ-CP
/// (Art. 8 and Appendix I): issuing-body block and national motto block side by side, the number and symbol, the
/// place and date line, the title and subject, the body with its tables, the closing, "Nơi nhận" and the signature
/// block; Times New Roman, 14 pt body and 11 pt tables, A4 with margins of 20 mm top and bottom, 30 mm left and 15 mm
/// right, the page number centred at the top from the second page.
/// </summary>
/// <remarks>
/// Laid out to print right, not only to hold the text: the two header blocks have widths in which the national name
/// stands on one line and a name breaks only between whole words (its last two words kept together: "KHÁNH HÒA"),
/// with the short rules Appendix I draws under the issuing body and under the motto; table columns are wide enough
/// for their longest word at 11 pt and numbers may break only after a "/"; headings stay with what follows them and
/// a table row never splits across pages.
/// </remarks>
/// <remarks>Package dates and zip entry dates are fixed to the report's issue date, so output bytes are reproducible.</remarks>
/// <threadsafety>Stateless; safe to use from any thread.</threadsafety>
internal sealed class DocxReportRenderer : IMonthlyReportRenderer
{
    private const string Font = "Times New Roman";
    private const int BodySize = 28;
    private const int TableSize = 22;
    private const int HeaderSize = 26;

    // A4 in twentieths of a point, and the Decree 30 margins (20/20/30/15 mm).
    private const int PageWidth = 11906;
    private const int PageHeight = 16838;
    private const int MarginTop = 1134;
    private const int MarginBottom = 1134;
    private const int MarginLeft = 1701;
    private const int MarginRight = 851;
    private const int ContentWidth = PageWidth - MarginLeft - MarginRight;

    // The issuing body's column: wide enough for a two-line name, leaving the national name room for one line.
    private const int HeaderLeft = 3650;

    // Decree 30: the rule under the subject is a third to a half of the line; two fifths of it.
    private const int SubjectRule = ContentWidth * 2 / 5;

    private const int LandscapeContentWidth = PageHeight - MarginLeft - MarginRight;
    private const int UnitNameWidth = 2286;
    private const int SmallTableSize = 18;
    private const string PageNumberHeaderId = "rId2";

    private DocxReportRenderer()
    {
    }

    /// <summary>The renderer.</summary>
    public static DocxReportRenderer Instance { get; } = new();

    /// <inheritdoc />
    public string Format => "docx";

    /// <inheritdoc />
    public string FileExtension => ".docx";

    /// <inheritdoc />
    public string MediaType => "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <inheritdoc />
    public void Render(MonthlyReport report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        using var buffer = new MemoryStream();
        using (var document = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            // Explicit relationship ids: the SDK would otherwise draw random ones and change the bytes on every run.
            var main = document.AddNewPart<MainDocumentPart>("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "rId1");
            var styles = main.AddNewPart<StyleDefinitionsPart>("rId1");
            styles.Styles = DefaultStyles();
            main.AddNewPart<HeaderPart>(PageNumberHeaderId).Header = PageNumberHeader();
            main.Document = new Document(Body(report));
            OpenXmlPackaging.WriteCoreProperties(document, report);
        }

        OpenXmlPackaging.CopyNormalized(buffer.ToArray(), output, OpenXmlPackaging.FixedInstant(report));
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

    private static Body Body(MonthlyReport report)
    {
        var header = report.Header;
        var body = new Body();
        if (report.ContainsSyntheticData)
        {
            var banner = Para(ReportText.SyntheticBanner, JustificationValues.Center, bold: true, color: "C62828");
            banner.ParagraphProperties!.Append(new ParagraphBorders(
                new TopBorder { Val = BorderValues.Single, Size = 12, Color = "C62828" },
                new LeftBorder { Val = BorderValues.Single, Size = 12, Color = "C62828" },
                new BottomBorder { Val = BorderValues.Single, Size = 12, Color = "C62828" },
                new RightBorder { Val = BorderValues.Single, Size = 12, Color = "C62828" }));
            body.Append(banner);
        }

        if (header.IsDraft)
        {
            // A draft says so above the header, boxed at the right, as drafts circulated for comment do.
            var draft = Para(ReportHeader.DraftMark, JustificationValues.Right, bold: true, size: HeaderSize);
            draft.Elements<Run>().Single().RunProperties!.Append(new Border { Val = BorderValues.Single, Size = 6, Space = 2, Color = "000000" });
            body.Append(draft);
        }

        // Decree 30/2020, Appendix I: issuing body (left) and national name and motto (right) on the first line, each
        // with its short rule below; then "Số" and the place-and-date line in a row of their own, so they share a baseline
        // whatever the height of the blocks above them.
        var left = new List<Paragraph>();
        if (header.ParentBody.Length > 0)
        {
            left.Add(Para(KeepPlaceTogether(header.ParentBody.ToUpperInvariant()), JustificationValues.Center, size: HeaderSize));
        }

        left.Add(Para(KeepPlaceTogether(header.IssuingBody.ToUpperInvariant()), JustificationValues.Center, bold: true, size: HeaderSize));
        left.Add(Rule(HeaderLeft, 1400));
        var right = new List<Paragraph>
        {
            Para(ReportText.NationalName, JustificationValues.Center, bold: true, size: 24),
            Para(ReportText.Motto, JustificationValues.Center, bold: true, size: HeaderSize),
            Rule(ContentWidth - HeaderLeft, 3400),
        };
        List<Paragraph> numberLine = [Para(header.NumberAndSymbol, JustificationValues.Center, size: HeaderSize, spaceBefore: 60)];
        List<Paragraph> date = [Para(header.PlaceAndDate, JustificationValues.Center, italic: true, size: HeaderSize, spaceBefore: 60)];
        body.Append(LayoutTable([HeaderLeft, ContentWidth - HeaderLeft], [left, right], [numberLine, date]));

        body.Append(
            Para(header.Title.ToUpperInvariant(), JustificationValues.Center, bold: true, spaceBefore: 240),
            Para(header.Subject, JustificationValues.Center, bold: true),
            Para(VietnameseFormat.PeriodRange(report.Period), JustificationValues.Center, italic: true),
            Rule(ContentWidth, SubjectRule));

        // "Kính gửi:" and its list stand centre-left, the dashes under the colon (Appendix I, element 9a).
        var addressees = ReportText.AddresseeLines(header);
        for (var i = 0; i < addressees.Count; i++)
        {
            var line = Para(addressees[i], addressees.Count == 1 ? JustificationValues.Center : JustificationValues.Left, spaceBefore: i == 0 ? 120 : 0, spaceAfter: 0);
            if (addressees.Count > 1)
            {
                line.ParagraphProperties!.Indentation!.Left = (i == 0 ? 2268 : 3480).ToString(CultureInfo.InvariantCulture);
            }

            body.Append(line);
        }

        body.Append(Heading(ReportText.SectionResults));
        var outline = ReportOutline.Of(report);
        foreach (var entry in outline.Entries)
        {
            if (entry.StartsSection)
            {
                body.Append(Heading(entry.SectionHeading));
            }

            if (entry.SubsectionHeading is { } subsection)
            {
                body.Append(Heading(subsection, italic: true));
            }

            AppendGroup(body, report, entry.Group);
        }

        body.Append(report.Indexes.Select(index => BodyPara(ReportText.IndexLine(index))));
        if (report.HasTaskSection)
        {
            AppendTasks(body, report, outline);
        }

        body.Append(BodyPara(ReportText.AnnexesReferred(report)));

        body.Append(Heading(ReportText.SectionDifficulties));
        var topic = 0;
        foreach (var (subject, items) in ReportText.DifficultiesByTopic(report))
        {
            body.Append(Heading($"{++topic}. {subject}"));
            body.Append(items.Select(item => BodyPara("- " + ReportText.DifficultyLine(item))));
        }

        if (topic == 0)
        {
            body.Append(BodyPara(ReportText.Empty(report, ReportText.NoDifficulties)));
        }

        body.Append(Heading(ReportText.SectionPriorities));
        var number = 0;
        foreach (var (responsible, items) in ReportText.PrioritiesByResponsible(report))
        {
            body.Append(Heading($"{++number}. {responsible}"));
            for (var i = 0; i < items.Count; i++)
            {
                body.Append(BodyPara($"{ReportText.ItemLetter(i)}) {ReportText.PriorityText(items[i])}"));
            }
        }

        if (number == 0)
        {
            body.Append(BodyPara(ReportText.Empty(report, ReportText.NoPriorities)));
        }

        if (report.Closing.Length > 0)
        {
            // The closing sentence stays on the page of the signature it introduces.
            var closing = BodyPara(report.Closing);
            closing.ParagraphProperties!.InsertAt(new KeepNext(), 0);
            body.Append(closing);
        }

        var recipients = new List<Paragraph> { Para(ReportText.Recipients, JustificationValues.Left, bold: true, italic: true, size: 24, spaceBefore: 240) };
        recipients.AddRange(ReportText.RecipientLines(report).Select(line => Para("- " + line, JustificationValues.Left, size: 22, spaceAfter: 0)));
        var signature = report.Signature;
        var signer = new[] { signature.Authority, signature.Position }
            .Where(part => part.Length > 0)
            .Select(part => Para(part, JustificationValues.Center, bold: true, spaceBefore: 0))
            .ToList();
        signer[0].ParagraphProperties!.SpacingBetweenLines!.Before = "240";
        if (signature.SecondaryTitle.Length > 0)
        {
            signer.Add(Para(signature.SecondaryTitle, JustificationValues.Center, bold: true));
        }

        // Room for the signature and the seal between the titles and the name.
        signer.Add(Para(string.Empty, JustificationValues.Center, spaceBefore: 960));

        if (signature.SignerName.Length > 0)
        {
            signer.Add(Para(signature.SignerName, JustificationValues.Center, bold: true));
        }

        body.Append(LayoutTable([4554, 4800], [recipients, signer]));

        // The document proper ends here, portrait; each annex follows in a landscape section of its own, where its wide
        // tables fit (Decree 30 lets only pages holding a table turn), with its own heading and pages numbered from 1.
        body.Append(new Paragraph(new ParagraphProperties(Section(landscape: false, restart: false))));
        AppendAnnexHeading(body, report, ReportText.AnnexDataName, ReportText.AnnexDataTitle(report));
        var part = 0;
        if (report.HasDataQualityAnnex)
        {
            body.Append(Heading($"{++part}. {ReportText.DataQuality}"));
            if (report.Violations.Count == 0)
            {
                body.Append(BodyPara(ReportText.NoViolations));
            }
            else
            {
                body.Append(DataTable(
                    [6100, 2600, 1900, 3686],
                    ReportText.ViolationColumns[..^1],
                    report.Violations.Select(v =>
                    {
                        var cells = ReportText.ViolationCells(v);
                        return new[] { cells[0] + SyntheticTag(v.Provenance), cells[1], cells[2], cells[3] };
                    }),
                    textColumns: 4));
            }
        }

        body.Append(Heading($"{++part}. {ReportText.Completeness}"));
        body.Append(BodyPara(ReportText.CompletenessLine(report.Completeness) + SyntheticNote(report.Completeness.Provenance)));

        if (report.Units.Count > 0)
        {
            body.Append(new Paragraph(new ParagraphProperties(Section(landscape: true, restart: true))));
            AppendAnnexHeading(body, report, ReportText.UnitsAppendixName, ReportText.UnitsAppendixTitle);
            AppendUnits(body, report);
        }

        body.Append(Section(landscape: true, restart: true));
        return body;
    }

    // Decree 30, Appendix I: "Phụ lục I" (bold), its title in capitals (bold), and the document it goes with (italic).
    private static void AppendAnnexHeading(Body body, MonthlyReport report, string name, string title)
    {
        var first = Para(name, JustificationValues.Center, bold: true, spaceAfter: 0);
        first.ParagraphProperties!.InsertAt(new KeepNext(), 0);
        var second = Para(title, JustificationValues.Center, bold: true, spaceAfter: 0);
        second.ParagraphProperties!.InsertAt(new KeepNext(), 0);
        body.Append(first, second, Para(ReportText.AnnexReference(report), JustificationValues.Center, italic: true, spaceAfter: 240));
    }

    // Phụ lục II: every unit's measures under their Vietnamese names; 16 columns fit the landscape width at 9 pt.
    private static void AppendUnits(Body body, MonthlyReport report)
    {
        var measures = ReportText.UnitColumns.Length - 4;
        var width = (LandscapeContentWidth - UnitNameWidth) / measures;
        body.Append(DataTable(
            [UnitNameWidth, .. Enumerable.Repeat(width, measures)],
            [ReportText.UnitColumns[1], .. ReportText.UnitColumns[3..^1]],
            report.Units.Select(unit => { var cells = ReportText.UnitCells(report, unit); return (string[])[cells[1], .. cells[3..^1]]; }),
            textColumns: 1,
            size: SmallTableSize));
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

    // The task section: the counts, by lead agency, and the overdue tasks with their working days late.
    private static void AppendTasks(Body body, MonthlyReport report, ReportOutline outline)
    {
        body.Append(Heading($"{outline.TaskSectionNumber}. {ReportText.Tasks}"));
        body.Append(BodyPara(ReportText.TaskSummaryLine(report.Tasks.Total) + SyntheticNote(report.Tasks.Provenance)));
        body.Append(Heading(ReportText.TasksByAgency, italic: true));
        body.Append(DataTable(
            [2854, 1100, 1100, 1100, 1100, 1000, 1100],
            ["Đơn vị chủ trì", "Hoàn thành đúng hạn", "Hoàn thành quá hạn", "Trong hạn", "Quá hạn", "Sắp đến hạn", "Tỷ lệ đúng hạn"],
            report.Tasks.ByAgency.Select(summary =>
            {
                var cells = ReportText.CountCells(summary.Counts);
                return new[] { summary.Name, cells[0], cells[1], cells[2], cells[3], cells[5], cells[6] };
            })));
        body.Append(Heading(ReportText.Overdue, italic: true));
        if (report.Tasks.Overdue.Count == 0)
        {
            body.Append(BodyPara(ReportText.NoOverdue));
        }
        else
        {
            body.Append(DataTable(
                [4154, 2500, 1300, 1400],
                ["Nhiệm vụ", "Đơn vị chủ trì", "Thời hạn", "Số ngày làm việc quá hạn"],
                report.Tasks.Overdue.Select(task => new[] { $"{task.Title} ({task.Plan})", task.LeadAgency, VietnameseFormat.ShortDate(task.Deadline), VietnameseFormat.Integer(task.WorkingDaysLate) }),
                textColumns: 2));
        }
    }

    // A group of section I: its indicators with their targets (a signable report has none: the office judges), then
    // the figures the units reported.
    private static void AppendGroup(Body body, MonthlyReport report, IndicatorGroup group)
    {
        if (group.IsEmpty)
        {
            body.Append(BodyPara(ReportText.Empty(report, ReportText.NoFigures)));
        }

        if (group.Rows.Count > 0 && report.Purpose == ReportPurpose.Signable)
        {
            body.Append(DataTable(
                [4354, 1800, 1800, 1400],
                ["Chỉ tiêu", "Kết quả", "Tử số/Mẫu số", "So với tháng trước"],
                group.Rows.Select(row => new[] { $"{row.Name} ({row.Code})", ReportText.Value(row), ReportText.Fraction(row), ReportText.Change(row) })));
        }
        else if (group.Rows.Count > 0)
        {
            body.Append(DataTable(
                [2354, 1100, 1450, 1400, 900, 1200, 950],
                ["Chỉ tiêu", "Kết quả", "Tử số/Mẫu số", "Mục tiêu", "Chênh lệch", "Đánh giá", "So với tháng trước"],
                group.Rows.Select(row => new[]
                {
                    $"{row.Name} ({row.Code})",
                    ReportText.Value(row) + SyntheticTag(row.Provenance),
                    ReportText.Fraction(row),
                    ReportText.Target(row),
                    ReportText.Gap(row),
                    ReportText.Status(row),
                    ReportText.Change(row),
                })));
        }

        if (group.Figures.Count > 0)
        {
            if (group.Rows.Count > 0)
            {
                // Word joins two tables that touch into one; a thin empty paragraph keeps them apart.
                body.Append(Para(string.Empty, JustificationValues.Left, size: 12, spaceAfter: 0));
            }

            // The running-total column only where a figure of the group has one, as report 87 prints "lũy kế" only there.
            var cumulative = group.Figures.Any(row => row.Cumulative is not null);
            body.Append(DataTable(
                cumulative ? [3700, 2250, 1300, 2104] : [4700, 2550, 2104],
                cumulative ? ["Nội dung", "Kết quả", "Lũy kế", "Đơn vị báo cáo"] : ["Nội dung", "Kết quả", "Đơn vị báo cáo"],
                group.Figures.Select(row =>
                {
                    var cells = ReportText.FigureCells(row);
                    var value = cells[1] + SyntheticTag(row.Provenance);
                    return cumulative ? new[] { cells[0], value, cells[2], cells[3] } : [cells[0], value, cells[3]];
                })));
        }
    }

    private static string SyntheticTag(Provenance provenance) =>
        provenance == Provenance.Synthetic ? $" ({ReportText.SyntheticLabel})" : string.Empty;

    // Decree 30: the page number in Arabic figures, centred in the top margin, from the second page on (the first page
    // has a title page header of its own, left empty).
    private static Header PageNumberHeader() => new(new Paragraph(
        new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
        new SimpleField(new Run(new Text("2"))) { Instruction = " PAGE " }));

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

    // Long numbers and dates may wrap after a slash ("52.185/78.508", "30/06/2025") rather than inside a figure.
    private static string BreakAfterSlash(string text) => text.Replace("/", "/\u200B", StringComparison.Ordinal);

    private static string SyntheticNote(Provenance provenance) =>
        provenance == Provenance.Synthetic ? $" (Nguồn: {ReportText.SyntheticLabel})" : string.Empty;

    private static Paragraph Heading(string text, bool italic = false)
    {
        var heading = Para(text, JustificationValues.Both, bold: true, italic: italic, spaceBefore: 120, firstLine: 567);
        heading.ParagraphProperties!.InsertAt(new KeepNext(), 0);
        return heading;
    }

    private static Paragraph BodyPara(string text) => Para(text, JustificationValues.Both, firstLine: 567);

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
        var properties = new ParagraphProperties(
            new SpacingBetweenLines { Before = spaceBefore.ToString(CultureInfo.InvariantCulture), After = spaceAfter.ToString(CultureInfo.InvariantCulture) },
            new Indentation { FirstLine = firstLine.ToString(CultureInfo.InvariantCulture) },
            new Justification { Val = align });
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

        var sizeText = size.ToString(CultureInfo.InvariantCulture);
        run.Append(new FontSize { Val = sizeText }, new FontSizeComplexScript { Val = sizeText });
        return new Paragraph(properties, new Run(run, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
    }

    private static Table LayoutTable(int[] widths, params IReadOnlyList<IReadOnlyList<Paragraph>>[] rows)
    {
        var table = new Table(
            new TableProperties(
                new TableWidth { Width = ContentWidth.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                new TableLayout { Type = TableLayoutValues.Fixed },
                CellMargins(0),
                new TableBorders(
                    new TopBorder { Val = BorderValues.None },
                    new LeftBorder { Val = BorderValues.None },
                    new BottomBorder { Val = BorderValues.None },
                    new RightBorder { Val = BorderValues.None },
                    new InsideHorizontalBorder { Val = BorderValues.None },
                    new InsideVerticalBorder { Val = BorderValues.None })),
            new TableGrid(widths.Select(width => new GridColumn { Width = width.ToString(CultureInfo.InvariantCulture) })));
        // The blocks side by side (the header, "Nơi nhận" and the signature) stay on one page; each row's cells start
        // level, so the first lines of a row share a baseline.
        foreach (var columns in rows)
        {
            var row = new TableRow(new TableRowProperties(new CantSplit()));
            for (var i = 0; i < columns.Count; i++)
            {
                var cell = new TableCell(new TableCellProperties(new TableCellWidth { Width = widths[i].ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }));
                cell.Append(columns[i]);
                row.Append(cell);
            }

            table.Append(row);
        }

        return table;
    }

    // A data table: its first textColumns columns are words, left-aligned; the others figures, centred.
    private static Table DataTable(int[] widths, string[] headers, IEnumerable<string[]> rows, int textColumns = 1, int size = TableSize)
    {
        static BorderType Line<TBorder>()
            where TBorder : BorderType, new() => new TBorder { Val = BorderValues.Single, Size = 4, Color = "000000" };

        var table = new Table(
            new TableProperties(
                new TableWidth { Width = widths.Sum().ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                new TableLayout { Type = TableLayoutValues.Fixed },
                CellMargins(57),
                new TableBorders(
                    Line<TopBorder>(),
                    Line<LeftBorder>(),
                    Line<BottomBorder>(),
                    Line<RightBorder>(),
                    Line<InsideHorizontalBorder>(),
                    Line<InsideVerticalBorder>())),
            new TableGrid(widths.Select(width => new GridColumn { Width = width.ToString(CultureInfo.InvariantCulture) })));
        table.Append(Row(widths, headers, header: true, textColumns, size));
        foreach (var row in rows)
        {
            table.Append(Row(widths, row, header: false, textColumns, size));
        }

        return table;
    }

    // The space between a cell's border and its text, left and right: none in the layout tables, 1 mm in data tables.
    private static TableCellMarginDefault CellMargins(short twips) => new(
        new TableCellLeftMargin { Width = twips, Type = TableWidthValues.Dxa },
        new TableCellRightMargin { Width = twips, Type = TableWidthValues.Dxa });

    private static TableRow Row(int[] widths, string[] cells, bool header, int textColumns, int size)
    {
        var row = new TableRow(header ? new TableRowProperties(new CantSplit(), new TableHeader()) : new TableRowProperties(new CantSplit()));
        for (var i = 0; i < cells.Length; i++)
        {
            var words = i < textColumns;
            var text = header || words ? cells[i] : BreakAfterSlash(cells[i]);
            row.Append(new TableCell(
                new TableCellProperties(new TableCellWidth { Width = widths[i].ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }),
                Para(text, header || !words ? JustificationValues.Center : JustificationValues.Left, bold: header, size: size, spaceAfter: 0)));
        }

        return row;
    }
}
