using System.Globalization;

namespace KhanhHoa.Governance.Indicators;

/// <summary>
/// Evaluates targets as of a date: the value, the step (milestone or final) that applies, the gap, a status, and a
/// projection to the step's deadline from the monthly series.
/// </summary>
/// <remarks>
/// <para><b>Step.</b> The applicable step is the first one (in date order) whose due date is on or after the
/// evaluation date; when all have passed, the last. Targets without a due date (continuous duties, deadlines set by
/// another body) are judged on the value alone: met is <see cref="TargetStatus.Achieved"/>, not met is
/// <see cref="TargetStatus.AtRisk"/>.</para>
/// <para><b>Status.</b> Met (after rounding to the indicator's decimals) → achieved. Otherwise, after the due date →
/// missed; before it → the projection decides: on track when the projected value meets the threshold, at risk when not,
/// not yet due when fewer than two monthly values up to the evaluation date exist.</para>
/// <para><b>Projection method.</b> Ordinary least-squares line through the last <see cref="ProjectionWindow"/> monthly
/// values on or before the evaluation month (x = month index), evaluated at the step's due month. No clamping.
/// Because the last point has a positive weight in a least-squares forecast beyond the mean month, a higher last value
/// never lowers the projection: the status is monotone in the value for a fixed target.</para>
/// </remarks>
/// <threadsafety>Stateless; safe to use from any thread.</threadsafety>
public static class TargetEvaluator
{
    /// <summary>The number of most recent monthly values the projection uses.</summary>
    public const int ProjectionWindow = 6;

    /// <summary>
    /// The target an indicator is judged against in a period: the first province-wide one, in the catalog's order, that
    /// was issued by <paramref name="asOf"/> (<see cref="Target.IsIssuedBy"/>) and is stated for the period's year
    /// (<see cref="Target.IsStatedFor"/>).
    /// </summary>
    /// <param name="targets">The indicator's targets (<see cref="IndicatorCatalog.TargetsFor"/>).</param>
    /// <param name="year">The year of the period judged.</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <returns>The target, or <see langword="null"/> when none applies: see <see cref="NoTargetReason"/>.</returns>
    public static Target? TargetFor(IEnumerable<Target> targets, int year, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(targets);
        return targets.FirstOrDefault(t => t.Scope.Kind == TargetScopeKind.Province && t.IsIssuedBy(asOf) && t.IsStatedFor(year));
    }

    /// <summary>
    /// Why an indicator with province-wide targets has none to be judged against in a year, in the words a report
    /// prints ("chưa có chỉ tiêu năm 2026"); <see langword="null"/> when one applies or when the indicator has no
    /// province-wide target at all (a monitoring-only indicator).
    /// </summary>
    /// <param name="targets">The indicator's targets.</param>
    /// <param name="year">The year of the period judged.</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <returns>The reason, or <see langword="null"/>.</returns>
    public static string? NoTargetReason(IEnumerable<Target> targets, int year, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(targets);
        var province = targets.Where(static t => t.Scope.Kind == TargetScopeKind.Province).ToList();
        // A target of the year issued only after the date is not one yet either.
        return province.Count == 0 || TargetFor(province, year, asOf) is not null ? null
            : string.Create(CultureInfo.InvariantCulture, $"chưa có chỉ tiêu năm {year}");
    }

    /// <summary>Evaluates a target from a value and, optionally, the monthly series that led to it.</summary>
    /// <param name="target">The target.</param>
    /// <param name="indicator">The indicator (for rounding and direction).</param>
    /// <param name="value">The current value, unrounded, or <see langword="null"/> when there is none.</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <param name="series">Monthly values for the projection; the current value stands for the evaluation month when the series lacks it.</param>
    /// <returns>The evaluation.</returns>
    public static TargetEvaluation Evaluate(Target target, IndicatorDefinition indicator, decimal? value, LocalDate asOf, IReadOnlyList<SeriesPoint>? series = null)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(indicator);
        var step = CurrentStep(target, asOf);
        if (value is not { } raw)
        {
            return new TargetEvaluation(target, asOf, null, step.Value, step.DeadlineText, step.DueDate, null, TargetStatus.NoData, null);
        }

        var rounded = indicator.Round(raw);
        var gap = target.Gap(rounded, step.Value);
        if (target.Meets(rounded, step.Value))
        {
            return new TargetEvaluation(target, asOf, rounded, step.Value, step.DeadlineText, step.DueDate, gap, TargetStatus.Achieved, null);
        }

        if (step.DueDate is not { } due)
        {
            return new TargetEvaluation(target, asOf, rounded, step.Value, step.DeadlineText, null, gap, TargetStatus.AtRisk, null);
        }

        if (asOf > due)
        {
            return new TargetEvaluation(target, asOf, rounded, step.Value, step.DeadlineText, due, gap, TargetStatus.Missed, null);
        }

        var projection = Project(series ?? [], new SeriesPoint(new YearMonth(asOf.Year, asOf.Month), raw), new YearMonth(due.Year, due.Month));
        var status = projection switch
        {
            null => TargetStatus.NotYetDue,
            { } p when target.Meets(indicator.Round(p), step.Value) => TargetStatus.OnTrack,
            _ => TargetStatus.AtRisk,
        };
        return new TargetEvaluation(target, asOf, rounded, step.Value, step.DeadlineText, due, gap, status, projection);
    }

    /// <summary>Evaluates a target from measures (one unit and period, or already rolled up).</summary>
    /// <param name="target">The target.</param>
    /// <param name="indicator">The indicator the target is set on.</param>
    /// <param name="measures">The measures.</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <param name="series">Monthly values for the projection.</param>
    /// <returns>The evaluation.</returns>
    public static TargetEvaluation Evaluate(Target target, IndicatorDefinition indicator, IReadOnlyDictionary<string, long> measures, LocalDate asOf, IReadOnlyList<SeriesPoint>? series = null)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return Evaluate(target, indicator, indicator.Compute(measures).Value, asOf, series);
    }

    /// <summary>Projects a monthly series to a month with a least-squares line through its last <see cref="ProjectionWindow"/> points.</summary>
    /// <param name="series">The monthly values; later points replace earlier ones of the same month.</param>
    /// <param name="current">The latest value, which replaces any series point of its month and drops later ones.</param>
    /// <param name="toMonth">The month to project to.</param>
    /// <returns>The projected value, or <see langword="null"/> with fewer than two distinct months.</returns>
    public static decimal? Project(IReadOnlyList<SeriesPoint> series, SeriesPoint current, YearMonth toMonth)
    {
        ArgumentNullException.ThrowIfNull(series);
        var byMonth = new SortedDictionary<YearMonth, decimal>();
        foreach (var point in series)
        {
            if (point.Month < current.Month)
            {
                byMonth[point.Month] = point.Value;
            }
        }

        byMonth[current.Month] = current.Value;
        var points = byMonth.Skip(Math.Max(0, byMonth.Count - ProjectionWindow)).ToList();
        if (points.Count < 2)
        {
            return null;
        }

        var origin = points[0].Key;
        var xs = points.Select(p => (decimal)MonthsBetween(origin, p.Key)).ToList();
        var ys = points.Select(static p => p.Value).ToList();
        var meanX = xs.Average();
        var meanY = ys.Average();
        decimal sxx = 0m, sxy = 0m;
        for (var i = 0; i < xs.Count; i++)
        {
            sxx += (xs[i] - meanX) * (xs[i] - meanX);
            sxy += (xs[i] - meanX) * (ys[i] - meanY);
        }

        var slope = sxy / sxx;
        return meanY + (slope * (MonthsBetween(origin, toMonth) - meanX));
    }

    private static TargetMilestone CurrentStep(Target target, LocalDate asOf)
    {
        var steps = target.Steps.ToList();
        return steps.FirstOrDefault(s => s.DueDate is { } d && d >= asOf) ?? steps[^1];
    }

    private static int MonthsBetween(YearMonth from, YearMonth to) => ((to.Year - from.Year) * 12) + to.Month - from.Month;
}
