namespace KhanhHoa.Governance.Indicators;

/// <summary>
/// A catalog of indicator definitions, the targets set on them, and composite indexes. The library ships the Khánh Hòa
/// catalog as <c>GovernanceData.Default.Indicators</c>: the standard dossier indicators of the 766 index and of the reporting forms, every
/// quantitative target stated in the five seed documents (with quote, document and deadline), the Resolution 66/NQ-CP
/// cut-back targets, and the 766 index in its portal (6-group) and legal (5-group) forms.
/// </summary>
/// <remarks>Another province loads its own catalog with <c>GovernanceDataLoader.LoadIndicatorCatalog</c>: every error of
/// the file is reported at once (JSON path, line, column) and nothing is loaded when there is one.</remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class IndicatorCatalog
{
    private readonly Dictionary<string, IndicatorDefinition> byCode;

    internal IndicatorCatalog(IReadOnlyList<IndicatorDefinition> indicators, IReadOnlyList<Target> targets, IReadOnlyList<CompositeIndex> indexes)
    {
        Indicators = indicators;
        Targets = targets;
        Indexes = indexes;
        byCode = indicators.ToDictionary(static i => i.Code, StringComparer.Ordinal);
    }

    /// <summary>The indicators, in file order.</summary>
    public IReadOnlyList<IndicatorDefinition> Indicators { get; }

    /// <summary>The targets, in file order.</summary>
    public IReadOnlyList<Target> Targets { get; }

    /// <summary>The composite indexes.</summary>
    public IReadOnlyList<CompositeIndex> Indexes { get; }

    /// <summary>The 766 index (code <c>I766</c>), when the catalog has it.</summary>
    public CompositeIndex? Index766 => Indexes.FirstOrDefault(static i => i.Code == "I766");

    /// <summary>Finds an indicator by code.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The indicator, or <see langword="null"/>.</returns>
    public IndicatorDefinition? Find(string code) => byCode.GetValueOrDefault(code);

    /// <summary>The targets set on an indicator.</summary>
    /// <param name="indicatorCode">The indicator's code.</param>
    /// <returns>The targets, in file order.</returns>
    public IEnumerable<Target> TargetsFor(string indicatorCode) => Targets.Where(t => t.IndicatorCode == indicatorCode);

    /// <summary>Evaluates a target of this catalog from rolled-up measures as of a date.</summary>
    /// <param name="target">The target.</param>
    /// <param name="measures">The measures of the target's scope.</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <param name="series">Monthly values for the projection.</param>
    /// <returns>The evaluation.</returns>
    /// <exception cref="ArgumentException">The target's indicator is not in the catalog.</exception>
    public TargetEvaluation Evaluate(Target target, IReadOnlyDictionary<string, long> measures, LocalDate asOf, IReadOnlyList<SeriesPoint>? series = null)
    {
        ArgumentNullException.ThrowIfNull(target);
        var indicator = Find(target.IndicatorCode) ?? throw new ArgumentException($"Indicator {target.IndicatorCode} is not in the catalog.", nameof(target));
        return TargetEvaluator.Evaluate(target, indicator, measures, asOf, series);
    }
}
