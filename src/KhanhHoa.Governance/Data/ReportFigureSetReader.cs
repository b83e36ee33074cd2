using KhanhHoa.Governance.Indicators;
using KhanhHoa.Governance.Json;

namespace KhanhHoa.Governance.Data;

// Reads a report's figures and the consistency rules over them (the format of report-87-figures.json).
internal static class ReportFigureSetReader
{
    public static InputResult<ReportFigureSet> Read(ReadOnlySpan<byte> utf8Json)
    {
        var r = JsonFieldReader.Open(utf8Json, out var root);
        if (root is null)
        {
            return InputResult<ReportFigureSet>.ForErrors(r.Errors);
        }

        var document = r.String(root, "document", required: true);
        var title = r.String(root, "title", required: true);
        var period = r.String(root, "period", required: true);
        var issued = r.Date(root, "issued");
        var figures = ReadFigures(r, root);
        var rules = ReadRules(r, root, figures.Select(static f => f.Id).ToHashSet(StringComparer.Ordinal));
        if (r.Errors.Count > 0 || document is null || title is null || period is null)
        {
            return InputResult<ReportFigureSet>.ForErrors(r.Errors);
        }

        return InputResult<ReportFigureSet>.ForValue(new ReportFigureSet(document, title, issued, period, figures, rules));
    }

    private static readonly Dictionary<string, ExpectedNumber> Expectations = JsonFieldReader.Names(("any", ExpectedNumber.Any), ("whole", ExpectedNumber.WholeNumber));

    private static readonly Dictionary<string, RuleImportance> Importances = JsonFieldReader.Names(("high", RuleImportance.High), ("medium", RuleImportance.Medium), ("low", RuleImportance.Low));

    private static readonly Dictionary<string, MissingValuePolicy> Policies = JsonFieldReader.Names(
        ("skipIfAnyValueMissing", MissingValuePolicy.SkipIfAnyValueMissing), ("skipIfAllValuesMissing", MissingValuePolicy.SkipIfAllValuesMissing), ("neverSkip", MissingValuePolicy.NeverSkip));

    private static List<ReportedFigure> ReadFigures(JsonFieldReader r, JsonSourceNode root)
    {
        var figures = new List<ReportedFigure>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in r.Objects(root, "figures", required: true))
        {
            var id = r.String(node, "id", required: true);
            var text = r.String(node, "text", required: true);
            var label = r.String(node, "label", required: true);
            var labelVi = r.String(node, "labelVi", required: false);
            var section = r.String(node, "section", required: true);
            var quote = r.String(node, "quote", required: true);
            var expect = r.Enum(node, "expect", Expectations, required: false) ?? ExpectedNumber.Any;
            if (id is not null && !seen.Add(id))
            {
                r.Add(node, "id", $"duplicate figure id \"{id}\"");
            }

            if (text is null)
            {
                continue;
            }

            var number = VietnameseNumber.ParseTolerant(text, expect);
            if (number.IsT1)
            {
                r.Add(node, "text", number.AsT1.ToString());
                continue;
            }

            if (id is not null && label is not null && section is not null && quote is not null)
            {
                figures.Add(new ReportedFigure(id, number.AsT0, label, section, quote) { LabelVi = labelVi });
            }
        }

        return figures;
    }

    private static List<ConsistencyRule> ReadRules(JsonFieldReader r, JsonSourceNode root, HashSet<string> figureIds)
    {
        var rules = new List<ConsistencyRule>();
        foreach (var node in r.Objects(root, "rules", required: true))
        {
            var id = r.String(node, "id", required: true);
            var description = r.String(node, "description", required: true);
            var descriptionVi = r.String(node, "descriptionVi", required: false);
            var left = IndicatorCatalogReader.Expression(r, node, "left", required: true);
            var right = IndicatorCatalogReader.Expression(r, node, "right", required: true);
            var denominator = IndicatorCatalogReader.Expression(r, node, "denominator", required: false);
            var factor = r.Decimal(node, "factor", required: false) ?? 1m;
            var importance = r.Enum(node, "importance", Importances, required: false) ?? RuleImportance.Medium;
            var policy = r.Enum(node, "missing", Policies, required: false) ?? MissingValuePolicy.SkipIfAnyValueMissing;
            var opText = r.String(node, "operator", required: true);
            var op = ConsistencyRule.ParseOperator(opText);
            if (opText is not null && op is null)
            {
                r.Add(node, "operator", $"unknown operator \"{opText}\"; expected ==, !=, >, >=, <, <=, ~=, compulsory_pair or exclusive_pair");
            }

            foreach (var (side, expression) in new[] { ("left", left), ("right", right), ("denominator", denominator) })
            {
                foreach (var unknown in expression?.Measures.Where(m => !figureIds.Contains(m)) ?? [])
                {
                    r.Add(node, side, $"unknown figure \"{unknown}\"");
                }
            }

            if (id is not null && description is not null && left is not null && right is not null && op is not null)
            {
                rules.Add(new ConsistencyRule
                {
                    Id = id,
                    Description = description,
                    DescriptionVi = descriptionVi,
                    Left = left,
                    Operator = op.Value,
                    Right = right,
                    RightDenominator = denominator,
                    RightFactor = factor,
                    Importance = importance,
                    MissingValues = policy,
                });
            }
        }

        return rules;
    }
}
