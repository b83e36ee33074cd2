using KhanhHoa.Governance.Calendar;
using KhanhHoa.Governance.Indicators;
using KhanhHoa.Governance.Json;
using KhanhHoa.Governance.Primitives;

namespace KhanhHoa.Governance.Data;

// Reads an indicator catalog section by section; every problem goes to the shared error list.
internal static class IndicatorCatalogReader
{
    public static InputResult<IndicatorCatalog> Read(ReadOnlySpan<byte> utf8Json)
    {
        var reader = JsonFieldReader.Open(utf8Json, out var root);
        if (root is null)
        {
            return InputResult<IndicatorCatalog>.ForErrors(reader.Errors);
        }

        var indicators = ReadIndicators(reader, root);
        var targets = ReadTargets(reader, root, indicators);
        var indexes = ReadIndexes(reader, root);
        return reader.Result(() => new IndicatorCatalog(indicators, targets, indexes));
    }

    private static readonly Dictionary<string, IndicatorDirection> Directions = JsonFieldReader.Names(("higher", IndicatorDirection.HigherIsBetter), ("lower", IndicatorDirection.LowerIsBetter));

    private static readonly Dictionary<string, MidpointRounding> Roundings = JsonFieldReader.Names(
        ("halfAwayFromZero", MidpointRounding.AwayFromZero), ("halfToEven", MidpointRounding.ToEven), ("towardZero", MidpointRounding.ToZero));

    private static readonly Dictionary<string, AggregationMode> Aggregations = JsonFieldReader.Names(
        ("ratioOfSums", AggregationMode.RatioOfSums), ("sum", AggregationMode.Sum), ("lastValue", AggregationMode.LastValue),
        ("meanOfUnitRates", AggregationMode.MeanOfUnitRates), ("shareOfUnitsMeetingTarget", AggregationMode.ShareOfUnitsMeetingTarget));

    private static readonly Dictionary<string, ZeroDenominatorRule> ZeroRules = JsonFieldReader.Names(
        ("noValue", ZeroDenominatorRule.NoValue), ("zero", ZeroDenominatorRule.Zero), ("full", ZeroDenominatorRule.Full));

    private static readonly Dictionary<string, TargetComparator> Comparators = JsonFieldReader.Names(
        (">=", TargetComparator.AtLeast), (">", TargetComparator.GreaterThan), ("<=", TargetComparator.AtMost),
        ("<", TargetComparator.LessThan), ("=", TargetComparator.EqualTo), ("between", TargetComparator.Between));

    private static readonly Dictionary<string, TargetScopeKind> ScopeKinds = JsonFieldReader.Names(
        ("province", TargetScopeKind.Province), ("unit", TargetScopeKind.Unit), ("unitGroup", TargetScopeKind.UnitGroup), ("eachUnit", TargetScopeKind.EachUnit));

    private static readonly Dictionary<string, ZeroDenominatorPoints> ZeroPoints = JsonFieldReader.Names(
        ("zero", ZeroDenominatorPoints.Zero), ("full", ZeroDenominatorPoints.Full), ("notScored", ZeroDenominatorPoints.NotScored));

    public static List<IndicatorDefinition> ReadIndicators(JsonFieldReader r, JsonSourceNode root)
    {
        var result = new List<IndicatorDefinition>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in r.Objects(root, "indicators", required: true))
        {
            var code = r.String(node, "code", required: true);
            var nameVi = r.String(node, "nameVi", required: true);
            var nameEn = r.String(node, "nameEn", required: true);
            var numerator = Expression(r, node, "numerator", required: true);
            var denominator = Expression(r, node, "denominator", required: false);
            var factor = r.Decimal(node, "factor", required: false) ?? IndicatorDefinition.Percent;
            var decimals = r.Decimal(node, "decimals", required: false) ?? 2m;
            var direction = r.Enum(node, "direction", Directions, required: false) ?? IndicatorDirection.HigherIsBetter;
            var rounding = r.Enum(node, "rounding", Roundings, required: false) ?? MidpointRounding.AwayFromZero;
            var aggregation = r.Enum(node, "aggregation", Aggregations, required: false) ?? AggregationMode.RatioOfSums;
            var zero = r.Enum(node, "zeroDenominator", ZeroRules, required: false) ?? ZeroDenominatorRule.NoValue;
            if (decimals is < 0 or > 10 || decimals != decimal.Truncate(decimals))
            {
                r.Add(node, "decimals", "expected a whole number of decimals between 0 and 10");
            }

            if (factor <= 0m)
            {
                r.Add(node, "factor", "the factor must be positive");
            }

            if (code is not null && !seen.Add(code))
            {
                r.Add(node, "code", $"duplicate indicator code \"{code}\"");
            }

            if (code is null || nameVi is null || nameEn is null || numerator is null)
            {
                continue;
            }

            result.Add(new IndicatorDefinition
            {
                Code = code,
                NameVi = nameVi,
                NameEn = nameEn,
                Concept = r.String(node, "concept", required: false),
                Numerator = numerator,
                Denominator = denominator,
                Factor = factor,
                Unit = r.String(node, "unit", required: false) ?? "%",
                Direction = direction,
                Rounding = new RoundingRule((int)Math.Clamp(decimals, 0m, 10m), rounding),
                Aggregation = aggregation,
                ZeroDenominator = zero,
                LegalSource = r.String(node, "legalSource", required: false),
                Note = r.String(node, "note", required: false),
            });
        }

        return result;
    }

    public static List<Target> ReadTargets(JsonFieldReader r, JsonSourceNode root, List<IndicatorDefinition> indicators)
    {
        var contextYear = (int)Math.Clamp(r.Decimal(root, "contextYear", required: false) ?? 2025m, 1m, 9998m);
        var codes = indicators.Select(static i => i.Code).ToHashSet(StringComparer.Ordinal);
        var result = new List<Target>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in r.Objects(root, "targets", required: true))
        {
            var id = r.String(node, "id", required: true);
            var indicator = r.String(node, "indicator", required: true);
            var comparator = r.Enum(node, "comparator", Comparators, required: true);
            var value = r.Decimal(node, "value", required: true);
            var upper = r.Decimal(node, "upperValue", required: false);
            var deadline = r.String(node, "deadline", required: true);
            var due = r.Date(node, "due");
            var baseline = r.Int(node, "baselineYear", required: false);
            var source = ReadSource(r, node);
            var scope = ReadScope(r, node);
            var milestones = new List<TargetMilestone>();
            foreach (var m in r.Array(node, "milestones", required: false))
            {
                if (r.IsObject(m) && r.Decimal(m, "value", required: true) is { } mValue && r.String(m, "deadline", required: true) is { } mDeadline)
                {
                    milestones.Add(new TargetMilestone(mValue, mDeadline, r.Date(m, "due") ?? Deadline.Parse(mDeadline, contextYear).DueDate));
                }
            }

            if (id is not null && !seen.Add(id))
            {
                r.Add(node, "id", $"duplicate target id \"{id}\"");
            }

            if (indicator is not null && !codes.Contains(indicator))
            {
                r.Add(node, "indicator", $"unknown indicator \"{indicator}\"");
            }

            if (baseline is < 1 or > 9999)
            {
                r.Add(node, "baselineYear", $"expected a year between 1 and 9999, got {baseline}");
            }

            if (comparator == TargetComparator.Between && (upper is null || upper < value))
            {
                r.Add(node, "upperValue", "a 'between' target needs an upperValue at least its value");
            }

            if (id is null || indicator is null || comparator is null || value is null || deadline is null || source is null)
            {
                continue;
            }

            result.Add(new Target
            {
                Id = id,
                IndicatorCode = indicator,
                Comparator = comparator.Value,
                Value = value.Value,
                UpperValue = upper,
                Deadline = Deadline.Parse(deadline, contextYear),
                DueDate = due,
                Scope = scope,
                Milestones = milestones,
                BaselineYear = baseline,
                Source = source,
                Note = r.String(node, "note", required: false),
            });
        }

        return result;
    }

    private static TargetSource? ReadSource(JsonFieldReader r, JsonSourceNode node)
    {
        if (r.Object(node, "source", required: true) is not { } source)
        {
            return null;
        }

        var document = r.String(source, "document", required: true);
        var location = r.String(source, "location", required: true);
        var quote = r.String(source, "quote", required: true);
        var issued = r.Date(source, "issued");
        return document is null || location is null || quote is null ? null : new TargetSource(document, location, quote) { Issued = issued };
    }

    private static TargetScope ReadScope(JsonFieldReader r, JsonSourceNode node)
    {
        if (r.Object(node, "scope", required: false) is not { } scope)
        {
            return TargetScope.Province;
        }

        var kind = r.Enum(scope, "kind", ScopeKinds, required: true) ?? TargetScopeKind.Province;
        return new TargetScope(kind, r.String(scope, "description", required: false));
    }

    public static List<CompositeIndex> ReadIndexes(JsonFieldReader r, JsonSourceNode root)
    {
        var result = new List<CompositeIndex>();
        foreach (var node in r.Objects(root, "indexes", required: false))
        {
            var legalGroups = new List<LegalIndexGroup>();
            foreach (var l in r.Array(node, "legalGroups", required: true))
            {
                if (r.IsObject(l) && r.String(l, "code", required: true) is { } lCode && r.String(l, "nameVi", required: true) is { } lName && r.Decimal(l, "maxPoints", required: true) is { } lMax)
                {
                    legalGroups.Add(new LegalIndexGroup(lCode, lName, lMax));
                }
            }

            var legalCodes = legalGroups.Select(static l => l.Code).ToHashSet(StringComparer.Ordinal);
            var groups = new List<IndexGroup>();
            foreach (var g in r.Objects(node, "groups", required: true))
            {
                var components = ReadComponents(r, g);
                var gCode = r.String(g, "code", required: true);
                var gName = r.String(g, "nameVi", required: true);
                var gMax = r.Decimal(g, "maxPoints", required: true);
                var legal = r.String(g, "legalGroup", required: true);
                if (legal is not null && !legalCodes.Contains(legal))
                {
                    r.Add(g, "legalGroup", $"unknown legal group \"{legal}\"");
                }

                if (gCode is not null && gName is not null && gMax is not null && legal is not null)
                {
                    groups.Add(new IndexGroup(gCode, gName, gMax.Value, legal, components));
                }
            }

            if (r.String(node, "code", required: true) is { } code && r.String(node, "nameVi", required: true) is { } name)
            {
                result.Add(new CompositeIndex(code, name, groups, legalGroups));
            }
        }

        return result;
    }

    private static List<IndexComponent> ReadComponents(JsonFieldReader r, JsonSourceNode group)
    {
        var components = new List<IndexComponent>();
        foreach (var c in r.Objects(group, "components", required: true))
        {
            var code = r.String(c, "code", required: true);
            var name = r.String(c, "nameVi", required: true);
            var numerator = Expression(r, c, "numerator", required: true);
            var denominator = Expression(r, c, "denominator", required: true);
            var max = r.Decimal(c, "maxPoints", required: true);
            var fullAt = r.Decimal(c, "fullAt", required: false) ?? 1m;
            var zero = r.Enum(c, "zeroDenominator", ZeroPoints, required: false) ?? ZeroDenominatorPoints.Zero;
            if (fullAt is <= 0m or > 1m)
            {
                r.Add(c, "fullAt", "fullAt must be in (0, 1]");
                continue;
            }

            if (code is not null && name is not null && numerator is not null && denominator is not null && max is not null)
            {
                components.Add(new IndexComponent(code, name, numerator, denominator, max.Value, fullAt, zero, r.String(c, "note", required: false)));
            }
        }

        return components;
    }

    /// <summary>A measure expression (<see cref="MeasureExpression.Parse"/>), as the catalog and the figure sets write them.</summary>
    public static MeasureExpression? Expression(JsonFieldReader r, JsonSourceNode node, string name, bool required) =>
        r.Parsed(node, name, MeasureExpression.Parse, "a measure expression", required);
}
