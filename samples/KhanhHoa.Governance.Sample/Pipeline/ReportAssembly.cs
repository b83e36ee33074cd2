using KhanhHoa.Governance.Calendar;
using KhanhHoa.Governance.Data;
using KhanhHoa.Governance.Indicators;
using KhanhHoa.Governance.Reporting;
using KhanhHoa.Governance.Sample.Cli;
using KhanhHoa.Governance.Submissions;

namespace KhanhHoa.Governance.Sample.Pipeline;

/// <summary>
/// The sources of the period's <see cref="MonthlyReport"/>: the rollup, the embedded indicator catalog and targets,
/// the seed plans with the SYNTHETIC illustrative progress, report 87/BC-BCĐ's printed figures (facts, for the month
/// it covers) and a header, signature and recipients shaped like report 87's. The composition itself is the
/// reporting package's <see cref="MonthlyReportComposer"/>, which shows the core's target and task statuses; tasks are
/// judged and their working days late counted on the container's <see cref="BusinessCalendar"/>, passed in by the verb.
/// With the units' submissions, the task section comes from their submitted progress, completeness from who sent what
/// by when, and report 87's contradictions from the findings on the figures the standing agency submitted.
/// </summary>
internal static class ReportAssembly
{
    /// <summary>
    /// The consistency rules checked on every unit's measures: the parts the engine counts never exceed their wholes.
    /// Each has its English description and the Vietnamese one the report prints.
    /// </summary>
    private static readonly (string Id, string Description, string DescriptionVi, string Left, RuleOperator Operator, string Right)[] MeasureRules =
    [
        ("M.RESOLVED.SPLIT", "Resolved = resolved on time + resolved late", "Số hồ sơ đã giải quyết bằng số hồ sơ giải quyết đúng hạn cộng số hồ sơ giải quyết quá hạn", "resolved", RuleOperator.EqualTo, "resolved_on_time + resolved_late"),
        ("M.ONLINE.PART", "Dossiers received online never exceed dossiers received", "Số hồ sơ tiếp nhận trực tuyến không lớn hơn số hồ sơ tiếp nhận", "received_online", RuleOperator.LessThanOrEqualTo, "received"),
        ("M.FULL.PART", "Full-online filings never exceed the filings of full-online procedures", "Số hồ sơ tiếp nhận trực tuyến toàn trình không lớn hơn số hồ sơ tiếp nhận của TTHC cung cấp DVC trực tuyến toàn trình", "received_full_online", RuleOperator.LessThanOrEqualTo, "received_full_eligible"),
        ("M.PAID.PART", "Fees paid online never exceed the dossiers with a fee", "Số hồ sơ nộp phí, lệ phí trực tuyến không lớn hơn số hồ sơ phải nộp phí, lệ phí", "paid_online", RuleOperator.LessThanOrEqualTo, "fee_required"),
        ("M.OVERDUE.PART", "Pending overdue dossiers never exceed pending dossiers", "Số hồ sơ đang giải quyết quá hạn cuối kỳ không lớn hơn số hồ sơ đang giải quyết cuối kỳ", "pending_overdue_end", RuleOperator.LessThanOrEqualTo, "pending_end"),
    ];

    /// <summary>Project 06 by the name report 87/BC-BCĐ gives it in its subject.</summary>
    private const string Project06 = "“Phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia giai đoạn 2022-2025, tầm nhìn đến năm 2030”";

    /// <summary>The report 87 figures cover reporting month 9/2025, whatever the cut-off the host reads it under.</summary>
    private static readonly YearMonth Report87Month = new(2025, 9);

    /// <summary>Composes the report of <paramref name="outcome"/>'s period as of its last day.</summary>
    public static MonthlyReport Compose(RollupOutcome outcome, GovernanceData data, BusinessCalendar calendar, IReadOnlyList<SubmittedReport>? submitted, List<string> notes)
    {
        var period = outcome.Period;
        var asOf = period.End;
        var roots = outcome.Current.Units.Where(unit => unit.ParentCode is null).ToList();
        if (roots.Count != 1)
        {
            throw CliException.BadInput($"the org units of period {period.Id} have {roots.Count} roots ({string.Join(", ", roots.Select(r => r.Code))}); the report needs exactly one (the province).");
        }

        var figures = period.Kind == ReportingPeriodKind.Month && period.LastMonth == Report87Month ? data.ReportFigures : null;
        var sources = Base(outcome, data, calendar, roots[0].Code, figures);
        if (submitted is not null)
        {
            sources = WithSubmissions(sources, data, calendar, submitted);
        }

        foreach (var later in MonthlyReportComposer.PlansIssuedAfterAsOf(sources))
        {
            notes.Add($"plan {later.Id} was issued on {later.Directive.IssuedOn:dd/MM/yyyy}, after {asOf:dd/MM/yyyy}: its tasks are not counted");
        }

        return MonthlyReportComposer.Compose(sources);
    }

    // Every submission collected counts, late ones too (the period's due dates may fall after its last day); a
    // re-submission replaces the earlier one.
    private static MonthlyReportSources WithSubmissions(MonthlyReportSources sources, GovernanceData data, BusinessCalendar calendar, IReadOnlyList<SubmittedReport> submitted)
    {
        var asOf = sources.AsOf;
        var register = SubmissionRegister.Empty.Add(submitted.Select(static s => s.Submission));
        var current = register.Current.ToHashSet();
        var kept = submitted.Where(s => current.Contains(s.Submission)).ToList();
        var tree = data.OrgUnits.AsOf(sources.Period.End);
        var desk = SubmissionInputs.Desk(data);
        var statuses = DataSetStatus.Take(desk, register, sources.Period.Id, calendar, asOf);
        var withProgress = kept.Where(static s => s.Submission.Submission.Progress.Count > 0).ToList();
        return sources with
        {
            Progress = data.Plans.ToDictionary(
                plan => plan.Id,
                plan => SubmittedProgress.Histories(plan, withProgress.Select(static s => s.Submission), desk.Assignments, tree),
                StringComparer.Ordinal),
            TaskProvenance = withProgress.Select(static s => s.Provenance).DefaultIfEmpty(Provenance.Reported).Max(),
            ReportFigures = null,
            SubmissionLayout = data.ReportFigures,
            Submissions = kept,
            SubmittedFigures = [.. statuses.SelectMany(static status => status.Figures)],
            ReportingRates = [.. statuses.Select(static status => status.Rate).Where(static rate => rate.Expected.Count > 0)],
        };
    }

    private static MonthlyReportSources Base(RollupOutcome outcome, GovernanceData data, BusinessCalendar calendar, string root, ReportFigureSet? figures)
    {
        var period = outcome.Period;
        var asOf = period.End;
        return new MonthlyReportSources
        {
            Period = period,
            AsOf = asOf,
            Header = new ReportHeader("UBND TỈNH KHÁNH HÒA", "BAN CHỈ ĐẠO TỈNH KHÁNH HÒA", Number: null, "BC-BCĐ", "Khánh Hòa", asOf, "BÁO CÁO",
                $"Kết quả triển khai, thực hiện Đề án {Project06} {PeriodWords(period)}")
            {
                Addressees = ["Văn phòng Chính phủ", "Bộ Công an"],
            },
            Signature = new SignatureBlock("TM. BAN CHỈ ĐẠO", "TRƯỞNG BAN", "CHỦ TỊCH UBND TỈNH", "Nguyễn Khắc Toàn"),
            Rollups = outcome.Result.Periods,
            RootUnitCode = root,
            Catalog = data.Indicators,
            Plans = data.Plans,
            Progress = data.Plans.ToDictionary(plan => plan.Id, plan => IllustrativeProgress.For(plan, asOf), StringComparer.Ordinal),
            Calendar = calendar,
            Inputs = outcome.Inputs,
            ReportFigures = figures,
            MeasureRules = [.. MeasureRules.Select(Rule)],
            DossierProvenance = outcome.IsSynthetic ? Provenance.Synthetic : Provenance.Computed,
            TaskProvenance = Provenance.Synthetic,
            Closing = "Ban Chỉ đạo tỉnh Khánh Hòa báo cáo Văn phòng Chính phủ, Bộ Công an biết, theo dõi, chỉ đạo./.",
            Recipients =
            [
                new Recipient("Thường trực Tỉnh ủy", "báo cáo"),
                new Recipient("Thường trực HĐND tỉnh", "báo cáo"),
                new Recipient("Chủ tịch và các PCT UBND tỉnh"),
                new Recipient("Các Thành viên Ban chỉ đạo tỉnh"),
                new Recipient("MTTQ và các Tổ chức CT-XH tỉnh"),
                new Recipient("Ngân hàng Nhà nước chi nhánh Khu vực X"),
                new Recipient("Thuế tỉnh, Bảo hiểm xã hội tỉnh"),
                new Recipient("Tòa án nhân dân tỉnh"),
                new Recipient("Lãnh đạo Văn phòng UBND tỉnh"),
                new Recipient("Các sở, ban, ngành thuộc tỉnh"),
                new Recipient("UBND các xã, phường"),
                new Recipient("VPUB: NC, KGVX, TH, KT, XDND, TTPVHCC"),
                new Recipient("Lưu: VT, ĐT"),
            ],
        };
    }

    private static ConsistencyRule Rule((string Id, string Description, string DescriptionVi, string Left, RuleOperator Operator, string Right) rule) => new()
    {
        Id = rule.Id,
        Description = rule.Description,
        DescriptionVi = rule.DescriptionVi,
        Left = MeasureExpression.Parse(rule.Left).AsT0,
        Operator = rule.Operator,
        Right = MeasureExpression.Parse(rule.Right).AsT0,
        Importance = RuleImportance.High,
    };

    private static string PeriodWords(ReportingPeriod period) => period.Kind switch
    {
        ReportingPeriodKind.Month => $"tháng {period.Index}/{period.Year}",
        ReportingPeriodKind.Quarter => $"quý {period.Index}/{period.Year}",
        ReportingPeriodKind.HalfYear => $"6 tháng {(period.Index == 1 ? "đầu" : "cuối")} năm {period.Year}",
        ReportingPeriodKind.NineMonths => $"9 tháng năm {period.Year}",
        _ => $"năm {period.Year}",
    };
}
