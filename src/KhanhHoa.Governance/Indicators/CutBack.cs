namespace KhanhHoa.Governance.Indicators;

/// <summary>
/// Parameters of the compliance-cost formula (chi phí tuân thủ TTHC): hours per working day and average income per hour.
/// </summary>
/// <remarks>
/// The method is that of Circular 02/2017/TT-VPCP on the control of administrative procedures, as applied for
/// Resolution 66/NQ-CP (e.g. Đồng Nai Decision 2816/QĐ-UBND of 20/11/2025: 40.000 đ/hour, "bình quân thu nhập năm
/// 2024 của Tổng cục Thống kê"). Both parameters are configuration: the income rate changes every year.
/// </remarks>
/// <param name="HoursPerWorkingDay">Hours in a working day (8).</param>
/// <param name="HourlyIncome">Average income per hour, in đồng.</param>
/// <param name="Source">Where the income rate comes from.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record ComplianceCostParameters(decimal HoursPerWorkingDay, decimal HourlyIncome, string Source)
{
    /// <summary>8 hours a day at 40.000 đ/hour, the 2024 average used by Đồng Nai Decision 2816/QĐ-UBND (20/11/2025).</summary>
    public static ComplianceCostParameters DongNai2024 { get; } =
        new(8m, 40_000m, "Đồng Nai 2816/QĐ-UBND (20/11/2025): bình quân thu nhập năm 2024 của Tổng cục Thống kê");
}

/// <summary>One procedure's burden at one point in time: its statutory processing time, volume and fees.</summary>
/// <param name="ProcedureCode">The procedure's code.</param>
/// <param name="WorkingDays">Statutory processing time, in working days.</param>
/// <param name="DossiersPerYear">Dossiers filed per year.</param>
/// <param name="FeesPerDossier">Fees and charges per dossier, in đồng.</param>
/// <param name="OtherCostsPerDossier">Other costs per dossier (copies, travel …), in đồng.</param>
/// <threadsafety>Immutable value type; safe to share between threads.</threadsafety>
public readonly record struct ProcedureBurden(string ProcedureCode, decimal WorkingDays, decimal DossiersPerYear, decimal FeesPerDossier = 0m, decimal OtherCostsPerDossier = 0m);

/// <summary>A reduction against a baseline: baseline, current, and the cut as a percentage of the baseline.</summary>
/// <param name="Baseline">The baseline total (2024 for Resolution 66/NQ-CP).</param>
/// <param name="Current">The current total.</param>
/// <threadsafety>Immutable value type; safe to share between threads.</threadsafety>
public readonly record struct CutBackResult(decimal Baseline, decimal Current)
{
    /// <summary>Baseline minus current.</summary>
    public decimal Reduction => Baseline - Current;

    /// <summary>The cut in percent of the baseline, or <see langword="null"/> when the baseline is zero.</summary>
    public decimal? CutPercent => Baseline == 0m ? null : 100m * Reduction / Baseline;
}

/// <summary>
/// Cut-backs of Resolution 66/NQ-CP (26/3/2025): at least 30 % of processing time, compliance cost and business
/// conditions in 2025, and 50 % of time and cost in 2026, against the 2024 baseline.
/// </summary>
/// <remarks>
/// Time: cut % = Σ(T_before − T_after) ÷ Σ T_before, T in statutory working days. Cost per procedure and year =
/// (working days × hours per day × hourly income + fees + other costs) × dossiers per year; cut % = (C_before − C_after) ÷ C_before.
/// Conditions: cut % = conditions abolished ÷ conditions in scope. Example (Đồng Nai 2816/QĐ-UBND): 10 → 9 working days
/// at 40.000 đ/hour and 10 dossiers a year is 32.000.000 → 28.800.000 đ, a 10 % cut.
/// </remarks>
/// <threadsafety>Stateless; safe to use from any thread.</threadsafety>
public static class CutBack
{
    /// <summary>The compliance cost of one procedure per year.</summary>
    /// <param name="burden">The procedure's time, volume and fees.</param>
    /// <param name="parameters">Hours per day and hourly income.</param>
    /// <returns>The cost in đồng per year.</returns>
    public static decimal ComplianceCost(ProcedureBurden burden, ComplianceCostParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var timeCost = burden.WorkingDays * parameters.HoursPerWorkingDay * parameters.HourlyIncome;
        return (timeCost + burden.FeesPerDossier + burden.OtherCostsPerDossier) * burden.DossiersPerYear;
    }

    /// <summary>The processing-time cut over a set of procedures (statutory working days, summed).</summary>
    /// <param name="procedures">Each procedure's baseline and current burden.</param>
    /// <returns>The summed baseline and current days.</returns>
    public static CutBackResult ProcessingTime(IEnumerable<(ProcedureBurden Baseline, ProcedureBurden Current)> procedures)
    {
        ArgumentNullException.ThrowIfNull(procedures);
        decimal before = 0m, after = 0m;
        foreach (var (baseline, current) in procedures)
        {
            before += baseline.WorkingDays;
            after += current.WorkingDays;
        }

        return new CutBackResult(before, after);
    }

    /// <summary>The compliance-cost cut over a set of procedures.</summary>
    /// <param name="procedures">Each procedure's baseline and current burden.</param>
    /// <param name="parameters">Hours per day and hourly income (the same for both years, so only the procedure changes count).</param>
    /// <returns>The summed baseline and current costs.</returns>
    public static CutBackResult ComplianceCost(IEnumerable<(ProcedureBurden Baseline, ProcedureBurden Current)> procedures, ComplianceCostParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(procedures);
        decimal before = 0m, after = 0m;
        foreach (var (baseline, current) in procedures)
        {
            before += ComplianceCost(baseline, parameters);
            after += ComplianceCost(current, parameters);
        }

        return new CutBackResult(before, after);
    }

    /// <summary>The business-condition cut: conditions abolished out of those in scope.</summary>
    /// <param name="conditionsInScope">Business and investment conditions reviewed.</param>
    /// <param name="conditionsAbolished">Conditions abolished or simplified.</param>
    /// <returns>The cut, with the baseline = conditions in scope.</returns>
    public static CutBackResult BusinessConditions(long conditionsInScope, long conditionsAbolished) =>
        new(conditionsInScope, conditionsInScope - conditionsAbolished);
}
