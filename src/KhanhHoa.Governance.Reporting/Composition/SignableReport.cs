namespace KhanhHoa.Governance.Reporting;

// The signable copy of a composed report (ReportPurpose.Signable): what an office signs states only what its units
// reported. Everything else is taken out here, once, so that no writer has to decide what a signable report may show.
internal static class SignableReport
{
    // The one rule of a signable report: a figure is signed only when a unit reported it.
    public static bool Signs(Provenance provenance) => provenance == Provenance.Reported;

    public static MonthlyReport Of(MonthlyReport review)
    {
        // An indicator row is the engine's computation with the core's judgement of its target: only one made of the
        // units' reported figures stays, without the judgement (the office judges). A figure not reported keeps its place
        // with no value, for the office to fill as report 87's officials do ("…").
        var groups = review.IndicatorGroups.Select(group => group with
        {
            Rows = [.. group.Rows.Where(row => Signs(row.Provenance)).Select(static row => row with { Target = null, NoTargetReason = null })],
            Figures = [.. group.Figures.Select(static figure => Signs(figure.Provenance) ? figure : ToFill(figure))],
        });
        var tasks = Signs(review.Tasks.Provenance) ? review.Tasks : NoTasks;

        // Section III keeps the office's own items and the reported tasks due next period; "target not met" is a judgement.
        var priorities = review.Priorities.Where(item => item.Source switch
        {
            PrioritySource.Manual => true,
            PrioritySource.TaskDueNextPeriod => Signs(review.Tasks.Provenance),
            _ => false,
        });
        return review with
        {
            Purpose = ReportPurpose.Signable,
            Units = Signs(review.UnitsProvenance) ? review.Units : [],
            UnitsProvenance = Provenance.Reported,
            IndicatorGroups = [.. groups],
            Tasks = tasks,
            Violations = [],
            Completeness = Signs(review.Completeness.Provenance) ? review.Completeness : ToFill(review.Completeness),
            Priorities = [.. priorities],
            Difficulties = [.. review.Difficulties.Where(static d => Signs(d.Provenance))],
            UnitTexts = [.. review.UnitTexts.Where(static t => Signs(t.Provenance))],
            Indexes = [.. review.Indexes.Where(static i => Signs(i.Provenance))],
        };
    }

    private static readonly TaskSection NoTasks = new(TaskCounts.Of([]), [], [], [], [], [], Provenance.Reported);

    // Receipts that mix in synthetic submissions are not stated: the units line and the totals go; each data set whose
    // receipts are all real keeps its row, the others keep their place with nothing in it.
    private static ReportingCompleteness ToFill(ReportingCompleteness completeness) =>
        new([], Provenance.Reported)
        {
            DataSets = [.. completeness.DataSets.Select(static d => Signs(d.Provenance) ? d : d with { Rate = null, Provenance = Provenance.Reported })],
        };

    private static FigureRow ToFill(FigureRow figure) =>
        figure with { Value = null, Cumulative = null, Parts = [], ReportedBy = [], ReportingUnits = [], Provenance = Provenance.Reported };
}
