using KhanhHoa.Governance.Indicators;

namespace KhanhHoa.Governance.Tests.Indicators;

// The sentence an official reads for every operator, held or failed, and for the shapes of a side the shipped rules
// never take (a coefficient, a leading minus, a constant, a missing figure counted as zero, a ratio without factor).
public sealed class VietnameseRuleWordingTest
{
    private static string Label(string id) => id switch
    {
        "a" => "Số A",
        "b" => "TTHC B",
        "n" => "N",
        _ => "Số C",
    };

    private static ConsistencyRule Rule(string left, RuleOperator op, string right = "b") => new()
    {
        Id = "R",
        Description = "rule",
        Left = MeasureExpression.Parse(left).AsT0,
        Operator = op,
        Right = MeasureExpression.Parse(right).AsT0,
        MissingValues = MissingValuePolicy.NeverSkip,
    };

    private static string Say(ConsistencyRule rule, params (string Name, long Value)[] figures) =>
        VietnameseRuleMessage.Format(rule.Check(figures.ToDictionary(f => f.Name, f => f.Value, StringComparer.Ordinal)), Label);

    [Theory]
    [InlineData(RuleOperator.EqualTo, 5, "bằng")]
    [InlineData(RuleOperator.EqualTo, 4, "khác")]
    [InlineData(RuleOperator.NotEqualTo, 4, "khác")]
    [InlineData(RuleOperator.NotEqualTo, 5, "bằng")]
    [InlineData(RuleOperator.GreaterThan, 6, "lớn hơn")]
    [InlineData(RuleOperator.GreaterThan, 5, "không lớn hơn")]
    [InlineData(RuleOperator.GreaterThanOrEqualTo, 5, "không nhỏ hơn")]
    [InlineData(RuleOperator.GreaterThanOrEqualTo, 4, "nhỏ hơn")]
    [InlineData(RuleOperator.LessThan, 4, "nhỏ hơn")]
    [InlineData(RuleOperator.LessThan, 5, "không nhỏ hơn")]
    [InlineData(RuleOperator.LessThanOrEqualTo, 5, "không lớn hơn")]
    [InlineData(RuleOperator.LessThanOrEqualTo, 6, "lớn hơn")]
    public void Each_operator_reads_as_the_relation_the_figures_show(RuleOperator op, long a, string relation) =>
        Assert.Equal($"Số A ({a}) {relation} TTHC B (5)", Say(Rule("a", op), ("a", a), ("b", 5)));

    [Fact]
    public void Pair_rules_say_which_side_is_reported()
    {
        Assert.Equal("Số A và TTHC B cùng có hoặc cùng không có số liệu", Say(Rule("a", RuleOperator.CompulsoryPair), ("a", 1), ("b", 2)));
        Assert.Equal("Số A có số liệu nhưng thiếu TTHC B", Say(Rule("a", RuleOperator.CompulsoryPair), ("a", 1)));
        Assert.Equal("Số A và TTHC B không cùng có số liệu", Say(Rule("a", RuleOperator.ExclusivePair), ("b", 2)));
        Assert.Equal("Số A và TTHC B cùng có số liệu, trong khi chỉ được báo cáo một trong hai", Say(Rule("a", RuleOperator.ExclusivePair), ("a", 1), ("b", 2)));
    }

    [Fact]
    public void A_side_with_coefficients_a_leading_minus_and_a_constant_reads_term_by_term_and_a_missing_figure_says_so() =>
        Assert.Equal(
            "-số A (1) + 2 × số C (4) - 3 = 4, lớn hơn TTHC B (chưa có số liệu)",
            Say(Rule("-a + 2 * c - 3", RuleOperator.LessThanOrEqualTo), ("a", 1), ("c", 4)));

    // A one-letter name is not a word to lower-case; a zero coefficient is not negative.
    [Fact]
    public void A_one_letter_name_keeps_its_capital_and_a_zero_coefficient_reads_as_a_plus() =>
        Assert.Equal(
            "TTHC B (5) + 0 × N (7) + 0 = 5, không lớn hơn TTHC B (5)",
            Say(Rule("b + 0 * n + 0", RuleOperator.LessThanOrEqualTo), ("n", 7), ("b", 5)));

    [Fact]
    public void A_ratio_without_a_factor_groups_a_sum_in_its_denominator_and_a_whole_number_left_side_has_no_percent_sign()
    {
        var rule = Rule("a", RuleOperator.LessThanOrEqualTo) with { RightDenominator = MeasureExpression.Parse("c + 1").AsT0 };

        Assert.Equal("Số A (1) lớn hơn TTHC B (1) : (số C (1) + 1) = 0,5", Say(rule, ("a", 1), ("b", 1), ("c", 1)));
    }

    [Fact]
    public void A_missing_result_or_label_is_refused()
    {
        var result = Rule("a", RuleOperator.EqualTo).Check(new Dictionary<string, long> { ["a"] = 1, ["b"] = 1 });

        Assert.Throws<ArgumentNullException>(() => VietnameseRuleMessage.Format(null!, Label));
        Assert.Throws<ArgumentNullException>(() => VietnameseRuleMessage.Format(result, null!));
    }
}
