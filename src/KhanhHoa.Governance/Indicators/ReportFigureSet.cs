using System.Text;
using KhanhHoa.Governance.Json;

namespace KhanhHoa.Governance.Indicators;

/// <summary>A figure printed in a report, with its reading and where it stands.</summary>
/// <param name="Id">The figure's name, used by the rules.</param>
/// <param name="Number">The number as read (tolerantly) from <see cref="PrintedNumber.Text"/>.</param>
/// <param name="Label">What the figure counts.</param>
/// <param name="Section">Where it is printed.</param>
/// <param name="Quote">The words around it.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record ReportedFigure(string Id, PrintedNumber Number, string Label, string Section, string Quote);

/// <summary>The result of running a figure set's consistency rules.</summary>
/// <param name="Document">The report's number and symbol.</param>
/// <param name="Results">Every rule's result, in rule order.</param>
/// <param name="UnusualReadings">Figures not printed in the clean Vietnamese convention, with the reading chosen.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record ConsistencyReport(string Document, IReadOnlyList<RuleResult> Results, IReadOnlyList<ReportedFigure> UnusualReadings)
{
    /// <summary>The rules the figures violate: the report's contradictions.</summary>
    public IReadOnlyList<RuleResult> Violations => [.. Results.Where(static r => r.Outcome == RuleOutcome.Violated)];

    /// <summary>The rules that could not be checked.</summary>
    public IReadOnlyList<RuleResult> Skipped => [.. Results.Where(static r => r.Outcome == RuleOutcome.Skipped)];
}

/// <summary>
/// The figures of one report as a dataset, with the consistency rules that apply to them, so a host can list every
/// contradiction in the report's own figures. <see cref="Report87"/> is report 87/BC-BCĐ of 19/9/2025 (Project 06,
/// Khánh Hòa, period 16/8–15/9/2025).
/// </summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class ReportFigureSet
{
    /// <summary>The embedded resource name of report 87's figures.</summary>
    internal const string Report87ResourceName = "KhanhHoa.Governance.Data.report-87-figures.json";

    private static readonly Lazy<ReportFigureSet> Report87Set = new(() => EmbeddedJson.Load<ReportFigureSet>(Report87ResourceName, Load));

    private ReportFigureSet(string document, string title, LocalDate? issuedOn, string periodText, IReadOnlyList<ReportedFigure> figures, IReadOnlyList<ConsistencyRule> rules)
    {
        Document = document;
        Title = title;
        IssuedOn = issuedOn;
        PeriodText = periodText;
        Figures = figures;
        Rules = rules;
    }

    /// <summary>Report 87/BC-BCĐ (19/9/2025) of the Khánh Hòa Steering Committee, embedded.</summary>
    /// <exception cref="InvalidOperationException">The embedded data is invalid (a packaging bug).</exception>
    public static ReportFigureSet Report87 => Report87Set.Value;

    /// <summary>The report's number and symbol.</summary>
    public string Document { get; }

    /// <summary>The report's title.</summary>
    public string Title { get; }

    /// <summary>The date of issue.</summary>
    public LocalDate? IssuedOn { get; }

    /// <summary>The reporting period as printed.</summary>
    public string PeriodText { get; }

    /// <summary>The figures, in the order they appear.</summary>
    public IReadOnlyList<ReportedFigure> Figures { get; }

    /// <summary>The consistency rules over the figures.</summary>
    public IReadOnlyList<ConsistencyRule> Rules { get; }

    /// <summary>Runs every rule over the figures.</summary>
    /// <returns>The results, the violations and the unusual number readings.</returns>
    public ConsistencyReport Check()
    {
        var values = Figures.ToDictionary(static f => f.Id, static f => f.Number, StringComparer.Ordinal);
        return new ConsistencyReport(Document, [.. Rules.Select(r => r.Check(values))], [.. Figures.Where(static f => !f.Number.IsClean)]);
    }

    /// <summary>Loads a figure set from UTF-8 JSON; reports every error, and loads nothing when there is one.</summary>
    /// <param name="utf8Json">The JSON document.</param>
    /// <returns>The figure set, or all errors with their JSON path, line and column.</returns>
    public static InputResult<ReportFigureSet> Load(ReadOnlySpan<byte> utf8Json)
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

    /// <summary>Loads a figure set from a JSON string.</summary>
    /// <param name="json">The JSON document.</param>
    /// <returns>The figure set, or all errors.</returns>
    public static InputResult<ReportFigureSet> Load(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Load(Encoding.UTF8.GetBytes(json));
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
                figures.Add(new ReportedFigure(id, number.AsT0, label, section, quote));
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
