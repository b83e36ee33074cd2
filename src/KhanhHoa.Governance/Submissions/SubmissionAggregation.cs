using KhanhHoa.Governance.Organization;
using KhanhHoa.Governance.Primitives;

namespace KhanhHoa.Governance.Submissions;

/// <summary>Takes submitted figures up the effective-dated hierarchy, exactly, keeping the list of contributing units.</summary>
/// <threadsafety>Stateless; safe to call from several threads.</threadsafety>
public static class SubmissionAggregation
{
    /// <summary>
    /// Each element of <paramref name="dataSet"/> over the subtree of <paramref name="unitCode"/> on <paramref name="tree"/>'s
    /// day: a summing element is the sum of every unit's figure in the subtree, so a parent's total is its own figure plus its
    /// children's totals, whatever the partition.
    /// </summary>
    /// <param name="dataSet">The data set.</param>
    /// <param name="submissions">At most one submission per unit (a register's <see cref="SubmissionRegister.CurrentFor"/>); others' data sets are ignored.</param>
    /// <param name="tree">The hierarchy valid on the period's last day.</param>
    /// <param name="unitCode">The subtree's top (the province for its value).</param>
    /// <returns>One total per element, in the data set's order; text elements have no value.</returns>
    /// <exception cref="ArgumentException">Two submissions of one unit were given.</exception>
    public static IReadOnlyList<ElementTotal> Aggregate(DataSet dataSet, IEnumerable<CheckedSubmission> submissions, OrgTree tree, string unitCode)
    {
        ArgumentNullException.ThrowIfNull(dataSet);
        ArgumentNullException.ThrowIfNull(submissions);
        ArgumentNullException.ThrowIfNull(tree);
        var inSubtree = tree.DescendantsAndSelf(unitCode).Select(static u => u.Code).ToHashSet(StringComparer.Ordinal);
        var byUnit = new Dictionary<string, CheckedSubmission>(StringComparer.Ordinal);
        foreach (var submission in submissions.Where(s => s.DataSet.Code == dataSet.Code && inSubtree.Contains(s.Submission.UnitCode)))
        {
            if (!byUnit.TryAdd(submission.Submission.UnitCode, submission))
            {
                throw new ArgumentException($"two submissions of unit {submission.Submission.UnitCode}; pass one per unit (SubmissionRegister.CurrentFor)", nameof(submissions));
            }
        }

        var units = byUnit.Keys.Order(StringComparer.Ordinal).ToList();
        var subtree = tree.DescendantsAndSelf(unitCode).OrderBy(static u => u.Code, StringComparer.Ordinal).ToList();
        List<string> Sent(params string[] codes) => [.. units.Where(u => codes.All(byUnit[u].Numbers.ContainsKey))];
        decimal Sum(List<string> from, string code) => from.Sum(u => byUnit[u].Numbers[code].Value);
        return [.. dataSet.Elements.Select(element =>
        {
            var owners = dataSet.OwnersOf(element);
            List<string> contributions;
            decimal? value;
            switch (element.Aggregation)
            {
                case ElementAggregation.Sum:
                    contributions = Sent(element.Code);
                    value = contributions.Count == 0 ? null : Sum(contributions, element.Code);
                    break;
                case ElementAggregation.Ratio:
                    // Only units that sent both parts: a unit's numerator without its denominator would inflate the rate.
                    contributions = Sent(element.Numerator!, element.Denominator!);
                    var whole = Sum(contributions, element.Denominator!);
                    value = whole == 0m ? null : RoundingRule.TwoDecimals.Round(100m * Sum(contributions, element.Numerator!) / whole);
                    break;
                default:
                    contributions = Sent(element.Code);
                    value = contributions.Count == 1 ? byUnit[contributions[0]].Numbers[element.Code].Value : null;
                    break;
            }

            return new ElementTotal(element, value, contributions)
            {
                Owners = [.. subtree.Where(u => owners.Covers(u.Code, u.Kind)).Select(static u => u.Code)],
            };
        })];
    }

    /// <summary>
    /// The data set's consistency rules over the province's totals that no single unit's door could run, because no one
    /// unit owns all the figures a rule reads ("47 TTHC yêu cầu giấy tờ hộ tịch" against the eight owners' counts); the
    /// violated ones.
    /// </summary>
    /// <param name="dataSet">The data set.</param>
    /// <param name="totals">Its totals (<see cref="Aggregate"/>) at the top of the hierarchy.</param>
    /// <returns>The violations, in rule order.</returns>
    public static IReadOnlyList<Indicators.RuleResult> CheckAcrossOwners(DataSet dataSet, IEnumerable<ElementTotal> totals)
    {
        ArgumentNullException.ThrowIfNull(dataSet);
        ArgumentNullException.ThrowIfNull(totals);
        var numbers = totals.Where(static t => t.Value is not null)
            .ToDictionary(static t => t.Element.Code, static t => SubmissionDesk.Printed(t.Value!.Value, t.Element.Unit == UnitOfMeasure.Percent), StringComparer.Ordinal);
        bool OneOwner(Indicators.ConsistencyRule rule)
        {
            var owners = rule.Left.Measures.Concat(rule.Right.Measures).Concat(rule.RightDenominator?.Measures ?? [])
                .Select(dataSet.FindElement).OfType<DataElement>().Select(dataSet.OwnersOf)
                .Select(static o => string.Join(',', o.Kinds) + "|" + string.Join(',', o.Codes)).Distinct(StringComparer.Ordinal).ToList();
            return owners.Count == 1;
        }

        return [.. dataSet.Rules.Select(static r => r.Rule).Where(r => !OneOwner(r)).Select(r => r.Check(numbers)).Where(static r => r.Outcome == Indicators.RuleOutcome.Violated)];
    }
}
