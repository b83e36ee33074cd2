namespace KhanhHoa.Governance.Indicators;

/// <summary>What a component scores when its denominator is zero (the 766 portal differs per component).</summary>
public enum ZeroDenominatorPoints
{
    /// <summary>Zero points (766 component 5.4).</summary>
    Zero,

    /// <summary>The component's maximum (766 components 5.2 and 5.3).</summary>
    Full,

    /// <summary>The component is left out: no points and its maximum does not count.</summary>
    NotScored,
}

/// <summary>Which grouping of a composite index to report.</summary>
public enum IndexForm
{
    /// <summary>The groups as the national portal computes them (6 groups for the 766 index).</summary>
    Portal,

    /// <summary>The groups of the legal text (5 groups of Decision 766/QĐ-TTg).</summary>
    Legal,
}

/// <summary>
/// One scored component of a composite index: a ratio over measures and its points rule
/// <c>points = min(MaxPoints, R ÷ FullAt × MaxPoints)</c>, R in [0, 1].
/// </summary>
/// <remarks><see cref="FullAt"/> = 1 is the linear rule "R × Pmax"; 0,8 is "full points at ≥ 80 %, else R × Pmax ÷ 80 %".</remarks>
/// <param name="Code">The component's code, e.g. <c>2.1</c>.</param>
/// <param name="NameVi">The Vietnamese name.</param>
/// <param name="Numerator">The numerator over measures.</param>
/// <param name="Denominator">The denominator over measures.</param>
/// <param name="MaxPoints">The maximum points.</param>
/// <param name="FullAt">The ratio (0–1] at which the full points are reached.</param>
/// <param name="WhenNoDenominator">The points when the denominator is zero.</param>
/// <param name="Note">Where the rule comes from, and how sure it is.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record IndexComponent(
    string Code,
    string NameVi,
    MeasureExpression Numerator,
    MeasureExpression Denominator,
    decimal MaxPoints,
    decimal FullAt,
    ZeroDenominatorPoints WhenNoDenominator,
    string? Note = null);

/// <summary>A group of components with a cap on its points.</summary>
/// <param name="Code">The group's code (the portal's code for the 766 index: CKMB, TDGQ …).</param>
/// <param name="NameVi">The Vietnamese name.</param>
/// <param name="MaxPoints">The cap.</param>
/// <param name="LegalGroup">The code of the legal group it belongs to.</param>
/// <param name="Components">The components.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record IndexGroup(string Code, string NameVi, decimal MaxPoints, string LegalGroup, IReadOnlyList<IndexComponent> Components);

/// <summary>A group of the legal form, into which portal groups map.</summary>
/// <param name="Code">The code.</param>
/// <param name="NameVi">The Vietnamese name.</param>
/// <param name="MaxPoints">The maximum points.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record LegalIndexGroup(string Code, string NameVi, decimal MaxPoints);

/// <summary>A component's score.</summary>
/// <param name="Code">The component code.</param>
/// <param name="Ratio">R = numerator ÷ denominator, or <see langword="null"/> when the denominator is zero.</param>
/// <param name="Points">The points.</param>
/// <param name="MaxPoints">The maximum counted (0 when not scored).</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record ComponentScore(string Code, decimal? Ratio, decimal Points, decimal MaxPoints);

/// <summary>A group's score: the sum of its components, capped at the group maximum.</summary>
/// <param name="Code">The group code.</param>
/// <param name="Points">The points.</param>
/// <param name="MaxPoints">The maximum.</param>
/// <param name="Components">The component scores (empty for legal groups).</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record GroupScore(string Code, decimal Points, decimal MaxPoints, IReadOnlyList<ComponentScore> Components);

/// <summary>A composite score, with its groups in the requested form.</summary>
/// <param name="IndexCode">The index code.</param>
/// <param name="Form">The grouping reported.</param>
/// <param name="Total">The total points.</param>
/// <param name="MaxTotal">The maximum total.</param>
/// <param name="Groups">The group scores.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record CompositeScore(string IndexCode, IndexForm Form, decimal Total, decimal MaxTotal, IReadOnlyList<GroupScore> Groups);

/// <summary>
/// A composite index as configuration — groups, components, maximum points and thresholds — scored from rolled-up
/// numerators and denominators, never from averaged scores. The 766 index (Decision 766/QĐ-TTg of 23/6/2022) is the
/// default instance (<see cref="IndicatorCatalog.Index766"/>); its points and rules are the portal's, reverse-engineered
/// by third parties, so they are data a host can replace.
/// </summary>
/// <remarks>To score a province, sum the measures of its units first (<see cref="IndicatorDefinition.SumMeasures"/>):
/// Decision 766 computes province values "trên hồ sơ" (on pooled dossiers).</remarks>
/// <param name="Code">The index code.</param>
/// <param name="NameVi">The Vietnamese name.</param>
/// <param name="Groups">The portal groups.</param>
/// <param name="LegalGroups">The legal groups the portal groups map into.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record CompositeIndex(string Code, string NameVi, IReadOnlyList<IndexGroup> Groups, IReadOnlyList<LegalIndexGroup> LegalGroups)
{
    /// <summary>The maximum total: the sum of the group caps.</summary>
    public decimal MaxTotal => Groups.Sum(static g => g.MaxPoints);

    /// <summary>The counters the index is computed from: every measure of its components, in component order.</summary>
    public IReadOnlyList<string> Counters =>
        [.. Groups.SelectMany(static g => g.Components).SelectMany(static c => c.Numerator.Measures.Concat(c.Denominator.Measures)).Distinct(StringComparer.Ordinal)];

    /// <summary>
    /// Scores the measures when every counter is among them (dossier measures rolled up, the others submitted), and
    /// gives no score otherwise: an absent counter is "chưa có số liệu", never a zero that lowers the total.
    /// </summary>
    /// <param name="measures">The measures of the unit and period.</param>
    /// <param name="form">The grouping to report.</param>
    /// <returns>The score, or <see langword="null"/> with a counter absent.</returns>
    public CompositeScore? ScoreWhenReported(IReadOnlyDictionary<string, long> measures, IndexForm form = IndexForm.Portal)
    {
        ArgumentNullException.ThrowIfNull(measures);
        return Counters.All(measures.ContainsKey) ? Score(measures, form) : null;
    }

    /// <summary>Scores rolled-up measures; measures that are absent count as zero.</summary>
    /// <param name="measures">The measures of the unit and period, summed over its sub-units first.</param>
    /// <param name="form">The grouping to report.</param>
    /// <returns>The score.</returns>
    public CompositeScore Score(IReadOnlyDictionary<string, long> measures, IndexForm form = IndexForm.Portal)
    {
        ArgumentNullException.ThrowIfNull(measures);
        var ignored = new List<string>();
        decimal? Lookup(string name) => measures.TryGetValue(name, out var v) ? v : 0m;
        var groups = new List<GroupScore>(Groups.Count);
        foreach (var group in Groups)
        {
            var components = group.Components.Select(c => ScoreComponent(c, c.Numerator.Evaluate(Lookup, ignored), c.Denominator.Evaluate(Lookup, ignored))).ToList();
            var maxCounted = Math.Min(group.MaxPoints, components.Sum(static c => c.MaxPoints));
            groups.Add(new GroupScore(group.Code, Math.Min(maxCounted, components.Sum(static c => c.Points)), maxCounted, components));
        }

        if (form == IndexForm.Legal)
        {
            groups = [.. LegalGroups.Select(legal =>
            {
                var members = groups.Where(g => Groups.First(x => x.Code == g.Code).LegalGroup == legal.Code).ToList();
                return new GroupScore(legal.Code, members.Sum(static g => g.Points), Math.Min(legal.MaxPoints, members.Sum(static g => g.MaxPoints)), []);
            })];
        }

        return new CompositeScore(Code, form, groups.Sum(static g => g.Points), groups.Sum(static g => g.MaxPoints), groups);
    }

    private static ComponentScore ScoreComponent(IndexComponent component, decimal numerator, decimal denominator)
    {
        if (denominator == 0m)
        {
            return component.WhenNoDenominator switch
            {
                ZeroDenominatorPoints.Full => new ComponentScore(component.Code, null, component.MaxPoints, component.MaxPoints),
                ZeroDenominatorPoints.Zero => new ComponentScore(component.Code, null, 0m, component.MaxPoints),
                _ => new ComponentScore(component.Code, null, 0m, 0m),
            };
        }

        var ratio = Math.Clamp(numerator / denominator, 0m, 1m);
        var points = Math.Min(component.MaxPoints, ratio / component.FullAt * component.MaxPoints);
        return new ComponentScore(component.Code, ratio, points, component.MaxPoints);
    }
}
