using KhanhHoa.Governance.Calendar;

namespace KhanhHoa.Governance.Indicators;

// Reads the sections of an indicator catalog; every problem goes to the shared error list.
internal static class IndicatorCatalogReader
{
    private static readonly Dictionary<string, IndicatorDirection> Directions = JsonFieldReader.Names(("higher", IndicatorDirection.HigherIsBetter), ("lower", IndicatorDirection.LowerIsBetter));

    private static readonly Dictionary<string, RoundingRule> Roundings = JsonFieldReader.Names(
        ("halfAwayFromZero", RoundingRule.HalfAwayFromZero), ("halfToEven", RoundingRule.HalfToEven), ("towardZero", RoundingRule.TowardZero));

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

    public static List<IndicatorDefinition> ReadIndicators(JsonFieldReader r, JsonTree root)
    {
        var result = new List<IndicatorDefinition>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (node, path) in r.Objects(root, "$", "indicators"))
        {
            var code = r.String(node, path, "code");
            var nameVi = r.String(node, path, "nameVi");
            var nameEn = r.String(node, path, "nameEn");
            var numerator = r.Expression(node, path, "numerator");
            var denominator = r.Expression(node, path, "denominator", required: false);
            var factor = r.Decimal(node, path, "factor", required: false) ?? IndicatorDefinition.Percent;
            var decimals = r.Decimal(node, path, "decimals", required: false) ?? 2m;
            var direction = r.Enum(node, path, "direction", Directions, required: false) ?? IndicatorDirection.HigherIsBetter;
            var rounding = r.Enum(node, path, "rounding", Roundings, required: false) ?? RoundingRule.HalfAwayFromZero;
            var aggregation = r.Enum(node, path, "aggregation", Aggregations, required: false) ?? AggregationMode.RatioOfSums;
            var zero = r.Enum(node, path, "zeroDenominator", ZeroRules, required: false) ?? ZeroDenominatorRule.NoValue;
            if (decimals is < 0 or > 10 || decimals != decimal.Truncate(decimals))
            {
                r.Error(node["decimals"]!, path + ".decimals", "expected a whole number of decimals between 0 and 10");
            }

            if (factor <= 0m)
            {
                r.Error(node["factor"]!, path + ".factor", "the factor must be positive");
            }

            if (code is not null && !seen.Add(code))
            {
                r.Error(node["code"]!, path + ".code", $"duplicate indicator code \"{code}\"");
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
                Concept = r.String(node, path, "concept", required: false),
                Numerator = numerator,
                Denominator = denominator,
                Factor = factor,
                Unit = r.String(node, path, "unit", required: false) ?? "%",
                Direction = direction,
                Decimals = (int)Math.Clamp(decimals, 0m, 10m),
                Rounding = rounding,
                Aggregation = aggregation,
                ZeroDenominator = zero,
                LegalSource = r.String(node, path, "legalSource", required: false),
                Note = r.String(node, path, "note", required: false),
            });
        }

        return result;
    }

    public static List<Target> ReadTargets(JsonFieldReader r, JsonTree root, List<IndicatorDefinition> indicators)
    {
        var contextYear = (int)Math.Clamp(r.Decimal(root, "$", "contextYear", required: false) ?? 2025m, 1m, 9998m);
        var codes = indicators.Select(static i => i.Code).ToHashSet(StringComparer.Ordinal);
        var result = new List<Target>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (node, path) in r.Objects(root, "$", "targets"))
        {
            var id = r.String(node, path, "id");
            var indicator = r.String(node, path, "indicator");
            var comparator = r.Enum(node, path, "comparator", Comparators);
            var value = r.Decimal(node, path, "value");
            var upper = r.Decimal(node, path, "upperValue", required: false);
            var deadline = r.String(node, path, "deadline");
            var due = r.Date(node, path, "due");
            var baseline = r.Decimal(node, path, "baselineYear", required: false);
            var source = ReadSource(r, node, path);
            var scope = ReadScope(r, node, path);
            var milestones = new List<TargetMilestone>();
            foreach (var (m, mPath) in r.Array(node, path, "milestones", required: false))
            {
                if (r.IsObject(m, mPath) && r.Decimal(m, mPath, "value") is { } mValue && r.String(m, mPath, "deadline") is { } mDeadline)
                {
                    milestones.Add(new TargetMilestone(mValue, mDeadline, r.Date(m, mPath, "due") ?? Deadline.Parse(mDeadline, contextYear).DueDate));
                }
            }

            if (id is not null && !seen.Add(id))
            {
                r.Error(node["id"]!, path + ".id", $"duplicate target id \"{id}\"");
            }

            if (indicator is not null && !codes.Contains(indicator))
            {
                r.Error(node["indicator"]!, path + ".indicator", $"unknown indicator \"{indicator}\"");
            }

            if (comparator == TargetComparator.Between && (upper is null || upper < value))
            {
                r.Error(node, path + ".upperValue", "a 'between' target needs an upperValue at least its value");
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
                BaselineYear = baseline is { } b ? (int)b : null,
                Source = source,
                Note = r.String(node, path, "note", required: false),
            });
        }

        return result;
    }

    private static TargetSource? ReadSource(JsonFieldReader r, JsonTree node, string path)
    {
        var source = node["source"];
        if (source is null)
        {
            r.Error(node, path + ".source", "required object is missing");
            return null;
        }

        var sPath = path + ".source";
        if (!r.IsObject(source, sPath))
        {
            return null;
        }

        var document = r.String(source, sPath, "document");
        var location = r.String(source, sPath, "location");
        var quote = r.String(source, sPath, "quote");
        return document is null || location is null || quote is null ? null : new TargetSource(document, location, quote);
    }

    private static TargetScope ReadScope(JsonFieldReader r, JsonTree node, string path)
    {
        var scope = node["scope"];
        var sPath = path + ".scope";
        if (scope is null || !r.IsObject(scope, sPath))
        {
            return TargetScope.Province;
        }

        var kind = r.Enum(scope, sPath, "kind", ScopeKinds) ?? TargetScopeKind.Province;
        return new TargetScope(kind, r.String(scope, sPath, "description", required: false));
    }

    public static List<CompositeIndex> ReadIndexes(JsonFieldReader r, JsonTree root)
    {
        var result = new List<CompositeIndex>();
        foreach (var (node, path) in r.Objects(root, "$", "indexes", required: false))
        {
            var legalGroups = new List<LegalIndexGroup>();
            foreach (var (l, lPath) in r.Array(node, path, "legalGroups"))
            {
                if (r.IsObject(l, lPath) && r.String(l, lPath, "code") is { } lCode && r.String(l, lPath, "nameVi") is { } lName && r.Decimal(l, lPath, "maxPoints") is { } lMax)
                {
                    legalGroups.Add(new LegalIndexGroup(lCode, lName, lMax));
                }
            }

            var groups = new List<IndexGroup>();
            foreach (var (g, gPath) in r.Objects(node, path, "groups"))
            {
                var components = ReadComponents(r, g, gPath);
                var gCode = r.String(g, gPath, "code");
                var gName = r.String(g, gPath, "nameVi");
                var gMax = r.Decimal(g, gPath, "maxPoints");
                var legal = r.String(g, gPath, "legalGroup");
                if (legal is not null && legalGroups.All(l => l.Code != legal))
                {
                    r.Error(g["legalGroup"]!, gPath + ".legalGroup", $"unknown legal group \"{legal}\"");
                }

                if (gCode is not null && gName is not null && gMax is not null && legal is not null)
                {
                    groups.Add(new IndexGroup(gCode, gName, gMax.Value, legal, components));
                }
            }

            if (r.String(node, path, "code") is { } code && r.String(node, path, "nameVi") is { } name)
            {
                result.Add(new CompositeIndex(code, name, groups, legalGroups));
            }
        }

        return result;
    }

    private static List<IndexComponent> ReadComponents(JsonFieldReader r, JsonTree group, string groupPath)
    {
        var components = new List<IndexComponent>();
        foreach (var (c, cPath) in r.Objects(group, groupPath, "components"))
        {
            var code = r.String(c, cPath, "code");
            var name = r.String(c, cPath, "nameVi");
            var numerator = r.Expression(c, cPath, "numerator");
            var denominator = r.Expression(c, cPath, "denominator");
            var max = r.Decimal(c, cPath, "maxPoints");
            var fullAt = r.Decimal(c, cPath, "fullAt", required: false) ?? 1m;
            var zero = r.Enum(c, cPath, "zeroDenominator", ZeroPoints, required: false) ?? ZeroDenominatorPoints.Zero;
            if (fullAt is <= 0m or > 1m)
            {
                r.Error(c["fullAt"]!, cPath + ".fullAt", "fullAt must be in (0, 1]");
                continue;
            }

            if (code is not null && name is not null && numerator is not null && denominator is not null && max is not null)
            {
                components.Add(new IndexComponent(code, name, numerator, denominator, max.Value, fullAt, zero, r.String(c, cPath, "note", required: false)));
            }
        }

        return components;
    }
}
