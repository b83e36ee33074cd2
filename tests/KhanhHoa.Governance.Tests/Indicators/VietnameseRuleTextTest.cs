using System.Text;
using System.Text.RegularExpressions;
using KhanhHoa.Governance.Data;
using KhanhHoa.Governance.Indicators;

namespace KhanhHoa.Governance.Tests.Indicators;

// Officials read the rules' descriptions and the findings' sentences in the report, so the shipped ones are Vietnamese.
public sealed partial class VietnameseRuleTextTest
{
    // Words of the English descriptions that must not leak into the Vietnamese ones.
    private static readonly string[] EnglishWords = ["fails", "total", "provincial", "commune", "rate", "within", "stated", "equals", "the", "and", "whole", "part", "never", "exceeds"];

    private static ReportFigureSet Figures => GovernanceData.Default.ReportFigures;

    [Fact]
    public void Every_shipped_rule_and_figure_has_a_Vietnamese_text()
    {
        Assert.Equal(47, Figures.Rules.Count);
        Assert.All(Figures.Rules, rule => AssertVietnamese(rule.Id, rule.DescriptionVi));
        Assert.All(Figures.Figures, figure => AssertVietnamese(figure.Id, figure.LabelVi));
    }

    [Fact]
    public void A_sum_that_misses_its_total_reads_with_the_figures_names_and_Vietnamese_numbers()
    {
        Assert.Equal(
            "Số TTHC cung cấp DVC trực tuyến toàn trình, cấp tỉnh (1.074) + số TTHC cung cấp DVC trực tuyến toàn trình, cấp xã (392) = 1.466, "
            + "khác số TTHC cung cấp DVC trực tuyến toàn trình (1.224)",
            Message("R87.FULL.LEVELS"));
    }

    [Fact]
    public void A_part_larger_than_its_whole_reads_lon_hon()
    {
        Assert.Equal("Số TTHC cung cấp DVC trực tuyến toàn trình, cấp xã (392) lớn hơn số TTHC cấp xã (376)", Message("R87.COMMUNE.FULL.PART"));
    }

    [Fact]
    public void A_printed_rate_that_is_not_its_recomputed_rate_shows_both_with_the_tolerance()
    {
        Assert.Equal(
            "Tỷ lệ chi trả trợ cấp một lần không dùng tiền mặt (98,77%) không khớp với tỷ lệ tính lại "
            + "100 × số trường hợp nhận trợ cấp một lần không dùng tiền mặt (12.340) : số trường hợp nhận trợ cấp một lần (12.493) = 98,7753% (sai số cho phép ±0,005)",
            Message("R87.ONEOFF.RATE"));
    }

    [Fact]
    public void Figures_that_must_differ_and_do_not_read_bang()
    {
        Assert.StartsWith("Số trường hợp chi trả trợ cấp bảo trợ xã hội không dùng tiền mặt (nhiệm vụ 8) (57.241) bằng ", Message("R87.SOCIAL.DISTINCT"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_passed_rule_states_the_relation_it_found_and_the_English_message_is_unchanged()
    {
        var result = Result("R87.TTHC.LEVELS");

        Assert.Equal(RuleOutcome.Passed, result.Outcome);
        Assert.Equal("Số TTHC cấp tỉnh (1.780) + số TTHC cấp xã (376) = 2.156, bằng tổng số TTHC trên địa bàn tỉnh (2.156)", VietnameseRuleMessage.Format(result, Label));
        Assert.Equal("tthc_province + tthc_commune = 2.156 satisfies == 2.156", result.Message);
    }

    [Fact]
    public void A_skipped_rule_names_the_missing_figures()
    {
        var rule = Figures.Rules.Single(r => r.Id == "R87.TTHC.LEVELS");
        var result = rule.Check(new Dictionary<string, PrintedNumber>(StringComparer.Ordinal) { ["tthc_total"] = PrintedNumber.Exact(10) });

        Assert.Equal("Không kiểm tra được: thiếu số liệu số TTHC cấp tỉnh, số TTHC cấp xã", VietnameseRuleMessage.Format(result, Label));
    }

    [Fact]
    public void A_rate_over_a_zero_denominator_says_so()
    {
        var rule = Figures.Rules.Single(r => r.Id == "R87.ONEOFF.RATE");
        var values = Figures.Figures.ToDictionary(f => f.Id, f => f.Number, StringComparer.Ordinal);
        values["one_off_total"] = PrintedNumber.Exact(0);

        Assert.Equal("Không kiểm tra được vì mẫu số bằng 0: số trường hợp nhận trợ cấp một lần (0)", VietnameseRuleMessage.Format(rule.Check(values), Label));
    }

    [Fact]
    public void A_compulsory_pair_with_one_side_names_the_side_that_is_missing()
    {
        var rule = new ConsistencyRule
        {
            Id = "PAIR",
            Description = "Both or neither",
            Left = MeasureExpression.Of("tthc_province"),
            Operator = RuleOperator.CompulsoryPair,
            Right = MeasureExpression.Of("tthc_commune"),
        };
        var onlyCommune = new Dictionary<string, PrintedNumber>(StringComparer.Ordinal) { ["tthc_commune"] = PrintedNumber.Exact(376) };

        Assert.Equal("Số TTHC cấp xã có số liệu nhưng thiếu số TTHC cấp tỉnh", VietnameseRuleMessage.Format(rule.Check(onlyCommune), Label));
        Assert.Equal("Both or neither", rule.DescriptionVi);
    }

    [Fact]
    public void A_host_rule_without_descriptionVi_falls_back_to_its_description()
    {
        const string Json = """
            { "document": "12/BC-UBND", "title": "Báo cáo", "period": "tháng 9/2025",
              "figures": [ { "id": "a", "text": "1", "label": "A", "section": "I.1", "quote": "1" },
                           { "id": "b", "text": "2", "label": "B", "labelVi": "Số B", "section": "footnote 2", "quote": "2" } ],
              "rules": [ { "id": "R.A", "description": "A within B", "left": "a", "operator": "<=", "right": "b" },
                         { "id": "R.B", "description": "B within A", "descriptionVi": "Số B không lớn hơn số A", "left": "b", "operator": "<=", "right": "a" } ] }
            """;

        var set = GovernanceDataLoader.LoadReportFigures(Encoding.UTF8.GetBytes(Json)).Value;

        Assert.Equal(["A within B", "Số B không lớn hơn số A"], set.Rules.Select(r => r.DescriptionVi));
        Assert.Equal(["A", "Số B"], set.Figures.Select(f => f.LabelVi));
    }

    private static void AssertVietnamese(string id, string text)
    {
        Assert.True(VietnameseLetter().IsMatch(text), $"{id}: no Vietnamese letter in \"{text}\"");
        var english = text.Split([' ', ',', ':', '(', ')', '.'], StringSplitOptions.RemoveEmptyEntries).Where(w => EnglishWords.Contains(w, StringComparer.OrdinalIgnoreCase));
        Assert.True(!english.Any(), $"{id}: English words in \"{text}\"");
    }

    private static string Label(string id) => Figures.Figures.Single(f => f.Id == id).LabelVi;

    private static RuleResult Result(string ruleId) => Figures.Check().Results.Single(r => r.Rule.Id == ruleId);

    private static string Message(string ruleId)
    {
        var result = Result(ruleId);
        Assert.Equal(RuleOutcome.Violated, result.Outcome);
        return VietnameseRuleMessage.Format(result, Label);
    }

    [GeneratedRegex("[ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]", RegexOptions.IgnoreCase)]
    private static partial Regex VietnameseLetter();
}
