using KhanhHoa.Governance.Calendar;
using KhanhHoa.Governance.Data;
using KhanhHoa.Governance.Indicators;
using KhanhHoa.Governance.Reporting;
using KhanhHoa.Governance.Rollup;
using KhanhHoa.Governance.Sample.Cli;
using KhanhHoa.Governance.Sample.Demo;
using KhanhHoa.Governance.Sample.Pipeline;
using KhanhHoa.Governance.Submissions;
using KhanhHoa.Governance.Tasks;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace KhanhHoa.Governance.Sample.Tests;

// The report of the default run shows the core's judgements: each row's status is TargetEvaluator's and each task's
// TaskStatusEvaluator's on the same inputs, recomputed here from the run's rollup, the catalog, the submitted figures
// and the progress the units submitted.
public sealed class ReportStatusTest
{
    private static readonly Lazy<DefaultRun> Run = new(() => DefaultRun.Compose());

    [Fact]
    public void Every_indicator_row_has_the_status_and_projection_of_the_target_evaluator()
    {
        var run = Run.Value;
        var catalog = run.Data.Indicators;
        var months = run.Outcome.Result.Periods
            .Where(p => p.Period.Kind == ReportingPeriodKind.Month && p.Period.LastMonth <= run.Report.Period.LastMonth)
            .OrderBy(p => p.Period.LastMonth)
            .Select(p => (p.Period.LastMonth, Measures: RollupIndicators.ToDictionary(p.Find(run.RootCode)!.Measures)))
            .ToList();
        var judged = 0;
        // The rows computed from the dossiers; those made of submitted figures (the communes' SYNTHETIC parts) have their own test.
        var submitted = run.Data.DataSets.DataSets.SelectMany(static d => d.Elements).Select(static e => e.Measure).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var row in run.Report.Indicators.Where(r => r.Provenance != Provenance.Reported && !catalog.Find(r.Code)!.Measures.All(submitted.Contains)))
        {
            var definition = catalog.Find(row.Code)!;
            var target = catalog.TargetsFor(row.Code).FirstOrDefault(t => t.Scope.Kind == TargetScopeKind.Province && t.IsIssuedBy(run.AsOf));
            if (target is null)
            {
                Assert.Null(row.Status);
                continue;
            }

            var series = months.SkipLast(1)
                .Select(m => (m.LastMonth, Value: definition.Compute(m.Measures).Value))
                .Where(m => m.Value is not null)
                .Select(m => new SeriesPoint(m.LastMonth, definition.Round(m.Value!.Value)))
                .ToList();
            var expected = TargetEvaluator.Evaluate(target, definition, months[^1].Measures, run.AsOf, series);
            Assert.Equal(expected.Status, row.Status);
            Assert.Equal(expected.Projection, row.Target!.Projection);
            Assert.Equal(expected.Threshold, row.Target.Value);
            Assert.Equal(target.Comparator, row.Target.Comparator);
            judged++;
        }

        Assert.True(judged >= 2, "the default run judges at least two targets");
    }

    [Fact]
    public void Indicators_made_of_submitted_elements_are_computed_from_report_87s_figures_and_judged_by_the_evaluator()
    {
        var run = Run.Value;
        var catalog = run.Data.Indicators;
        var p06 = run.Data.DataSets.Find("P06.MONTHLY")!;
        var report87 = run.Submitted.Where(s => s.Submission.DataSet == p06).ToList();
        var tree = run.Data.OrgUnits.AsOf(report87[0].Submission.Submission.Period.End);
        var measures = SubmittedIndicators.Measures(SubmissionAggregation.Aggregate(p06, report87.Select(static s => s.Submission), tree, run.RootCode));
        var rows = run.Report.Indicators.Where(r => catalog.Find(r.Code)!.Measures.All(measures.ContainsKey)).ToList();
        Assert.Equal(["I766.TT.02", "CASH.PEN.01", "CASH.SOC.01"], rows.Select(static r => r.Code));
        foreach (var row in rows)
        {
            var definition = catalog.Find(row.Code)!;
            var value = definition.Compute(name => measures.TryGetValue(name, out var v) ? v : null).Value;
            Assert.Equal(definition.Round(value!.Value), row.Value);
            // Social assistance is paid by the communes, whose parts in the default run are SYNTHETIC.
            Assert.Equal(row.Code == "CASH.SOC.01" ? Provenance.Synthetic : Provenance.Reported, row.Provenance);
            var target = catalog.TargetsFor(row.Code).FirstOrDefault(t => t.Scope.Kind == TargetScopeKind.Province && t.IsIssuedBy(run.AsOf));
            Assert.Equal(target is null ? null : TargetEvaluator.Evaluate(target, definition, value, run.AsOf).Status, row.Status);
        }
    }

    // The golden test of issue 14: composed from report 87's printed figures as their owners' submissions, the report
    // prints every one of the 158 figures, with its printed value, under the subsection of section I where report 87
    // prints it (a footnote's figures where the footnote hangs), in a sentence or a table. The value is the printed
    // number in the report's Vietnamese form: "06" prints 6, "90.31%" 90,31% and "24,765" 24.765, as report 87 meant them.
    [Fact]
    public void Every_figure_of_report_87_is_shown_with_its_printed_value_in_its_subsection_of_section_I()
    {
        var run = Run.Value;
        var p06 = run.Data.DataSets.Find("P06.MONTHLY")!;
        var printed = SectionIFigures.ByGroup(ReportDocumentComposer.Compose(run.Report));
        var layout = ReportIndicatorSection.Project06Layout(run.Data.Indicators);
        var rows = run.Report.IndicatorGroups.SelectMany(static g => g.Figures).ToList();
        Assert.Equal(158, run.Data.ReportFigures!.Figures.Count);
        foreach (var figure in run.Data.ReportFigures.Figures)
        {
            var element = p06.FindElement(figure.Id)!;
            var group = layout.Single(g => g.Takes(element.Section)).Code;

            // The row is the figure's own, its rate's (numerator and denominator print with the rate) or its period
            // figure's (a running total prints beside it).
            var row = rows.Single(r => r.Code == figure.Id || r.Parts.Any(p => p.Code == figure.Id) || (element.CumulativeOf == r.Code));
            Assert.Equal(group, row.Group);
            // A rate of many owners' parts is computed from them (SubmissionAggregationTest), not sent as printed.
            if (element.Aggregation != ElementAggregation.Ratio)
            {
                var text = VietnameseNumber.Format(figure.Number.Value, figure.Number.Decimals) + (element.Unit == UnitOfMeasure.Percent ? "%" : string.Empty);
                Assert.True(printed[group].Any(f => f.Text == text), $"{figure.Id} ({figure.Section}): {text} is not printed under {group}");
            }

            // Sent by its owner, or by every commune, ward and the special zone as SYNTHETIC parts.
            var owners = p06.OwnersOf(element);
            Assert.Equal(owners.Kinds.Count == 0 ? [run.Data.OrgUnits.Find(owners.Codes.Single())!.Name] : ["48 xã", "16 phường", "1 đặc khu"], row.ReportedBy);
            Assert.Equal(owners.Kinds.Count == 0 ? Provenance.Reported : Provenance.Synthetic, row.Provenance);
        }
    }

    // Section II: each difficulty the units submitted is one item, naming every unit that raised it, once.
    [Fact]
    public void Section_II_has_each_submitted_difficulty_once_with_every_unit_that_raised_it()
    {
        var run = Run.Value;
        var raised = run.Submitted
            .SelectMany(s => s.Submission.Submission.Difficulties.Select(d => (Difficulty: d, Unit: run.Outcome.Current.Find(s.Submission.Submission.UnitCode)?.Unit.Name)))
            .ToList();
        Assert.NotEmpty(raised);
        Assert.Equal(raised.Select(r => r.Difficulty).Distinct().Count(), run.Report.Difficulties.Count);
        foreach (var item in run.Report.Difficulties)
        {
            var units = raised.Where(r => r.Difficulty.Topic == item.Topic && r.Difficulty.Text == item.Text).Select(r => r.Unit).Distinct();
            Assert.Equal(units, item.RaisedBy);
        }
    }

    // Section III looks ahead: every open task due in the next period, in the administrative phrasing, and never one due
    // on or before the period's end.
    [Fact]
    public void Section_III_lists_the_open_tasks_due_in_the_next_period_and_none_already_due()
    {
        var run = Run.Value;
        var (end, next) = (run.Report.Period.End, run.Report.Period.Next().End);
        var derived = run.Report.Priorities.Where(static p => p.Source == PrioritySource.TaskDueNextPeriod).ToList();
        var expected = run.Report.Tasks.Tasks
            .Where(t => t.Status.DueDate is { } due && due > end && due <= next && t.Status.Status is PlanTaskStatus.InProgressWithinDeadline or PlanTaskStatus.DueSoon)
            .Select(static t => t.Id);
        Assert.NotEmpty(derived);
        Assert.Equal(expected.Order(StringComparer.Ordinal), derived.Select(static p => p.Reference!).Order(StringComparer.Ordinal));
        Assert.All(derived, p => Assert.StartsWith("Khẩn trương hoàn thành nhiệm vụ “", p.Text, StringComparison.Ordinal));
        Assert.DoesNotContain(run.Report.Priorities, p => p.DueBy is { } due && due <= end);
    }

    private static string Block(string markdown, string heading)
    {
        var start = markdown.IndexOf(heading + "\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no heading {heading}");
        var end = markdown.IndexOf("\n#", start + heading.Length, StringComparison.Ordinal);
        return markdown[start..(end < 0 ? markdown.Length : end)];
    }

    [Fact]
    public void Every_task_has_the_status_of_the_task_status_evaluator_on_the_injected_calendar()
    {
        var run = Run.Value;
        var options = new TaskStatusOptions { Calendar = run.Calendar };
        var expected = run.Data.Plans
            .Where(plan => plan.Directive.IssuedOn is not { } issued || issued <= run.AsOf)
            .SelectMany(plan => TaskStatusEvaluator.EvaluatePlan(plan, run.Progress(plan), run.AsOf, options).Select(status => (Plan: plan.Id, status)))
            .Where(task => task.status.Status != PlanTaskStatus.Cancelled)
            .ToList();
        var shown = run.Report.Tasks;

        Assert.Equal(expected.Select(t => (t.Plan, t.status.TaskId, t.status.Status)), shown.Tasks.Select(t => (t.Plan, t.Id, t.Status.Status)));
        Assert.Equal(
            expected.Where(t => t.status.Status == PlanTaskStatus.Overdue).Select(t => (t.Plan, t.status.TaskId, run.Calendar.WorkingDaysBetween(t.status.DueDate!.Value, run.AsOf))).Order(),
            shown.Overdue.Select(t => (t.Plan, t.Id, t.WorkingDaysLate)).Order());
        Assert.Equal(
            expected.Where(t => t.status.Status == PlanTaskStatus.DueSoon).Select(t => (t.Plan, t.status.TaskId)).Order(),
            shown.DueSoon.Select(t => (t.Plan, t.Id)).Order());
        Assert.Equal(TaskRates.Count(expected.Select(t => t.status.Status)).OpenOverdue, shown.Total.OpenOverdue);
    }
}
