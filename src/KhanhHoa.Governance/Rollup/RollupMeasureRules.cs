using KhanhHoa.Governance.Indicators;

namespace KhanhHoa.Governance.Rollup;

/// <summary>
/// The invariants of the engine's own measures, checked on every unit's measures of a report: the parts the engine
/// counts never exceed their wholes, and resolved dossiers split into on time and late. A unit's measures that break one
/// came from a dossier export the engine read inconsistently, which the report's data-quality annex then names.
/// </summary>
public static class RollupMeasureRules
{
    /// <summary>The five rules, each with its English description and the Vietnamese one the report prints.</summary>
    public static IReadOnlyList<ConsistencyRule> All { get; } =
    [
        Rule("M.RESOLVED.SPLIT", "Resolved = resolved on time + resolved late", "Số hồ sơ đã giải quyết bằng số hồ sơ giải quyết đúng hạn cộng số hồ sơ giải quyết quá hạn", "resolved", RuleOperator.EqualTo, "resolved_on_time + resolved_late"),
        Rule("M.ONLINE.PART", "Dossiers received online never exceed dossiers received", "Số hồ sơ tiếp nhận trực tuyến không lớn hơn số hồ sơ tiếp nhận", "received_online", RuleOperator.LessThanOrEqualTo, "received"),
        Rule("M.FULL.PART", "Full-online filings never exceed the filings of full-online procedures", "Số hồ sơ tiếp nhận trực tuyến toàn trình không lớn hơn số hồ sơ tiếp nhận của TTHC cung cấp DVC trực tuyến toàn trình", "received_full_online", RuleOperator.LessThanOrEqualTo, "received_full_eligible"),
        Rule("M.PAID.PART", "Fees paid online never exceed the dossiers with a fee", "Số hồ sơ nộp phí, lệ phí trực tuyến không lớn hơn số hồ sơ phải nộp phí, lệ phí", "paid_online", RuleOperator.LessThanOrEqualTo, "fee_required"),
        Rule("M.OVERDUE.PART", "Pending overdue dossiers never exceed pending dossiers", "Số hồ sơ đang giải quyết quá hạn cuối kỳ không lớn hơn số hồ sơ đang giải quyết cuối kỳ", "pending_overdue_end", RuleOperator.LessThanOrEqualTo, "pending_end"),
    ];

    private static ConsistencyRule Rule(string id, string description, string descriptionVi, string left, RuleOperator op, string right) => new()
    {
        Id = id,
        Description = description,
        DescriptionVi = descriptionVi,
        Left = MeasureExpression.Parse(left).AsT0,
        Operator = op,
        Right = MeasureExpression.Parse(right).AsT0,
        Importance = RuleImportance.High,
    };
}
