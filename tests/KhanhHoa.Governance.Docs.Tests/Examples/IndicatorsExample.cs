#region usings
using KhanhHoa.Governance.Data;
using KhanhHoa.Governance.Indicators;
using NodaTime;
#endregion
using Xunit.Abstractions;

namespace KhanhHoa.Governance.Docs.Tests.Examples;

/// <summary>docs/indicators.md: the catalog, a target's evaluation, the 766 score, the consistency rules over report 87.</summary>
public sealed class IndicatorsExample(ITestOutputHelper output)
{
    [Fact]
    public void Finds_report_87s_twelve_contradictions()
    {
        #region example
        var log = new StringWriter();

        // 1. The catalog
        var catalog = GovernanceData.Default.Indicators;
        log.WriteLine($"{catalog.Indicators.Count} indicators, {catalog.Targets.Count} targets, {catalog.Indexes.Count} index");
        foreach (var target in catalog.TargetsFor("I766.TT.04"))
        {
            log.WriteLine($"  {target.Id}: {target.Comparator} {target.Value}% by \"{target.DeadlineText}\" ({target.DueDate}) — {target.Source.Document}");
        }

        // 2. Evaluate a target from rolled-up measures as of a date, with the monthly series for the projection
        var online80 = catalog.Targets.Single(t => t.Id == "3433.61.online");
        var measures = new Dictionary<string, long> { ["received"] = 61_250, ["received_online"] = 44_100 };
        SeriesPoint[] series = [new(new YearMonth(2025, 6), 64.2m), new(new YearMonth(2025, 7), 67.0m), new(new YearMonth(2025, 8), 69.5m)];
        var evaluation = catalog.Evaluate(online80, measures, new LocalDate(2025, 9, 15), series);
        log.WriteLine($"{online80.Id}: value {evaluation.Value}, threshold {evaluation.Threshold}, gap {evaluation.Gap}, projection {evaluation.Projection:0.00}, {evaluation.Status}");

        // 3. A 766 score from rolled-up numerators and denominators, in both forms
        var index = catalog.Index766!;
        var province = IndicatorDefinition.SumMeasures(
        [
            new Dictionary<string, long> { ["resolved"] = 900, ["resolved_on_time"] = 850, ["pending_end"] = 100, ["pending_overdue_end"] = 20, ["received"] = 1000, ["digitized"] = 700 },
            new Dictionary<string, long> { ["resolved"] = 100, ["resolved_on_time"] = 60, ["pending_end"] = 0, ["pending_overdue_end"] = 0, ["received"] = 100, ["digitized"] = 90 },
        ]);
        foreach (var form in new[] { IndexForm.Portal, IndexForm.Legal })
        {
            var score = index.Score(province, form);
            log.WriteLine($"766 ({form}): {score.Total:0.00}/{score.MaxTotal} = " + string.Join(" + ", score.Groups.Select(g => $"{g.Code} {g.Points:0.00}")));
        }

        // 4. The consistency rules over report 87's own figures
        var report = GovernanceData.Default.ReportFigures.Check();
        log.WriteLine($"{report.Document}: {report.Results.Count} rules, {report.Violations.Count} contradictions");
        foreach (var violation in report.Violations)
        {
            var figures = string.Join(", ", violation.Figures.Select(f => $"{f.Name}={f.Figure?.Text}"));
            log.WriteLine($"  [{violation.Rule.Importance}] {violation.Rule.Id}: {violation.Rule.Description}\n      {violation.Message}\n      {figures}");
        }

        foreach (var figure in report.UnusualReadings)
        {
            log.WriteLine($"  reading: {figure.Number.Explanation}");
        }
        #endregion

        output.WriteLine(log.ToString());
        Assert.Contains("3433.61.online: value 72", log.ToString(), StringComparison.Ordinal);   // 44.100 / 61.250
        Assert.Equal(12, report.Violations.Count);
    }
}
