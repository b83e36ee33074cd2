namespace KhanhHoa.Governance.Indicators;

/// <summary>
/// The Vietnamese sentence of a rule result, for the officials who read the report: every figure under its Vietnamese
/// name with its value, sums worked out, and the relation found in words (<c>bằng</c>, <c>khác</c>, <c>lớn hơn</c> …).
/// <see cref="RuleResult.Message"/> stays the English sentence for developers and logs.
/// </summary>
/// <threadsafety>Stateless; safe to use from any thread.</threadsafety>
public static class VietnameseRuleMessage
{
    /// <summary>Writes the sentence of a result.</summary>
    /// <param name="result">The result.</param>
    /// <param name="label">The Vietnamese name of a figure, from the name the rule reads (a report figure's
    /// <see cref="ReportedFigure.LabelVi"/>, a data element's name, <see cref="DossierMeasures.VietnameseNameOf"/>).</param>
    /// <returns>For example <c>Số TTHC cung cấp DVC trực tuyến toàn trình, cấp tỉnh (1.074) + số TTHC cung cấp DVC trực
    /// tuyến toàn trình, cấp xã (392) = 1.466, khác số TTHC cung cấp DVC trực tuyến toàn trình (1.224)</c>.</returns>
    public static string Format(RuleResult result, Func<string, string> label)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(label);
        var words = new Words(result, label);
        var sentence = result switch
        {
            { Rule.Operator: RuleOperator.CompulsoryPair or RuleOperator.ExclusivePair } => words.Pair(),
            { Outcome: RuleOutcome.Skipped } => words.Skipped(),
            _ => words.Comparison(),
        };
        return char.ToUpperInvariant(sentence[0]) + sentence[1..];
    }

    // The relation the figures show: the rule's own relation when it holds, its negation when it fails.
    private static string Relation(RuleOperator op, bool holds) => op switch
    {
        RuleOperator.EqualTo => holds ? "bằng" : "khác",
        RuleOperator.NotEqualTo => holds ? "khác" : "bằng",
        RuleOperator.GreaterThan => holds ? "lớn hơn" : "không lớn hơn",
        RuleOperator.GreaterThanOrEqualTo => holds ? "không nhỏ hơn" : "nhỏ hơn",
        RuleOperator.LessThan => holds ? "nhỏ hơn" : "không nhỏ hơn",
        RuleOperator.LessThanOrEqualTo => holds ? "không lớn hơn" : "lớn hơn",
        _ => holds ? "khớp với tỷ lệ tính lại" : "không khớp với tỷ lệ tính lại",
    };

    private sealed class Words(RuleResult result, Func<string, string> label)
    {
        private readonly ConsistencyRule rule = result.Rule;
        private readonly Dictionary<string, PrintedNumber?> figures = result.Figures.ToDictionary(static f => f.Name, static f => f.Figure, StringComparer.Ordinal);

        public string Comparison()
        {
            var holds = result.Outcome == RuleOutcome.Passed;
            var left = Side(rule.Left, result.LeftValue);
            var separator = IsSingleMeasure(rule.Left) ? " " : ", ";
            var sentence = $"{left}{separator}{Relation(rule.Operator, holds)} {Right()}";
            return rule.Operator == RuleOperator.MatchesPrinted
                ? $"{sentence} (sai số cho phép ±{VietnameseNumber.Compact(result.Tolerance)})"
                : sentence;
        }

        public string Skipped() => result.LeftValue is not null
            ? $"không kiểm tra được vì mẫu số bằng 0: {Terms(rule.RightDenominator!)}"
            : $"không kiểm tra được: thiếu số liệu {string.Join(", ", result.Figures.Where(static f => f.Figure is null).Select(f => Name(f.Name)))}";

        public string Pair()
        {
            var left = string.Join(", ", rule.Left.Measures.Select(Name));
            var right = string.Join(", ", rule.Right.Measures.Select(Name));
            return (rule.Operator, result.Outcome) switch
            {
                (RuleOperator.CompulsoryPair, RuleOutcome.Passed) => $"{left} và {right} cùng có hoặc cùng không có số liệu",
                (RuleOperator.CompulsoryPair, _) => Present(rule.Left) ? $"{left} có số liệu nhưng thiếu {right}" : $"{right} có số liệu nhưng thiếu {left}",
                (_, RuleOutcome.Passed) => $"{left} và {right} không cùng có số liệu",
                _ => $"{left} và {right} cùng có số liệu, trong khi chỉ được báo cáo một trong hai",
            };
        }

        private static bool IsSingleMeasure(MeasureExpression side) => side.Terms is [{ Coefficient: 1, Measure: not null }];

        // A recomputed rate reads as a percentage when the printed figure it is held against is one.
        private string Right()
        {
            if (rule.RightDenominator is not { } denominator)
            {
                return Side(rule.Right, result.RightValue);
            }

            var value = VietnameseNumber.Compact(decimal.Round(result.RightValue ?? 0m, 4));

            var percent = IsSingleMeasure(rule.Left) && figures.GetValueOrDefault(rule.Left.Measures.Single()) is { IsPercent: true } ? "%" : string.Empty;
            var factor = rule.RightFactor == 1m ? string.Empty : $"{VietnameseNumber.Compact(rule.RightFactor)} × ";
            return $"{factor}{Grouped(rule.Right)} : {Grouped(denominator)} = {value}{percent}";
        }

        private string Side(MeasureExpression side, decimal? value) => IsSingleMeasure(side)
            ? Terms(side)
            : $"{Terms(side)} = {VietnameseNumber.Compact(value ?? 0m)}";

        private string Grouped(MeasureExpression side) => side.Terms.Count == 1 ? Terms(side) : $"({Terms(side)})";

        private string Terms(MeasureExpression side) => string.Concat(side.Terms.Select((term, i) =>
        {
            var sign = term.Coefficient < 0 ? (i == 0 ? "-" : " - ") : (i == 0 ? string.Empty : " + ");
            var magnitude = VietnameseNumber.Compact(Math.Abs(term.Coefficient));
            return term.Measure switch
            {
                null => sign + magnitude,
                { } measure when Math.Abs(term.Coefficient) != 1 => $"{sign}{magnitude} × {Figure(measure)}",
                { } measure => sign + Figure(measure),
            };
        }));

        private string Figure(string measure) => figures.GetValueOrDefault(measure) is { } number
            ? $"{Name(measure)} ({VietnameseNumber.Compact(number.Value)}{(number.IsPercent ? "%" : string.Empty)})"
            : $"{Name(measure)} (chưa có số liệu)";

        private bool Present(MeasureExpression side) => side.Measures.All(m => figures.GetValueOrDefault(m) is not null);

        // Mid-sentence a name loses its capital ("Số TTHC" → "số TTHC"), an abbreviation keeps it ("TTHC …").
        private string Name(string measure)
        {
            var name = label(measure);
            return name.Length > 1 && char.IsUpper(name[0]) && char.IsLower(name[1]) ? char.ToLowerInvariant(name[0]) + name[1..] : name;
        }
    }
}
