using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KhanhHoa.Governance.Calendar;
using KhanhHoa.Governance.Indicators;
using KhanhHoa.Governance.Organization;
using KhanhHoa.Governance.Submissions;
using NodaTime;

namespace KhanhHoa.Governance.Tests.Submissions;

public sealed class SubmissionAggregationTest
{
    private static readonly LocalDate Day = new(2025, 9, 14);

    private static readonly DataSet Set = new()
    {
        Code = "T",
        Name = "Thử",
        Duties = [new ReportingDuty(ReportingPeriodKind.Month, ReportDueRule.OnDayOfMonth(20), "q", "s")],
        Reporters = new ReportingUnits([OrgUnitKind.Department], []),
        Recipient = "U0",
        Elements =
        [
            new DataElement { Code = "count", Name = "Số", Aggregation = ElementAggregation.Sum },
            new DataElement { Code = "money", Name = "Tiền", Unit = UnitOfMeasure.Money, IsWhole = false, Aggregation = ElementAggregation.Sum },
            new DataElement { Code = "rate", Name = "Tỷ lệ", Unit = UnitOfMeasure.Percent, IsWhole = false, Aggregation = ElementAggregation.None },
        ],
    };

    // A random tree (unit i's parent is a unit before it) and, for some units, figures.
    private static readonly Gen<(int[] Parents, (long Count, decimal Money, decimal Rate)?[] Figures)> Samples =
        from size in Gen.Choose(1, 40)
        from parents in Gen.CollectToArray(Enumerable.Range(0, size), static i => i == 0 ? Gen.Constant(-1) : Gen.Choose(0, i - 1))
        from figures in Gen.CollectToArray(Enumerable.Range(0, size), static _ =>
            Gen.Frequency(
                (1, Gen.Constant<(long, decimal, decimal)?>(null)),
                (3, from c in Gen.Choose(0, int.MaxValue) from m in Gen.Choose(0, 1_000_000) from r in Gen.Choose(0, 10_000)
                    select ((long, decimal, decimal)?)((long)c * 4_000_000_000L, m / 100m, r / 100m))))
        select (parents, figures);

    private static OrgTree Tree(int[] parents) =>
        OrgHierarchy.Create(
            parents.Select(static (p, i) => new OrgUnit { Code = "U" + i, Name = "Đơn vị " + i, ParentCode = p < 0 ? null : "U" + p, Kind = OrgUnitKind.Department }),
            []).Value.AsOf(Day);

    private static List<CheckedSubmission> Submitted((long Count, decimal Money, decimal Rate)?[] figures)
    {
        var period = ReportingPeriod.Month(2025, 9, CutoffRule.Administrative);
        return [.. figures.Select((f, i) => (f, i)).Where(static x => x.f is not null).Select(x => new CheckedSubmission(
            new Submission { UnitCode = "U" + x.i, DataSetCode = "T", Period = period, SubmittedAt = Day.AtMidnight() },
            Set,
            new Dictionary<string, PrintedNumber>(StringComparer.Ordinal)
            {
                ["count"] = PrintedNumber.Exact(x.f!.Value.Count),
                ["money"] = new(x.f.Value.Money, 2, false, NumberReading.Vietnamese, null, "m"),
                ["rate"] = new(x.f.Value.Rate, 2, true, NumberReading.Vietnamese, null, "r"),
            },
            []))];
    }

    private static IEnumerable<int> Subtree(int[] parents, int top) =>
        Enumerable.Range(0, parents.Length).Where(i => IsUnder(parents, i, top));

    private static bool IsUnder(int[] parents, int unit, int top)
    {
        for (var u = unit; u >= 0; u = parents[u])
        {
            if (u == top)
            {
                return true;
            }
        }

        return false;
    }

    [Property(MaxTest = 200)]
    public Property Each_total_is_the_naive_sum_over_the_subtree_exactly() =>
        Prop.ForAll(Samples.ToArbitrary(), sample =>
        {
            var tree = Tree(sample.Parents);
            var submitted = Submitted(sample.Figures);
            for (var top = 0; top < sample.Parents.Length; top++)
            {
                var totals = SubmissionAggregation.Aggregate(Set, submitted, tree, "U" + top).ToDictionary(static t => t.Element.Code);
                var reporting = Subtree(sample.Parents, top).Where(i => sample.Figures[i] is not null).ToList();
                decimal? Naive(Func<(long Count, decimal Money, decimal Rate), decimal> pick) =>
                    reporting.Count == 0 ? null : reporting.Aggregate(0m, (sum, i) => sum + pick(sample.Figures[i]!.Value));
                Assert.Equal(Naive(static f => f.Count), totals["count"].Value);
                Assert.Equal(0, totals["count"].Value.GetValueOrDefault().Scale);
                Assert.Equal(Naive(static f => f.Money), totals["money"].Value);
                Assert.Equal(reporting.Count == 1 ? sample.Figures[reporting[0]]!.Value.Rate : (decimal?)null, totals["rate"].Value);
                Assert.Equal(reporting.Select(static i => "U" + i).Order(StringComparer.Ordinal), totals["count"].Units);
            }
        });

    [Property(MaxTest = 200)]
    public Property A_parent_total_is_its_own_figure_plus_its_children_totals() =>
        Prop.ForAll(Samples.ToArbitrary(), sample =>
        {
            var tree = Tree(sample.Parents);
            var submitted = Submitted(sample.Figures);
            var root = SubmissionAggregation.Aggregate(Set, submitted, tree, "U0");
            var own = submitted.Where(static s => s.Submission.UnitCode == "U0").ToList();
            var parts = tree.ChildrenOf("U0").Select(c => SubmissionAggregation.Aggregate(Set, submitted, tree, c.Code))
                .Append(SubmissionAggregation.Aggregate(Set, own, tree, "U0")).ToList();
            foreach (var code in new[] { "count", "money" })
            {
                var fromParts = parts.SelectMany(p => p.Where(t => t.Element.Code == code)).ToList();
                decimal? summed = fromParts.All(static t => t.Value is null) ? null : fromParts.Sum(static t => t.Value ?? 0m);
                Assert.Equal(root.Single(t => t.Element.Code == code).Value, summed);
                Assert.Equal(root.Single(t => t.Element.Code == code).Units, fromParts.SelectMany(static t => t.Units).Order(StringComparer.Ordinal));
            }
        });

    private static readonly OrgUnitKind[] Kinds = [OrgUnitKind.Department, OrgUnitKind.Commune, OrgUnitKind.Ward, OrgUnitKind.SectorBranch];

    // A random tree of units of random kinds; an element owned by random kinds and codes; a random subset of its owners
    // sending a count and a ratio's two parts.
    private static readonly Gen<(int[] Parents, int[] KindOf, int[] OwnerKinds, int[] OwnerCodes, (bool Sends, long Part, long Whole)[] Sent)> OwnedSamples =
        from size in Gen.Choose(1, 40)
        from parents in Gen.CollectToArray(Enumerable.Range(0, size), static i => i == 0 ? Gen.Constant(-1) : Gen.Choose(0, i - 1))
        from kinds in Gen.Choose(0, Kinds.Length - 1).ArrayOf(size)
        from ownerKinds in Gen.SubListOf(Enumerable.Range(0, Kinds.Length).ToArray())
        from ownerCodes in Gen.SubListOf(Enumerable.Range(0, size).ToArray())
        from sent in Gen.CollectToArray(Enumerable.Range(0, size), static _ =>
            from sends in Gen.Elements(true, false) from whole in Gen.Choose(0, 1_000_000) from share in Gen.Choose(0, 100)
            select (sends, (long)whole * share / 100, (long)whole))
        select (parents, kinds, ownerKinds.ToArray(), ownerCodes.ToArray(), sent);

    [Property(MaxTest = 200)]
    public Property With_many_owners_a_total_is_the_naive_sum_over_the_owners_that_sent_and_a_ratio_is_the_ratio_of_the_sums() =>
        Prop.ForAll(OwnedSamples.ToArbitrary(), sample =>
        {
            var size = sample.Parents.Length;
            var owners = new ReportingUnits([.. sample.OwnerKinds.Select(static k => Kinds[k])], [.. sample.OwnerCodes.Select(static i => "U" + i)]);
            var dataSet = Set with
            {
                Reporters = new ReportingUnits([], ["U0"]),
                Elements =
                [
                    new DataElement { Code = "part", Name = "Tử số", Reporters = owners },
                    new DataElement { Code = "whole", Name = "Mẫu số", Reporters = owners },
                    new DataElement { Code = "rate", Name = "Tỷ lệ", Unit = UnitOfMeasure.Percent, IsWhole = false, Aggregation = ElementAggregation.Ratio, Numerator = "part", Denominator = "whole", Reporters = owners },
                    new DataElement { Code = "own", Name = "Của tỉnh" },
                ],
            };
            var tree = OrgHierarchy.Create(
                sample.Parents.Select((p, i) => new OrgUnit { Code = "U" + i, Name = "Đơn vị " + i, ParentCode = p < 0 ? null : "U" + p, Kind = Kinds[sample.KindOf[i]] }),
                []).Value.AsOf(Day);
            bool Owns(int i) => sample.OwnerKinds.Contains(sample.KindOf[i]) || sample.OwnerCodes.Contains(i);
            var senders = Enumerable.Range(0, size).Where(i => Owns(i) && sample.Sent[i].Sends).ToList();
            var period = ReportingPeriod.Month(2025, 9, CutoffRule.Administrative);
            var submitted = senders.Select(i => new CheckedSubmission(
                new Submission { UnitCode = "U" + i, DataSetCode = "T", Period = period, SubmittedAt = Day.AtMidnight() },
                dataSet,
                new Dictionary<string, PrintedNumber>(StringComparer.Ordinal)
                {
                    ["part"] = PrintedNumber.Exact(sample.Sent[i].Part),
                    ["whole"] = PrintedNumber.Exact(sample.Sent[i].Whole),
                },
                [])).ToList();
            Assert.Equal(Enumerable.Range(0, size).Where(Owns).Select(static i => "U" + i).Union(["U0"]).Order(StringComparer.Ordinal), dataSet.ReportersOn(tree));
            for (var top = 0; top < size; top++)
            {
                var inside = Subtree(sample.Parents, top).ToHashSet();
                var totals = SubmissionAggregation.Aggregate(dataSet, submitted, tree, "U" + top).ToDictionary(static t => t.Element.Code);
                var sent = senders.Where(inside.Contains).ToList();
                long part = sent.Sum(i => sample.Sent[i].Part), whole = sent.Sum(i => sample.Sent[i].Whole);
                Assert.Equal(sent.Count == 0 ? (decimal?)null : part, totals["part"].Value);
                Assert.Equal(sent.Select(static i => "U" + i).Order(StringComparer.Ordinal), totals["part"].Units);
                Assert.Equal(inside.Where(Owns).Select(static i => "U" + i).Order(StringComparer.Ordinal), totals["part"].Owners);
                Assert.Equal(whole == 0 ? (decimal?)null : decimal.Round(100m * part / whole, 2, MidpointRounding.AwayFromZero), totals["rate"].Value);
                Assert.Equal(inside.Contains(0) ? new[] { "U0" } : [], totals["own"].Owners);
            }
        });
}
