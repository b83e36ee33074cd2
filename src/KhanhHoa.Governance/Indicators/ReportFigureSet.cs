using System.Diagnostics.CodeAnalysis;

namespace KhanhHoa.Governance.Indicators;

/// <summary>A figure printed in a report, with its reading and where it stands.</summary>
/// <param name="Id">The figure's name, used by the rules.</param>
/// <param name="Number">The number as read (tolerantly) from <see cref="PrintedNumber.Text"/>.</param>
/// <param name="Label">What the figure counts (English).</param>
/// <param name="Section">Where it is printed: <c>I.4.a</c> for a section, <c>footnote 12</c> for a footnote.</param>
/// <param name="Quote">The words around it.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record ReportedFigure(string Id, PrintedNumber Number, string Label, string Section, string Quote)
{
    private readonly string? labelVi;

    /// <summary>What the figure counts, in Vietnamese, without the unit (a rate prints its <c>%</c>); <see cref="Label"/> when the file gives none.</summary>
    [AllowNull]
    public string LabelVi
    {
        get => labelVi ?? Label;
        init => labelVi = value;
    }
}

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
/// contradiction in the report's own figures. The library ships report 87/BC-BCĐ of 19/9/2025 (Project 06, Khánh Hòa,
/// period 16/8–15/9/2025) as <c>GovernanceData.Default.ReportFigures</c>; hosts load others with
/// <c>GovernanceDataLoader.LoadReportFigures</c>.
/// </summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class ReportFigureSet
{
    internal ReportFigureSet(string document, string title, LocalDate? issuedOn, string periodText, IReadOnlyList<ReportedFigure> figures, IReadOnlyList<ConsistencyRule> rules)
    {
        Document = document;
        Title = title;
        IssuedOn = issuedOn;
        PeriodText = periodText;
        Figures = figures;
        Rules = rules;
    }

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
}
