using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using KhanhHoa.Governance.Indicators;
using KhanhHoa.Governance.Rollup;

namespace KhanhHoa.Governance.Reporting;

/// <summary>
/// Writes the report's tables as an Excel workbook for analysts, one sheet each (<see cref="SheetNames"/>): report
/// information, indicators, their 12-month trend, the figures the units reported (under their part of section I), the
/// difficulties and proposals of section II, tasks by plan and by lead agency, overdue tasks, the per-unit
/// measures, and the annexes on data quality and on which units reported. Figures are typed cells with the decimals
/// the core gave them, as the other formats print them: counts as whole numbers (<c>#,##0</c>), an amount such as
/// 14,4 tỷ đồng in <c>#,##0.0</c>, rates as Excel percentages (the fraction 0.9031 shown 90.31% in <c>0.00%</c>, a
/// stated 75% in <c>0%</c>), dates as date serials in <c>dd/mm/yyyy</c>. Synthetic figures are labelled in a source
/// column and on the first sheet.
/// </summary>
/// <remarks>
/// <para>
/// Every header is Vietnamese and one row; no sheet carries a machine code a clerk would not read (the rollup
/// contract's field names, figure and rule codes, unit codes stay in the JSON). The indicator and trend sheets keep the
/// indicators' catalog codes ("CDS.CC.01"), which the report's tables print too.
/// </para>
/// <para>
/// The header row stays in view and carries the filter; every cell is bordered. A sheet prints landscape on A4 at its
/// own type size: one wider than a page runs on across pages, with the header row at the top of every page and the
/// row's name at the left (each sheet's <c>_xlnm.Print_Titles</c>). Totals — the province's measures ("Toàn tỉnh", the
/// rollup's root), the task counts of every plan or agency — are bold rows below the body and a blank row, outside the
/// filtered range, so that filtering neither hides them nor counts them twice.
/// </para>
/// <para>Package dates and zip entry dates are fixed to the report's issue date, so output bytes are reproducible.</para>
/// </remarks>
/// <threadsafety>Stateless; safe to use from any thread.</threadsafety>
internal sealed class XlsxReportRenderer : IMonthlyReportRenderer
{
    private const string Province = "Toàn tỉnh";
    private const string Total = "Tổng cộng";

    // The workbook's sheets in order: a new sheet is a method that lays out its table and a line here.
    private static readonly (string Name, Func<MonthlyReport, ReportSheet> Table)[] Sheets =
    [
        ("Thông tin", InfoSheet),
        ("Chỉ tiêu", IndicatorSheet),
        ("Xu hướng 12 tháng", TrendSheet),
        ("Số liệu đơn vị báo cáo", FigureSheet),
        ("Khó khăn, kiến nghị", DifficultySheet),
        ("Nhiệm vụ theo kế hoạch", PlanSheet),
        ("Nhiệm vụ theo đơn vị", AgencySheet),
        ("Nhiệm vụ quá hạn", OverdueSheet),
        ("Số liệu đơn vị", UnitSheet),
        ("Phụ lục - Chất lượng số liệu", ViolationSheet),
        ("Phụ lục - Tình hình báo cáo", CompletenessSheet),
    ];

    private static readonly SheetColumn[] TaskCountColumns =
    [
        .. ReportText.CountColumns.Select(header => new SheetColumn(header, 13)),
        new("Tổng số", 10),
        new("Đã đến hạn", 10),
        new("Nguồn", 14),
    ];

    private XlsxReportRenderer()
    {
    }

    /// <summary>The sheet names, in order.</summary>
    public static IReadOnlyList<string> SheetNames { get; } = [.. Sheets.Select(sheet => sheet.Name)];

    /// <summary>The renderer.</summary>
    public static XlsxReportRenderer Instance { get; } = new();

    /// <inheritdoc />
    public string Format => "xlsx";

    /// <inheritdoc />
    public string FileExtension => ".xlsx";

    /// <inheritdoc />
    public string MediaType => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <inheritdoc />
    public void Render(MonthlyReport report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            // Explicit relationship ids: the SDK would otherwise draw random ones and change the bytes on every run.
            var workbook = document.AddNewPart<WorkbookPart>("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "rId1");
            workbook.Workbook = new Workbook();
            var styles = workbook.AddNewPart<WorkbookStylesPart>("rIdStyles");
            styles.Stylesheet = ReportSheetWriter.Stylesheet();
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            var printTitles = new DefinedNames();
            for (var i = 0; i < Sheets.Length; i++)
            {
                var (name, layout) = Sheets[i];
                var table = layout(report);
                var part = workbook.AddNewPart<WorksheetPart>("rIdSheet" + (i + 1).ToString(CultureInfo.InvariantCulture));
                part.Worksheet = ReportSheetWriter.Write(table);
                sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = (uint)(i + 1), Name = name });
                printTitles.Append(ReportSheetWriter.PrintTitles(name, i, table));
            }

            workbook.Workbook.Append(printTitles);
            OpenXmlPackaging.WriteCoreProperties(document, report);
        }

        OpenXmlPackaging.CopyNormalized(buffer.ToArray(), output, OpenXmlPackaging.FixedInstant(report));
    }

    private static ReportSheet InfoSheet(MonthlyReport report)
    {
        var header = report.Header;
        List<object?[]> rows =
        [
            ["Cơ quan ban hành", header.IssuingBody],
            ["Số, ký hiệu", header.NumberAndSymbol],
            ["Địa danh, ngày tháng", header.PlaceAndDate],
            ["Trích yếu", header.Subject],
            ["Kỳ báo cáo", report.Period.Id],
            ["Từ ngày", report.Period.Start],
            ["Đến ngày", report.Period.End],
            ["Số liệu tính đến ngày", report.AsOf],
        ];
        if (report.ContainsSyntheticData)
        {
            rows.Add(["Cảnh báo", ReportText.SyntheticBanner]);
        }

        return new ReportSheet([new("Mục", 28), new("Nội dung", 100)], rows);
    }

    // Each indicator under the number of its part of section I ("4.a"), as the reported figures are.
    private static ReportSheet IndicatorSheet(MonthlyReport report) => new(
        [
            new("Mục", 6, Codes: true), new("Mã", 12, Codes: true), new("Chỉ tiêu", 40), new("Đơn vị tính", 10), new("Kết quả", 12), new("Tử số", 14), new("Mẫu số", 14),
            new("Mục tiêu", 10), new("Nội dung mục tiêu", 40), new("Chênh lệch", 12), new("Đánh giá", 20), new("Tháng trước", 12),
            new("Thay đổi so với tháng trước", 14), new("Nguồn", 16),
        ],
        [
            .. ReportOutline.Of(report).Entries.SelectMany(entry => entry.Group.Rows.Select(row => new object?[]
            {
                Section(entry), row.Code, row.Name, row.Unit, Figure(row, row.Value), row.Numerator, row.Denominator, Figure(row, row.Target?.Value),
                row.Target?.Text ?? row.NoTargetReason, Figure(row, row.Gap), ReportText.Status(row), Figure(row, row.PreviousValue),
                Figure(row, row.MonthOnMonthChange), ReportText.Source(row.Provenance),
            })),
        ])
    {
        TitleColumns = 3,
    };

    private static string Section(ReportOutlineEntry entry) =>
        entry.Letter is { } letter ? $"{entry.Number}.{letter}" : entry.Number.ToString(CultureInfo.InvariantCulture);

    // One row per indicator and one column per month of the twelve ending with the period's last month, earliest
    // first; a month without a value is an empty cell.
    private static ReportSheet TrendSheet(MonthlyReport report)
    {
        var months = Enumerable.Range(0, 12).Select(back => report.Period.LastMonth.PlusMonths(back - 11)).ToArray();
        return new ReportSheet(
            [
                new("Mã", 12, Codes: true), new("Chỉ tiêu", 40), new("Đơn vị tính", 10),
                .. months.Select(month => new SheetColumn(string.Create(CultureInfo.InvariantCulture, $"{month.Month}/{month.Year}"), 10)),
                new("Nguồn", 14),
            ],
            [
                .. report.Indicators.Select(row =>
                {
                    var values = row.Trend.ToDictionary(point => point.Month, point => point.Value);
                    return (object?[])
                    [
                        row.Code, row.Name, row.Unit,
                        .. months.Select(month => values.TryGetValue(month, out var value) ? Figure(row, value) : null),
                        ReportText.Source(row.Provenance),
                    ];
                }),
            ])
        {
            TitleColumns = 2,
        };
    }

    // An indicator's figure: a rate's as an Excel percentage, any other as the number it is.
    private static object? Figure(IndicatorRow row, decimal? value) => Figure(value, row.IsRate);

    private static object? Figure(decimal? value, bool rate) => value is { } number ? rate ? new Percentage(number) : number : null;

    // Every figure the units reported, under the number of its part of section I ("4.a"); a stated rate as an Excel
    // percentage with its numerator and denominator, a running total beside its period figure.
    private static ReportSheet FigureSheet(MonthlyReport report) => new(
        [
            new("Mục", 6, Codes: true), new("Nội dung", 56), new("Kết quả", 14), new("Tử số", 14), new("Mẫu số", 14),
            new("Lũy kế", 14), new("Đơn vị báo cáo", 32), new("Nguồn", 14),
        ],
        [
            .. ReportOutline.Of(report).Entries.SelectMany(entry => entry.Group.Figures.Select(figure => new object?[]
            {
                Section(entry), figure.Name, Figure(figure.Value, figure.IsRate),
                figure.Parts.Count == 2 ? figure.Parts[0].Value : null,
                figure.Parts.Count == 2 ? figure.Parts[1].Value : null,
                figure.Cumulative, ReportText.Senders(figure.ReportedBy), ReportText.Source(figure.Provenance),
            })),
        ])
    {
        TitleColumns = 2,
    };

    private static ReportSheet DifficultySheet(MonthlyReport report) => new(
        [new("Chủ đề", 20), new("Khó khăn, vướng mắc", 60), new("Đề nghị cơ quan giải quyết", 28), new("Đơn vị nêu", 48), new("Nguồn", 14)],
        [
            .. report.Difficulties.Select(item => new object?[]
            {
                item.Topic, item.Text, item.AddressedTo, string.Join(", ", item.RaisedBy), ReportText.Source(item.Provenance),
            }),
        ])
    {
        Footer = report.Difficulties.Count == 0 ? [[ReportText.NoDifficulties]] : [],
    };

    private static ReportSheet PlanSheet(MonthlyReport report) => TaskSheet(report, "Kế hoạch", 24, report.Tasks.ByPlan);

    private static ReportSheet AgencySheet(MonthlyReport report) => TaskSheet(report, "Đơn vị chủ trì", 40, report.Tasks.ByAgency);

    // Every task has one plan and one lead agency, so the rows of either split add up to the section's total counts,
    // shown as counted (the on-time rate over all tasks is not a sum of the rows' rates).
    private static ReportSheet TaskSheet(MonthlyReport report, string nameHeader, double nameWidth, IReadOnlyList<TaskSummary> rows)
    {
        var source = ReportText.Source(report.Tasks.Provenance);
        return new ReportSheet(
            [new(nameHeader, nameWidth), .. TaskCountColumns],
            [.. rows.Select(summary => CountCells(summary.Name, summary.Counts, source))])
        {
            Footer = [CountCells(Total, report.Tasks.Total, source)],
        };
    }

    private static object?[] CountCells(string name, TaskCounts counts, string source) =>
    [
        name, counts.CompletedOnTime, counts.CompletedLate, counts.OpenWithinDeadline, counts.OpenOverdue, counts.Continuous, counts.DueSoon,
        counts.OnTimeRate is { } rate ? new Percentage(rate) : null, counts.Total, counts.CameDue, source,
    ];

    private static ReportSheet OverdueSheet(MonthlyReport report) => new(
        [new("Mã", 8, Codes: true), new("Nhiệm vụ", 60), new("Kế hoạch", 18), new("Đơn vị chủ trì", 32), new("Thời hạn", 12), new("Số ngày làm việc quá hạn", 14), new("Nguồn", 16)],
        [
            .. report.Tasks.Overdue.Select(task => new object?[]
            {
                task.Id, task.Title, task.Plan, task.LeadAgency, task.Deadline, task.WorkingDaysLate, ReportText.Source(task.Provenance),
            }),
        ])
    {
        Footer = report.Tasks.Overdue.Count == 0 ? [[ReportText.NoOverdue]] : [],
    };

    // The units under the province in the rollup's order, by name; the root (the province, every unit's sum) is the
    // total row. The unit a row belongs to is named only when some unit sits deeper than under the root, where its
    // row is part of another's.
    private static ReportSheet UnitSheet(MonthlyReport report)
    {
        var source = ReportText.Source(report.UnitsProvenance);
        var roots = report.Units.Where(unit => unit.ParentCode is null).ToList();
        var nested = report.Units.Any(unit => unit.ParentCode is { } parent && roots.All(root => root.Code != parent));
        var names = UnitNames(report);
        object?[] Cells(UnitRollup unit, string name) =>
        [
            name, UnitText.Kind(unit.Unit.Kind), .. nested ? [unit.ParentCode is { } parent ? names.GetValueOrDefault(parent, parent) : null] : Array.Empty<object?>(),
            .. DossierMeasures.All.Select(measure => (object?)unit.Measures[measure]),
            source,
        ];

        SheetColumn[] columns =
        [
            new("Tên đơn vị", 28), new("Loại đơn vị", 15), .. nested ? [new SheetColumn("Trực thuộc", 24)] : Array.Empty<SheetColumn>(),

            // Eleven digits wide holds 9.999.999 and lets the sheet run on across two pages, not three.
            .. DossierMeasures.All.Select(measure => new SheetColumn(DossierMeasures.VietnameseNameOf(measure), 11)),
            new("Nguồn", 14),
        ];
        return new ReportSheet(columns, [.. report.Units.Where(unit => unit.ParentCode is not null).Select(unit => Cells(unit, unit.Unit.Name))])
        {
            Footer = [.. roots.Select(root => Cells(root, roots.Count == 1 ? Province : root.Unit.Name))],
        };
    }

    private static ReportSheet ViolationSheet(MonthlyReport report)
    {
        var names = UnitNames(report);
        return new ReportSheet(
            [new("Nội dung sai lệch", 56), new("Căn cứ", 28), new("Đơn vị", 28), new("Số liệu liên quan", 48), new("Nguồn", 14)],
            [
                .. report.Violations.Select(violation => new object?[]
                {
                    violation.Description, violation.Citation,
                    violation.UnitName ?? (violation.UnitCode is { } code ? names.GetValueOrDefault(code) : Province),
                    ReportText.ViolationFigures(violation), ReportText.Source(violation.Provenance),
                }),
            ])
        {
            Footer = report.Violations.Count == 0 ? [[ReportText.NoViolations]] : [],
        };
    }

    private static ReportSheet CompletenessSheet(MonthlyReport report) => new(
        [new("Tên đơn vị", 36), new("Ngày gửi số liệu", 14), new("Nguồn", 14)],
        [
            .. report.Completeness.Units.Select(unit => new object?[]
            {
                unit.Name, unit.ReceivedOn is { } day ? day : (object)"Chưa gửi", ReportText.Source(report.Completeness.Provenance),
            }),
        ])
    {
        Footer = [[ReportText.CompletenessLine(report.Completeness)]],
    };

    // A unit's name by its code: the rollup's units, then those expected to report.
    private static Dictionary<string, string> UnitNames(MonthlyReport report)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (code, name) in report.Units.Select(unit => (unit.Code, unit.Unit.Name)).Concat(report.Completeness.Units.Select(unit => (unit.Code, unit.Name))))
        {
            names.TryAdd(code, name);
        }

        return names;
    }
}
