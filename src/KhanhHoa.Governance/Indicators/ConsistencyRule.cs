using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace KhanhHoa.Governance.Indicators;

/// <summary>The comparison of a consistency rule (DHIS2's validation-rule operators, plus <see cref="MatchesPrinted"/>).</summary>
public enum RuleOperator
{
    /// <summary>Left equals right (<c>==</c>).</summary>
    EqualTo,

    /// <summary>Left differs from right (<c>!=</c>).</summary>
    NotEqualTo,

    /// <summary>Left is greater than right (<c>&gt;</c>).</summary>
    GreaterThan,

    /// <summary>Left is at least right (<c>&gt;=</c>).</summary>
    GreaterThanOrEqualTo,

    /// <summary>Left is less than right (<c>&lt;</c>).</summary>
    LessThan,

    /// <summary>Left is at most right (<c>&lt;=</c>): "a part never exceeds its whole".</summary>
    LessThanOrEqualTo,

    /// <summary>Both sides present or both absent (<c>compulsory_pair</c>).</summary>
    CompulsoryPair,

    /// <summary>Not both sides present (<c>exclusive_pair</c>).</summary>
    ExclusivePair,

    /// <summary>
    /// The left side is a printed figure, and the right side (usually factor × numerator ÷ denominator) lies within half a
    /// unit of its last printed digit (<c>~=</c>): <c>83,1%</c> must be the true rate rounded, so in [83,05; 83,15].
    /// </summary>
    MatchesPrinted,
}

/// <summary>How important a rule's violation is.</summary>
public enum RuleImportance
{
    /// <summary>A figure must be wrong.</summary>
    High,

    /// <summary>Likely wrong, or a definition changed between figures.</summary>
    Medium,

    /// <summary>Worth a look.</summary>
    Low,
}

/// <summary>What a rule does when figures are missing (DHIS2's missing-value strategies).</summary>
public enum MissingValuePolicy
{
    /// <summary>Skip the rule when any figure is missing (the default).</summary>
    SkipIfAnyValueMissing,

    /// <summary>Skip only when every figure is missing; missing figures count as zero otherwise.</summary>
    SkipIfAllValuesMissing,

    /// <summary>Never skip: missing figures count as zero.</summary>
    NeverSkip,
}

/// <summary>
/// A consistency (validation) rule in the DHIS2 manner: <c>left operator right</c> over named figures, with an importance
/// and an explicit missing-value policy. The right side may be a ratio: <c>factor × right ÷ denominator</c>.
/// </summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record ConsistencyRule
{
    private readonly string? descriptionVi;

    /// <summary>The rule's id.</summary>
    public required string Id { get; init; }

    /// <summary>What the rule checks, in words (English, for developers and logs).</summary>
    public required string Description { get; init; }

    /// <summary>
    /// What the rule checks, in Vietnamese, for the officials who read the report; <see cref="Description"/> when the rule
    /// has none (a host's rule file may omit <c>descriptionVi</c>; every rule the library ships has one).
    /// </summary>
    [AllowNull]
    public string DescriptionVi
    {
        get => descriptionVi ?? Description;
        init => descriptionVi = value;
    }

    /// <summary>The left side.</summary>
    public required MeasureExpression Left { get; init; }

    /// <summary>The comparison.</summary>
    public required RuleOperator Operator { get; init; }

    /// <summary>The right side (the numerator when <see cref="RightDenominator"/> is set).</summary>
    public required MeasureExpression Right { get; init; }

    /// <summary>The denominator of a ratio right side, or <see langword="null"/>.</summary>
    public MeasureExpression? RightDenominator { get; init; }

    /// <summary>The factor of a ratio right side (100 for a percentage).</summary>
    public decimal RightFactor { get; init; } = 1m;

    /// <summary>The importance of a violation.</summary>
    public RuleImportance Importance { get; init; } = RuleImportance.Medium;

    /// <summary>What to do with missing figures.</summary>
    public MissingValuePolicy MissingValues { get; init; } = MissingValuePolicy.SkipIfAnyValueMissing;

    /// <summary>The operator's symbol: <c>==</c>, <c>!=</c>, <c>&gt;</c>, <c>&gt;=</c>, <c>&lt;</c>, <c>&lt;=</c>, <c>compulsory_pair</c>, <c>exclusive_pair</c>, <c>~=</c>.</summary>
    /// <param name="op">The operator.</param>
    /// <returns>The symbol.</returns>
    public static string Symbol(RuleOperator op) => op switch
    {
        RuleOperator.EqualTo => "==",
        RuleOperator.NotEqualTo => "!=",
        RuleOperator.GreaterThan => ">",
        RuleOperator.GreaterThanOrEqualTo => ">=",
        RuleOperator.LessThan => "<",
        RuleOperator.LessThanOrEqualTo => "<=",
        RuleOperator.CompulsoryPair => "compulsory_pair",
        RuleOperator.ExclusivePair => "exclusive_pair",
        _ => "~=",
    };

    /// <summary>Reads an operator symbol.</summary>
    /// <param name="symbol">The symbol.</param>
    /// <returns>The operator, or <see langword="null"/> for an unknown symbol.</returns>
    public static RuleOperator? ParseOperator(string? symbol) =>
        Enum.GetValues<RuleOperator>().Select(static o => (RuleOperator?)o).FirstOrDefault(o => Symbol(o!.Value) == symbol);

    /// <summary>Checks the rule against figures.</summary>
    /// <param name="figures">Figures by name.</param>
    /// <returns>Passed, violated or skipped, with the values compared.</returns>
    public RuleResult Check(IReadOnlyDictionary<string, PrintedNumber> figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var names = Left.Measures.Concat(Right.Measures).Concat(RightDenominator?.Measures ?? []).Distinct(StringComparer.Ordinal).ToList();
        var involved = names.Select(n => new InvolvedFigure(n, figures.TryGetValue(n, out var f) ? f : null)).ToList();
        decimal? Lookup(string name) => figures.TryGetValue(name, out var f) ? f.Value : null;
        var leftMissing = new List<string>();
        var rightMissing = new List<string>();
        var left = Left.Evaluate(Lookup, leftMissing);
        var right = Right.Evaluate(Lookup, rightMissing);
        var denominator = RightDenominator?.Evaluate(Lookup, rightMissing);

        if (Operator is RuleOperator.CompulsoryPair or RuleOperator.ExclusivePair)
        {
            bool leftPresent = leftMissing.Count == 0, rightPresent = rightMissing.Count == 0;
            var pairHolds = Operator == RuleOperator.CompulsoryPair ? leftPresent == rightPresent : !(leftPresent && rightPresent);
            return Result(pairHolds ? RuleOutcome.Passed : RuleOutcome.Violated, null, null, 0m, involved,
                pairHolds ? "pair rule holds" : Operator == RuleOperator.CompulsoryPair ? "one side is reported without the other" : "both sides are reported");
        }

        var missingCount = leftMissing.Count + rightMissing.Count;
        var skip = MissingValues switch
        {
            MissingValuePolicy.SkipIfAnyValueMissing => missingCount > 0,
            MissingValuePolicy.SkipIfAllValuesMissing => missingCount == names.Count,
            _ => false,
        };
        if (skip)
        {
            return Result(RuleOutcome.Skipped, null, null, 0m, involved, "missing: " + string.Join(", ", leftMissing.Concat(rightMissing)));
        }

        if (denominator is { } d)
        {
            if (d == 0m)
            {
                return Result(RuleOutcome.Skipped, left, null, 0m, involved, "the denominator is zero");
            }

            right = RightFactor * right / d;
        }

        var tolerance = 0m;
        if (Operator == RuleOperator.MatchesPrinted && Left.Terms is [{ Coefficient: 1, Measure: { } stated }] && figures.TryGetValue(stated, out var printed))
        {
            tolerance = printed.HalfUnit;
        }

        var holds = Operator switch
        {
            RuleOperator.EqualTo => left == right,
            RuleOperator.NotEqualTo => left != right,
            RuleOperator.GreaterThan => left > right,
            RuleOperator.GreaterThanOrEqualTo => left >= right,
            RuleOperator.LessThan => left < right,
            RuleOperator.LessThanOrEqualTo => left <= right,
            _ => Math.Abs(left - right) <= tolerance,
        };
        var message = string.Create(CultureInfo.InvariantCulture,
            $"{Left} = {VietnameseNumber.Compact(left)} {(holds ? "satisfies" : "fails")} {Symbol(Operator)} {VietnameseNumber.Compact(decimal.Round(right, 4))}");
        if (Operator == RuleOperator.MatchesPrinted)
        {
            message += string.Create(CultureInfo.InvariantCulture, $" (tolerance ±{tolerance})");
        }

        return Result(holds ? RuleOutcome.Passed : RuleOutcome.Violated, left, right, tolerance, involved, message);
    }

    /// <summary>Checks the rule against exact integer measures (a rollup result).</summary>
    /// <param name="measures">Measures by name.</param>
    /// <returns>The result.</returns>
    public RuleResult Check(IReadOnlyDictionary<string, long> measures)
    {
        ArgumentNullException.ThrowIfNull(measures);
        return Check(measures.ToDictionary(static p => p.Key, static p => PrintedNumber.Exact(p.Value), StringComparer.Ordinal));
    }

    private RuleResult Result(RuleOutcome outcome, decimal? left, decimal? right, decimal tolerance, IReadOnlyList<InvolvedFigure> figures, string message) =>
        new(this, outcome, left, right, tolerance, figures, message);
}

/// <summary>Whether a rule held.</summary>
public enum RuleOutcome
{
    /// <summary>The rule holds.</summary>
    Passed,

    /// <summary>The figures contradict each other.</summary>
    Violated,

    /// <summary>The rule was not checked (missing figures under the rule's policy, or a zero denominator).</summary>
    Skipped,
}

/// <summary>A figure a rule read, with its printed form when present.</summary>
/// <param name="Name">The figure's name.</param>
/// <param name="Figure">The figure, or <see langword="null"/> when missing.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record InvolvedFigure(string Name, PrintedNumber? Figure);

/// <summary>The result of checking one rule.</summary>
/// <param name="Rule">The rule.</param>
/// <param name="Outcome">Passed, violated or skipped.</param>
/// <param name="LeftValue">The left side's value, when computed.</param>
/// <param name="RightValue">The right side's value, when computed.</param>
/// <param name="Tolerance">The tolerance used (half a unit of the last printed digit for <see cref="RuleOperator.MatchesPrinted"/>).</param>
/// <param name="Figures">The figures involved.</param>
/// <param name="Message">A sentence with the values compared.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record RuleResult(
    ConsistencyRule Rule,
    RuleOutcome Outcome,
    decimal? LeftValue,
    decimal? RightValue,
    decimal Tolerance,
    IReadOnlyList<InvolvedFigure> Figures,
    string Message);
