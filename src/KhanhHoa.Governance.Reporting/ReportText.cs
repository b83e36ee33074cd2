using KhanhHoa.Governance.Indicators;
using KhanhHoa.Governance.Rollup;
using KhanhHoa.Governance.Submissions;

namespace KhanhHoa.Governance.Reporting;

// The Vietnamese wording every renderer shares, so that the five formats say the same thing the same way.
internal static class ReportText
{
    public const string NationalName = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    public const string Motto = "Độc lập - Tự do - Hạnh phúc";
    public const string SectionResultsTitle = "KẾT QUẢ CÁC MẶT CÔNG TÁC";
    public const string SectionResults = "I. " + SectionResultsTitle;
    public const string SectionDifficultiesTitle = "KHÓ KHĂN, VƯỚNG MẮC VÀ KIẾN NGHỊ, ĐỀ XUẤT";
    public const string SectionDifficulties = "II. " + SectionDifficultiesTitle;
    public const string NoDifficulties = "Các đơn vị không nêu khó khăn, vướng mắc, kiến nghị, đề xuất trong kỳ báo cáo.";
    public const string AnnexDataName = "Phụ lục I";
    public const string NoPriorities = "Không có nhiệm vụ đến hạn trong kỳ tới; các cơ quan, đơn vị tiếp tục thực hiện các nhiệm vụ thường xuyên theo kế hoạch.";
    public const string NoFigures = "Chưa có số liệu các đơn vị gửi trong kỳ báo cáo.";

    // Section III's line on the overdue tasks the task section lists (its number in section I).
    public static string OverdueAhead(int count, int taskSectionNumber) => string.Create(
        System.Globalization.CultureInfo.InvariantCulture,
        $"Các cơ quan, đơn vị chủ trì khẩn trương hoàn thành {count} nhiệm vụ đã quá hạn (chi tiết tại mục I.{taskSectionNumber}, phần Nhiệm vụ quá hạn).");
    public const string SectionPrioritiesTitle = "NHIỆM VỤ TRỌNG TÂM TRONG THỜI GIAN TỚI";
    public const string SectionPriorities = "III. " + SectionPrioritiesTitle;
    public const string Tasks = "Tình hình thực hiện nhiệm vụ theo kế hoạch";
    public const string TasksByPlan = "Theo kế hoạch";
    public const string TasksByAgency = "Theo đơn vị chủ trì";
    public const string Overdue = "Nhiệm vụ quá hạn";
    public const string DueSoon = "Nhiệm vụ sắp đến hạn";
    public const string DataQuality = "Kiểm tra tính nhất quán của số liệu";
    public const string Completeness = "Tình hình gửi số liệu của các đơn vị";
    public const string UnitsAppendixName = "Phụ lục II";
    public const string UnitsAppendixTitle = "SỐ LIỆU HỒ SƠ TỔNG HỢP THEO ĐƠN VỊ";
    public const string UnitsAppendix = UnitsAppendixName + ": " + UnitsAppendixTitle;

    // Phụ lục I: the data-quality findings and who sent what in a review; only who sent what in a signable report.
    public static string AnnexDataTitle(MonthlyReport report) =>
        report.HasDataQualityAnnex ? "CHẤT LƯỢNG SỐ LIỆU VÀ TÌNH HÌNH GỬI BÁO CÁO" : "TÌNH HÌNH GỬI BÁO CÁO CỦA CÁC ĐƠN VỊ";

    // Decree 30, Appendix I: each annex says which document it goes with, "(Kèm theo Báo cáo số … ngày … của …)"; a
    // draft leaves its number and date blank as the header does, a letterhead without the issuer's name leaves that.
    public static string AnnexReference(MonthlyReport report)
    {
        var header = report.Header;
        var number = header.Number is { } n ? n.ToString("00", System.Globalization.CultureInfo.InvariantCulture) : "\u00A0\u00A0\u00A0\u00A0";
        var date = header.IsDraft ? $"ngày\u00A0\u00A0\u00A0\u00A0 tháng\u00A0\u00A0\u00A0\u00A0 năm {header.IssueDate.Year}" : "ngày " + VietnameseFormat.DocumentDate(header.IssueDate);
        return $"(Kèm theo {ToSentence(header.Title)} số {number}/{header.Symbol} {date} của {header.IssuerName ?? ToFill})";
    }

    // The body says where its annexes are, as report 87 refers to its own.
    public static string AnnexesReferred(MonthlyReport report) =>
        (report.HasDataQualityAnnex ? "Chất lượng số liệu và tình hình gửi báo cáo của các đơn vị" : "Tình hình gửi báo cáo của các đơn vị")
        + $" tại {AnnexDataName}"
        + (report.Units.Count > 0 ? $"; số liệu hồ sơ thủ tục hành chính theo từng đơn vị tại {UnitsAppendixName}" : string.Empty)
        + $" kèm theo {ToSentence(report.Header.Title)} này.";

    // "BÁO CÁO" as a sentence names it: "Báo cáo".
    private static string ToSentence(string title) =>
        title.Length == 0 ? title : title[..1].ToUpperInvariant() + title[1..].ToLowerInvariant();
    public const string Recipients = "Nơi nhận:";
    public const string NoViolations = "Không phát hiện sai lệch.";
    public const string NoOverdue = "Không có nhiệm vụ quá hạn.";
    public const string NoDueSoon = "Không có nhiệm vụ sắp đến hạn.";
    public const string NoTasks = "Không phát sinh nhiệm vụ trong kỳ báo cáo.";
    public const string SyntheticLabel = "giả lập";

    // The place a signable report leaves for the office to fill where no unit reported, as report 87's officials do.
    public const string ToFill = "…";

    // What a part with nothing in it says: a review says why; a signable report leaves the place to fill.
    public static string Empty(MonthlyReport report, string review) => report.Purpose == ReportPurpose.Signable ? ToFill : review;

    public const string SyntheticBanner =
        "DỮ LIỆU GIẢ LẬP: báo cáo có số liệu giả lập (đánh dấu \"giả lập\"), chỉ dùng để minh họa, không phải số liệu chính thức.";

    public static readonly string[] IndicatorColumns =
        ["Chỉ tiêu", "Kết quả", "Tử số/Mẫu số", "Mục tiêu", "Chênh lệch", "Đánh giá", "So với tháng trước", "Nguồn"];

    public static readonly string[] CountColumns =
        ["Hoàn thành đúng hạn", "Hoàn thành quá hạn", "Đang thực hiện trong hạn", "Quá hạn chưa hoàn thành", "Thường xuyên", "Sắp đến hạn", "Tỷ lệ đúng hạn"];

    // The appendix lists every unit's measures in contract order, as the rollup JSON does, under their Vietnamese names.
    public static readonly string[] UnitColumns = ["Đơn vị", "Trực thuộc", .. DossierMeasures.All.Select(DossierMeasures.VietnameseNameOf), "Nguồn"];

    public static readonly string[] OverdueColumns = ["Mã", "Nhiệm vụ", "Kế hoạch", "Đơn vị chủ trì", "Thời hạn", "Số ngày làm việc quá hạn", "Nguồn"];

    public static readonly string[] DueSoonColumns = ["Mã", "Nhiệm vụ", "Kế hoạch", "Đơn vị chủ trì", "Thời hạn", "Nguồn"];

    // The core's target statuses in the words of an administrative report; no target means the row is only monitored.
    public static string Status(TargetStatus? status) => status switch
    {
        null => "Theo dõi",
        TargetStatus.Achieved => "Đạt",
        TargetStatus.OnTrack => "Đúng tiến độ",
        TargetStatus.AtRisk => "Có nguy cơ không đạt",
        TargetStatus.NotYetDue => "Chưa đạt, chưa đến hạn",
        TargetStatus.Missed => "Không đạt",
        _ => "Chưa có số liệu",
    };

    // The status with the core's projection to the step's due month, when it made one.
    public static string Status(IndicatorRow row) => row.Target?.Projection is { } projection
        ? $"{Status(row.Status)} (dự báo đến hạn: {VietnameseFormat.WithUnit(projection, row.Unit)})"
        : Status(row.Status);

    public static string Source(Provenance provenance) => provenance switch
    {
        Provenance.Computed => "tính từ dữ liệu",
        Provenance.Reported => "đơn vị báo cáo",
        _ => SyntheticLabel,
    };

    public static string Value(IndicatorRow row) => row.Value is { } value ? VietnameseFormat.WithUnit(value, row.Unit) : "—";

    public static string Fraction(IndicatorRow row) => (row.Numerator, row.Denominator) switch
    {
        ({ } n, { } d) => $"{VietnameseFormat.Integer(n)}/{VietnameseFormat.Integer(d)}",
        ({ } n, null) => VietnameseFormat.Integer(n),
        _ => "—",
    };

    public static string Target(IndicatorRow row) => row.Target?.Text ?? row.NoTargetReason ?? "—";

    public static string Gap(IndicatorRow row) => row.Gap is { } gap ? VietnameseFormat.SignedNumber(gap) + (row.IsRate ? " điểm %" : string.Empty) : "—";

    public static string Change(IndicatorRow row) => row.MonthOnMonthChange is { } change
        ? VietnameseFormat.SignedNumber(change) + (row.IsRate ? " điểm %" : string.Empty)
        : "—";

    // A reported figure as the report prints it: "93,7% (393.249/419.886)" for a stated rate with its parts.
    public static string Value(FigureRow row)
    {
        // Only a signable report keeps a figure no unit sent (the composer leaves out such figures otherwise).
        if (row.Value is not { } value)
        {
            return ToFill;
        }

        var shown = row.IsRate ? VietnameseFormat.Percent(value) : VietnameseFormat.Number(value);
        return row.Parts.Count == 0 ? shown : $"{shown} ({string.Join("/", row.Parts.Select(part => part.Value is { } v ? VietnameseFormat.Number(v) : "—"))})";
    }

    // Who sent a figure, already grouped by the composer ("Sở Y tế; 12 xã"), as one cell.
    public static string Senders(IReadOnlyList<string> senders) => string.Join("; ", senders);

    // A long list of units is cut after a few names, as a report says "và 12 đơn vị khác".
    public static string Names(IReadOnlyList<string> names) => names.Count <= MaxNames
        ? string.Join(", ", names)
        : $"{string.Join(", ", names.Take(MaxNames))} và {VietnameseFormat.Integer(names.Count - MaxNames)} đơn vị khác";

    private const int MaxNames = 6;

    // Section II: the items grouped by topic, in the order each topic was first raised.
    public static IEnumerable<(string Topic, IReadOnlyList<ReportedDifficulty> Items)> DifficultiesByTopic(MonthlyReport report) =>
        report.Difficulties
            .GroupBy(item => item.Topic, StringComparer.Ordinal)
            .Select(group => (group.Key, (IReadOnlyList<ReportedDifficulty>)[.. group]));

    // One difficulty, the proposal it makes and who raised it.
    // A carried-over difficulty prints the text it was last given and says it persists; with no earlier text received,
    // the report says so rather than print an empty line.
    public static string DifficultyLine(ReportedDifficulty item) =>
        (item.Text.Length > 0 ? item.Text.TrimEnd('.', ' ') + "." : "Không thay đổi so với các kỳ báo cáo trước (chưa nhận được nội dung đơn vị nêu ở kỳ trước).")
        + (item.CarriedOver && item.Text.Length > 0 ? " Nội dung này vẫn tồn tại, không thay đổi so với kỳ báo cáo trước." : string.Empty)
        + (item.IsProposal ? $" Đề nghị {item.AddressedTo} xem xét, giải quyết." : string.Empty)
        + $" (Đơn vị nêu: {Names(item.RaisedBy)}{(item.Provenance == Provenance.Synthetic ? "; " + SyntheticLabel : string.Empty)})";

    // A composite index: its total out of its maximum with each group's points, or "chưa có số liệu" and how many of its
    // counters are still missing (which ones: ReportedIndex.Missing, the JSON's) — never a total that treats a missing
    // counter as zero.
    public static string IndexLine(ReportedIndex index) =>
        index.Name + ": "
        + (index.Score is { } score
            ? $"{VietnameseFormat.Number(score.Total)}/{VietnameseFormat.Number(score.MaxTotal)} điểm ("
              + string.Join("; ", score.Groups.Select(static g => $"nhóm {g.Code} {VietnameseFormat.Number(g.Points)}/{VietnameseFormat.Number(g.MaxPoints)}")) + ")."
            : $"chưa có số liệu (còn thiếu {VietnameseFormat.Integer(index.Missing.Count)}/{VietnameseFormat.Integer(index.CounterCount)} số liệu đầu vào).")
        + (index.Provenance == Provenance.Synthetic ? " (" + SyntheticLabel + ")" : string.Empty);

    public static string Rate(decimal? rate) => rate is { } value ? VietnameseFormat.Percent(value) : "—";

    public static string[] CountCells(TaskCounts counts) =>
    [
        VietnameseFormat.Integer(counts.CompletedOnTime),
        VietnameseFormat.Integer(counts.CompletedLate),
        VietnameseFormat.Integer(counts.OpenWithinDeadline),
        VietnameseFormat.Integer(counts.OpenOverdue),
        VietnameseFormat.Integer(counts.Continuous),
        VietnameseFormat.Integer(counts.DueSoon),
        Rate(counts.OnTimeRate),
    ];

    public static string[] IndicatorCells(IndicatorRow row) =>
        [row.Code, row.Name, Value(row), Fraction(row), Target(row), Gap(row), Status(row), Change(row), Source(row.Provenance)];

    // An official reads units by name: the parent is named as the rollup names it (its code stays in the JSON's units).
    public static string[] UnitCells(MonthlyReport report, UnitRollup unit) =>
        [unit.Unit.Name, unit.ParentCode is { } parent ? report.Units.FirstOrDefault(u => u.Code == parent)?.Unit.Name ?? parent : "—", .. DossierMeasures.All.Select(measure => VietnameseFormat.Integer(unit.Measures[measure])), Source(report.UnitsProvenance)];

    // A plan as the report cites it: its document, else its id.
    public static string Plan(MonthlyReport report, string plan) => report.PlanReferences.GetValueOrDefault(plan, plan);

    public static string[] OverdueCells(OverdueTask task) =>
    [
        task.Id, task.Title, task.Plan, task.LeadAgency, VietnameseFormat.ShortDate(task.Deadline),
        VietnameseFormat.Integer(task.WorkingDaysLate), Source(task.Provenance),
    ];

    public static string[] DueSoonCells(UpcomingTask task) =>
        [task.Id, task.Title, task.Plan, task.LeadAgency, VietnameseFormat.ShortDate(task.Deadline), Source(task.Provenance)];

    public static string Subject(MonthlyReport report) => report.Header.Subject;

    public static string TaskSummaryLine(TaskCounts total) =>
        $"Tổng số {VietnameseFormat.Integer(total.Total)} nhiệm vụ: hoàn thành đúng hạn {VietnameseFormat.Integer(total.CompletedOnTime)}, "
        + $"hoàn thành quá hạn {VietnameseFormat.Integer(total.CompletedLate)}, đang thực hiện trong hạn {VietnameseFormat.Integer(total.OpenWithinDeadline)}, "
        + $"quá hạn chưa hoàn thành {VietnameseFormat.Integer(total.OpenOverdue)}, thực hiện thường xuyên {VietnameseFormat.Integer(total.Continuous)}; "
        + $"tỷ lệ hoàn thành đúng hạn trên số nhiệm vụ đã đến hạn: {Rate(total.OnTimeRate)}.";

    // From submissions, the core's one figure per data set comes first and a unit is listed once it has sent every
    // report due from it; from dossiers alone, the units with own dossiers.
    // The units line; the reports per data set are the table above it when the report has one (DataSets), else a clause.
    public static string CompletenessLine(ReportingCompleteness completeness) => completeness.Expected == 0 ? ToFill :
        (completeness.Reports is { } reports && completeness.DataSets.Count == 0 ? ReportsLine(reports) + " " : string.Empty)
        + $"{VietnameseFormat.Integer(completeness.ReportedCount)}/{VietnameseFormat.Integer(completeness.Expected)} đơn vị đã gửi {(completeness.Reports is null ? "số liệu" : "đủ báo cáo")}"
        + (completeness.Missing.Count == 0 ? "." : $"; chưa gửi{(completeness.Reports is null ? string.Empty : " đủ")}: {string.Join(", ", completeness.Missing.Select(unit => unit.Name))}.");

    private static string ReportsLine(SubmissionCompleteness reports) =>
        $"{VietnameseFormat.Integer(reports.Submitted)}/{VietnameseFormat.Integer(reports.Expected)} báo cáo đã gửi"
        + (reports.Percent is { } percent ? $" ({VietnameseFormat.Percent(percent)})" : string.Empty)
        + (reports.DataSets.Count == 0 ? "." : ": " + string.Join("; ", reports.DataSets.Select(static r =>
            $"{r.DataSet.Name} {VietnameseFormat.Integer(r.Submitted.Count)}/{VietnameseFormat.Integer(r.Expected.Count)}")) + ".");

    public static readonly string[] ReceiptColumns = ["Báo cáo", "Số đơn vị phải gửi", "Đã gửi", "Gửi đúng hạn", "Tỷ lệ đã gửi", "Chưa gửi", "Nguồn"];

    public const string AllReports = "Tổng số";

    public const string AllTasks = "Tổng cộng";

    public static string ViolationFigures(ConsistencyViolation violation) =>
        string.Join("; ", violation.Figures.Select(figure => $"{figure.Name}: {VietnameseFormat.Number(figure.Value)}"));

    // The internal annex names a rule by its Vietnamese description only; its code stays in the JSON (ruleCode).
    public static readonly string[] ViolationColumns = ["Nội dung", "Căn cứ", "Đơn vị", "Số liệu liên quan", "Nguồn"];

    public static string[] ViolationCells(ConsistencyViolation violation) =>
    [
        violation.Description, violation.Citation ?? "—", ViolationUnit(violation),
        ViolationFigures(violation), Source(violation.Provenance),
    ];

    public static string ViolationUnit(ConsistencyViolation violation) =>
        violation.UnitName ?? violation.UnitCode ?? "Toàn tỉnh";

    public static string PriorityText(PriorityItem item) =>
        item.DueBy is { } due && item.Source == PrioritySource.Manual ? $"{item.Text.TrimEnd('.')} (thời hạn: {VietnameseFormat.ShortDate(due)})." : item.Text;

    public const string AsAbove = "Như trên";

    // Decree 30/2020, Appendix I: each line of "Nơi nhận" ends with a semicolon, the last one (the archive line) with a
    // full stop; a report with "Kính gửi" starts the list with "Như trên".
    public static IReadOnlyList<string> RecipientLines(MonthlyReport report)
    {
        var lines = (report.Header.Addressees.Count > 0 ? [AsAbove] : Array.Empty<string>()).Concat(report.Recipients.Select(r => r.Text)).ToList();
        return [.. lines.Select((line, index) => line + (index == lines.Count - 1 ? "." : ";"))];
    }

    // "Kính gửi: A" on one line, or one addressee a line, "- " … ";" and the last ".".
    public static IReadOnlyList<string> AddresseeLines(ReportHeader header) => header.Addressees.Count switch
    {
        0 => [],
        1 => [$"Kính gửi: {header.Addressees[0]}."],
        _ => ["Kính gửi:", .. header.Addressees.Select((a, i) => $"- {a}{(i == header.Addressees.Count - 1 ? "." : ";")}")],
    };

    // Section III groups priorities by who carries them out, in the order each first appears (as report 87 does).
    public static IEnumerable<(string Responsible, IReadOnlyList<PriorityItem> Items)> PrioritiesByResponsible(MonthlyReport report) =>
        report.Priorities
            .Select((item, index) => (item, index))
            .GroupBy(pair => pair.item.Responsible, StringComparer.Ordinal)
            .OrderBy(group => group.Min(pair => pair.index))
            .Select(group => (group.Key, (IReadOnlyList<PriorityItem>)[.. group.Select(pair => pair.item)]));


    public static string ItemLetter(int index) => index < Letters.Length ? Letters[index] : (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    // The Vietnamese alphabet's order for list items, as official documents letter them (a, b, c, d, đ, e, ê, g …).
    private static readonly string[] Letters = ["a", "b", "c", "d", "đ", "e", "ê", "g", "h", "i", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "x", "y"];
}
