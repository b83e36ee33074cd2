using KhanhHoa.Governance.Indicators;

namespace KhanhHoa.Governance.Tests.Indicators;

// The rule semantics of DHIS2's validation rules, operator by operator, policy by policy, on two figures "a" and "b":
// the shipped rules use only a few of them, so Stryker found the others' mutants unnoticed.
public sealed class ConsistencyRuleTest
{
    private static ConsistencyRule Rule(RuleOperator op, MissingValuePolicy missing = MissingValuePolicy.SkipIfAnyValueMissing) => new()
    {
        Id = "R",
        Description = "a against b",
        Left = MeasureExpression.Of("a"),
        Operator = op,
        Right = MeasureExpression.Of("b"),
        MissingValues = missing,
    };

    private static Dictionary<string, long> Figures(long? a, long? b)
    {
        var figures = new Dictionary<string, long>(StringComparer.Ordinal);
        if (a is { } left)
        {
            figures["a"] = left;
        }

        if (b is { } right)
        {
            figures["b"] = right;
        }

        return figures;
    }

    [Theory]
    [InlineData(RuleOperator.EqualTo, "Violated Passed Violated")]
    [InlineData(RuleOperator.NotEqualTo, "Passed Violated Passed")]
    [InlineData(RuleOperator.GreaterThan, "Violated Violated Passed")]
    [InlineData(RuleOperator.GreaterThanOrEqualTo, "Violated Passed Passed")]
    [InlineData(RuleOperator.LessThan, "Passed Violated Violated")]
    [InlineData(RuleOperator.LessThanOrEqualTo, "Passed Passed Violated")]
    public void Each_operator_compares_the_left_side_with_the_right_below_at_and_above_it(RuleOperator op, string outcomes)
    {
        var rule = Rule(op);

        var seen = new[] { 4L, 5L, 6L }.Select(a => rule.Check(Figures(a, 5)).Outcome);

        Assert.Equal(outcomes, string.Join(' ', seen));
        Assert.Equal(op, ConsistencyRule.ParseOperator(ConsistencyRule.Symbol(op)));
    }

    [Fact]
    public void The_check_message_says_whether_the_rule_holds_or_fails_and_missing_measures_are_refused()
    {
        Assert.Equal("a = 5 satisfies == 5", Rule(RuleOperator.EqualTo).Check(Figures(5, 5)).Message);
        Assert.Equal("a = 4 fails == 5", Rule(RuleOperator.EqualTo).Check(Figures(4, 5)).Message);
        Assert.Throws<ArgumentNullException>("measures", () => Rule(RuleOperator.EqualTo).Check((IReadOnlyDictionary<string, long>)null!));
    }

    // The symbols a figure set's rules are written with (ReportFigureSetReader): each reads as its operator and prints back.
    [Theory]
    [InlineData("==", RuleOperator.EqualTo)]
    [InlineData("!=", RuleOperator.NotEqualTo)]
    [InlineData(">", RuleOperator.GreaterThan)]
    [InlineData(">=", RuleOperator.GreaterThanOrEqualTo)]
    [InlineData("<", RuleOperator.LessThan)]
    [InlineData("<=", RuleOperator.LessThanOrEqualTo)]
    [InlineData("compulsory_pair", RuleOperator.CompulsoryPair)]
    [InlineData("exclusive_pair", RuleOperator.ExclusivePair)]
    [InlineData("~=", RuleOperator.MatchesPrinted)]
    public void Each_operator_is_written_with_its_symbol_in_a_rules_file(string symbol, RuleOperator op)
    {
        Assert.Equal(op, ConsistencyRule.ParseOperator(symbol));
        Assert.Equal(symbol, ConsistencyRule.Symbol(op));
    }

    [Theory]
    [InlineData(RuleOperator.CompulsoryPair, "Passed Violated Violated Passed")]
    [InlineData(RuleOperator.ExclusivePair, "Violated Passed Passed Passed")]
    public void A_pair_rule_looks_only_at_which_sides_are_reported(RuleOperator op, string outcomes)
    {
        var rule = Rule(op);

        var seen = new[] { Figures(1, 2), Figures(1, null), Figures(null, 2), Figures(null, null) }.Select(f => rule.Check(f).Outcome);

        Assert.Equal(outcomes, string.Join(' ', seen));
        Assert.Equal(op, ConsistencyRule.ParseOperator(ConsistencyRule.Symbol(op)));
    }

    [Theory]
    [InlineData(MissingValuePolicy.SkipIfAnyValueMissing, "Skipped Skipped")]
    [InlineData(MissingValuePolicy.SkipIfAllValuesMissing, "Violated Skipped")]
    [InlineData(MissingValuePolicy.NeverSkip, "Violated Passed")]
    public void A_missing_figure_skips_the_rule_or_counts_as_zero_as_the_policy_says(MissingValuePolicy policy, string outcomes)
    {
        // a == b with b missing: 3 == 0 is violated when the rule is checked; with both missing 0 == 0 passes.
        var rule = Rule(RuleOperator.EqualTo, policy);

        var seen = new[] { Figures(3, null), Figures(null, null) }.Select(f => rule.Check(f).Outcome);

        Assert.Equal(outcomes, string.Join(' ', seen));
    }

    [Fact]
    public void A_printed_rate_matches_when_the_true_rate_lies_within_half_a_unit_of_its_last_digit()
    {
        var rule = Rule(RuleOperator.MatchesPrinted, MissingValuePolicy.NeverSkip) with
        {
            Right = MeasureExpression.Of("part"),
            RightDenominator = MeasureExpression.Of("whole"),
            RightFactor = 100m,
        };
        var printed = new PrintedNumber(83.1m, 1, true, NumberReading.Vietnamese, null, "83,1%");

        RuleResult Check(long part) => rule.Check(new Dictionary<string, PrintedNumber>(StringComparer.Ordinal)
        {
            ["a"] = printed, ["part"] = PrintedNumber.Exact(part), ["whole"] = PrintedNumber.Exact(10_000),
        });

        Assert.Equal(
            [RuleOutcome.Violated, RuleOutcome.Passed, RuleOutcome.Passed, RuleOutcome.Violated],
            new[] { 8304L, 8305L, 8315L, 8316L }.Select(p => Check(p).Outcome));
        Assert.Equal((0.05m, 83.05m), (Check(8305).Tolerance, Check(8305).RightValue!.Value));
        Assert.Equal("a = 83,1 satisfies ~= 83,05 (tolerance ±0.05)", Check(8305).Message);
        Assert.Equal("~=", ConsistencyRule.Symbol(RuleOperator.MatchesPrinted));
        Assert.Equal(RuleOperator.MatchesPrinted, ConsistencyRule.ParseOperator("~="));
        Assert.Null(ConsistencyRule.ParseOperator("=~"));
    }

    [Fact]
    public void A_ratio_over_a_zero_denominator_is_skipped_with_the_left_side_kept()
    {
        var rule = Rule(RuleOperator.LessThanOrEqualTo) with { RightDenominator = MeasureExpression.Of("c"), RightFactor = 100m };

        var zero = rule.Check(new Dictionary<string, long>(StringComparer.Ordinal) { ["a"] = 7, ["b"] = 1, ["c"] = 0 });
        var half = rule.Check(new Dictionary<string, long>(StringComparer.Ordinal) { ["a"] = 50, ["b"] = 1, ["c"] = 2 });

        Assert.Equal((RuleOutcome.Skipped, 7m, (decimal?)null), (zero.Outcome, zero.LeftValue, zero.RightValue));
        Assert.Equal((RuleOutcome.Passed, 50m), (half.Outcome, half.RightValue));
        Assert.Equal(["a", "b", "c"], half.Figures.Select(f => f.Name));
    }

    [Fact]
    public void Missing_figures_are_refused()
    {
        var rule = Rule(RuleOperator.EqualTo);

        Assert.Throws<ArgumentNullException>(() => rule.Check((IReadOnlyDictionary<string, long>)null!));
        Assert.Throws<ArgumentNullException>(() => rule.Check((IReadOnlyDictionary<string, PrintedNumber>)null!));
    }
}
