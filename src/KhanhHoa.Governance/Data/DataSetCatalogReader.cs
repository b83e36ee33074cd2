using KhanhHoa.Governance.Calendar;
using KhanhHoa.Governance.Indicators;
using KhanhHoa.Governance.Json;
using KhanhHoa.Governance.Organization;
using KhanhHoa.Governance.Submissions;
using KhanhHoa.Governance.Tasks;

namespace KhanhHoa.Governance.Data;

/// <summary>Reads <c>data-sets.json</c> with every error located; see <see cref="GovernanceDataLoader.LoadDataSets"/>.</summary>
internal static class DataSetCatalogReader
{
    private static readonly Dictionary<string, UnitOfMeasure> Units = JsonFieldReader.Names(
        ("count", UnitOfMeasure.Count), ("percent", UnitOfMeasure.Percent), ("money", UnitOfMeasure.Money), ("text", UnitOfMeasure.Text));

    private static readonly Dictionary<string, ElementAggregation> Aggregations = JsonFieldReader.Names(
        ("sum", ElementAggregation.Sum), ("none", ElementAggregation.None), ("ratio", ElementAggregation.Ratio));

    private static readonly Dictionary<string, ReportingPeriodKind> PeriodKinds = JsonFieldReader.Names(
        ("month", ReportingPeriodKind.Month), ("quarter", ReportingPeriodKind.Quarter), ("halfYear", ReportingPeriodKind.HalfYear),
        ("nineMonths", ReportingPeriodKind.NineMonths), ("year", ReportingPeriodKind.Year));

    public static InputResult<DataSetCatalog> Read(ReadOnlySpan<byte> utf8Json, IReadOnlyList<Plan> plans, IReadOnlyDictionary<string, IReadOnlyList<ConsistencyRule>> ruleSets)
    {
        var r = JsonFieldReader.Open(utf8Json, out var root);
        if (root is null)
        {
            return InputResult<DataSetCatalog>.ForErrors(r.Errors);
        }

        var collectives = new Dictionary<string, IReadOnlyList<OrgUnitKind>>(StringComparer.Ordinal);
        foreach (var node in r.Objects(root, "collectives", required: false))
        {
            var agency = r.String(node, "agency", required: true);
            var kinds = Kinds(r, node);
            if (agency is not null && !collectives.TryAdd(agency, kinds))
            {
                r.Add(node, "agency", $"collective \"{agency}\" is listed twice");
            }
        }

        var dataSets = new List<DataSet>();
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in r.Objects(root, "dataSets", required: true))
        {
            if (ReadDataSet(r, node, plans, ruleSets) is { } dataSet)
            {
                if (codes.Add(dataSet.Code))
                {
                    dataSets.Add(dataSet);
                }
                else
                {
                    r.Add(node, "code", $"duplicate data set code \"{dataSet.Code}\"");
                }
            }
        }

        var defaultProgress = r.String(root, "defaultProgress", required: false);
        if (defaultProgress is not null && !dataSets.Any(d => d.Code == defaultProgress && d.PlanId is not null))
        {
            r.Add(root, "defaultProgress", $"\"{defaultProgress}\" is not a progress data set of the file");
        }

        return r.Result(() => new DataSetCatalog(dataSets, collectives, dataSets.FirstOrDefault(d => d.Code == defaultProgress)));
    }

    private static List<OrgUnitKind> Kinds(JsonFieldReader r, JsonSourceNode node)
    {
        var kinds = new List<OrgUnitKind>();
        foreach (var name in r.Strings(node, "kinds"))
        {
            if (Enum.TryParse<OrgUnitKind>(name, ignoreCase: false, out var kind) && Enum.IsDefined(kind) && !char.IsDigit(name[0]))
            {
                kinds.Add(kind);
            }
            else
            {
                r.Add(node, "kinds", $"unknown org-unit kind \"{name}\"; expected one of {string.Join(", ", Enum.GetNames<OrgUnitKind>())}");
            }
        }

        return kinds;
    }

    private static DataSet? ReadDataSet(JsonFieldReader r, JsonSourceNode node, IReadOnlyList<Plan> plans, IReadOnlyDictionary<string, IReadOnlyList<ConsistencyRule>> ruleSets)
    {
        var code = r.String(node, "code", required: true);
        var name = r.String(node, "name", required: true);
        var recipient = r.String(node, "recipient", required: true);
        var planId = r.String(node, "plan", required: false);
        var inForceFrom = r.Date(node, "inForceFrom");
        var cutoffText = r.String(node, "cutoff", required: false);
        var cutoff = CutoffRule.Administrative;
        if (cutoffText is not null && !CutoffRule.Parse(cutoffText).TryPickT0(out cutoff, out var cutoffError))
        {
            r.Add(node, "cutoff", cutoffError.Message);
        }

        if (planId is not null && !plans.Any(p => p.Id == planId))
        {
            r.Add(node, "plan", $"unknown plan \"{planId}\"");
        }

        var reporters = r.Object(node, "reporters", required: true);
        var reporting = reporters is null ? null : new ReportingUnits(Kinds(r, reporters), r.Strings(reporters, "units"));
        var duties = r.Objects(node, "duties", required: true).Select(d => ReadDuty(r, d)).OfType<ReportingDuty>().ToList();
        if (duties.Count == 0)
        {
            r.Add(node, "duties", "a data set needs at least one reporting duty");
        }

        foreach (var twice in duties.GroupBy(static d => d.PeriodKind).Where(static g => g.Count() > 1))
        {
            r.Add(node, "duties", $"two duties for {twice.Key} periods");
        }

        var sections = r.Strings(node, "sections");
        foreach (var twice in sections.GroupBy(static x => x, StringComparer.Ordinal).Where(static g => g.Count() > 1))
        {
            r.Add(node, "sections", $"section \"{twice.Key}\" is listed twice");
        }

        var elements = ReadElements(r, node);
        var rules = ReadRules(r, node, elements, ruleSets);
        if (code is null || name is null || recipient is null || reporting is null)
        {
            return null;
        }

        return new DataSet
        {
            Code = code,
            Name = name,
            Recipient = recipient,
            PlanId = planId,
            InForceFrom = inForceFrom,
            Cutoff = cutoff,
            Reporters = reporting,
            Duties = duties,
            Elements = elements,
            Rules = rules,
            Sections = sections,
        };
    }

    private static ReportingDuty? ReadDuty(JsonFieldReader r, JsonSourceNode node)
    {
        var kind = r.Enum(node, "period", PeriodKinds, required: true);
        var quote = r.String(node, "quote", required: true);
        var source = r.String(node, "source", required: true);
        var due = r.Object(node, "due", required: true);
        ReportDueRule? rule = null;
        if (due is not null)
        {
            var working = r.Int(due, "workingDaysAfterCutoff", required: false);
            var onDay = r.Int(due, "dayOfMonthAfterCutoff", required: false);
            var lastMonth = r.Int(due, "dayOfLastMonth", required: false);
            rule = (working, onDay, lastMonth) switch
            {
                ({ } n and >= 1, null, null) => ReportDueRule.WorkingDaysAfterCutoff(n),
                (null, { } d and >= 1 and <= 28, null) => ReportDueRule.OnDayOfMonth(d),
                (null, null, { } d and >= 1 and <= 28) => ReportDueRule.DayOfLastMonth(d),
                _ => null,
            };
            if (rule is null)
            {
                r.Add(node, "due", "'due' needs exactly one of workingDaysAfterCutoff (1 or more), dayOfMonthAfterCutoff or dayOfLastMonth (1–28)");
            }
        }

        return kind is { } k && rule is { } dueRule && quote is not null && source is not null ? new ReportingDuty(k, dueRule, quote, source) : null;
    }

    private static List<DataElement> ReadElements(JsonFieldReader r, JsonSourceNode node)
    {
        var elements = new List<DataElement>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in r.Objects(node, "elements", required: false))
        {
            var code = r.String(item, "code", required: true);
            var name = r.String(item, "name", required: true);
            var unit = r.Enum(item, "unit", Units, required: true);
            var whole = r.Bool(item, "whole", required: false) ?? unit is UnitOfMeasure.Count;
            var min = r.Decimal(item, "min", required: false);
            var max = r.Decimal(item, "max", required: false);
            var aggregation = r.Enum(item, "aggregation", Aggregations, required: true);
            var measure = r.String(item, "measure", required: false);
            var section = r.String(item, "section", required: false);
            var cumulativeOf = r.String(item, "cumulativeOf", required: false);
            var owners = r.Object(item, "reporters", required: false);
            var ownership = owners is null ? null : new ReportingUnits(Kinds(r, owners), r.Strings(owners, "units"));
            var assumed = r.Bool(item, "ownerAssumed", required: false) ?? false;
            var numerator = r.String(item, "numerator", required: false);
            var denominator = r.String(item, "denominator", required: false);
            if (code is not null && !seen.Add(code))
            {
                r.Add(item, "code", $"duplicate element code \"{code}\"");
            }

            if (min > max)
            {
                r.Add(item, "min", "'min' is above 'max'");
            }

            if (unit == UnitOfMeasure.Text && aggregation == ElementAggregation.Sum)
            {
                r.Add(item, "aggregation", "a text element cannot be summed; use \"none\"");
            }

            if (assumed && ownership is null)
            {
                r.Add(item, "ownerAssumed", "'ownerAssumed' marks the element's 'reporters' as an assumption; the element names none");
            }

            if ((aggregation == ElementAggregation.Ratio) != (numerator is not null && denominator is not null) || (aggregation != ElementAggregation.Ratio && (numerator ?? denominator) is not null))
            {
                r.Add(item, "aggregation", "a \"ratio\" element needs 'numerator' and 'denominator', and only it has them");
            }

            if (code is not null && name is not null && unit is { } u && aggregation is { } a)
            {
                elements.Add(new DataElement
                {
                    Code = code, Name = name, Unit = u, IsWhole = whole, Minimum = min, Maximum = max, Aggregation = a, Measure = measure, Section = section,
                    CumulativeOf = cumulativeOf, Reporters = ownership, OwnerAssumed = assumed, Numerator = numerator, Denominator = denominator,
                });
            }
        }

        foreach (var twice in elements.Where(static e => e.Measure is not null).GroupBy(static e => e.Measure, StringComparer.Ordinal).Where(static g => g.Count() > 1))
        {
            r.Add(node, "elements", $"measure \"{twice.Key}\" is fed by two elements: {string.Join(", ", twice.Select(static e => e.Code))}");
        }

        var codes = elements.ToDictionary(static e => e.Code, StringComparer.Ordinal);
        foreach (var ratio in elements.Where(static e => e.Aggregation == ElementAggregation.Ratio))
        {
            foreach (var part in new[] { ratio.Numerator, ratio.Denominator }.OfType<string>().Where(p => !codes.TryGetValue(p, out var e) || e.Aggregation != ElementAggregation.Sum))
            {
                r.Add(node, "elements", $"element \"{ratio.Code}\" is a ratio of \"{part}\", which is not a summed element of the data set");
            }
        }

        foreach (var total in elements.Where(static e => e.CumulativeOf is not null))
        {
            if (!codes.TryGetValue(total.CumulativeOf!, out var month) || month == total || month.CumulativeOf is not null)
            {
                r.Add(node, "elements", $"element \"{total.Code}\": 'cumulativeOf' names \"{total.CumulativeOf}\", which is not another period element of the data set");
            }
        }

        foreach (var twice in elements.Where(static e => e.CumulativeOf is not null).GroupBy(static e => e.CumulativeOf, StringComparer.Ordinal).Where(static g => g.Count() > 1))
        {
            r.Add(node, "elements", $"element \"{twice.Key}\" has two running totals: {string.Join(", ", twice.Select(static e => e.Code))}");
        }

        return elements;
    }

    private static List<DataSetRule> ReadRules(JsonFieldReader r, JsonSourceNode node, List<DataElement> elements, IReadOnlyDictionary<string, IReadOnlyList<ConsistencyRule>> ruleSets)
    {
        var codes = elements.Select(static e => e.Code).ToHashSet(StringComparer.Ordinal);
        var blocking = r.Strings(node, "blockingRules").ToHashSet(StringComparer.Ordinal);
        var rules = new List<DataSetRule>();
        foreach (var setName in r.Strings(node, "ruleSets"))
        {
            if (!ruleSets.TryGetValue(setName, out var set))
            {
                r.Add(node, "ruleSets", $"unknown rule set \"{setName}\"; known: {string.Join(", ", ruleSets.Keys)}");
                continue;
            }

            foreach (var rule in set)
            {
                var left = rule.Left.Measures.Concat(rule.Right.Measures).Concat(rule.RightDenominator?.Measures ?? []);
                foreach (var unknown in left.Where(m => !codes.Contains(m)).Distinct(StringComparer.Ordinal))
                {
                    r.Add(node, "ruleSets", $"rule {rule.Id} of \"{setName}\" reads \"{unknown}\", which is not an element of the data set");
                }

                rules.Add(new DataSetRule(rule, blocking.Contains(rule.Id)));
            }
        }

        foreach (var unknown in blocking.Where(id => !rules.Any(rule => rule.Rule.Id == id)))
        {
            r.Add(node, "blockingRules", $"unknown rule \"{unknown}\"");
        }

        return rules;
    }
}
