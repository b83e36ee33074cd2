using KhanhHoa.Governance.Reporting.Documents;
using static KhanhHoa.Governance.Reporting.DocumentParts;

namespace KhanhHoa.Governance.Reporting;

// The task section, numbered after section I's last part: the core's 2×2 counts as a sentence, by plan and by lead
// agency, the overdue tasks with their working days late and the tasks due soon. A signable report has it only when
// the units reported the progress.
internal static class TasksComposer
{
    private static readonly ColumnKind[] CountKinds = [ColumnKind.Text, .. Enumerable.Repeat(ColumnKind.Figure, ReportText.CountColumns.Length)];

    // The plan column holds the plan's document in words ("Công văn số …/UBND-KGVX"), not a code.
    private static readonly ColumnKind[] OverdueKinds =
        [ColumnKind.Code, ColumnKind.Text, ColumnKind.Text, ColumnKind.Text, ColumnKind.Date, ColumnKind.Figure, ColumnKind.Source];

    private static readonly ColumnKind[] DueSoonKinds = [ColumnKind.Code, ColumnKind.Text, ColumnKind.Text, ColumnKind.Text, ColumnKind.Date, ColumnKind.Source];

    public static IEnumerable<DocumentBlock> Compose(MonthlyReport report)
    {
        if (!report.HasTaskSection)
        {
            yield break;
        }

        var tasks = report.Tasks;
        yield return new DocumentHeading(2, $"{ReportOutline.Of(report).TaskSectionNumber}.", ReportText.Tasks);
        yield return Sentence(ReportText.TaskSummaryLine(tasks.Total), tasks.Provenance);
        yield return new DocumentHeading(3, string.Empty, ReportText.TasksByPlan);
        // Plans by their documents, as section III cites them: an official's report carries no id of the library's.
        yield return CountsTable("Kế hoạch", [.. tasks.ByPlan.Select(plan => plan with { Name = ReportText.Plan(report, plan.Name) })], tasks);
        yield return new DocumentHeading(3, string.Empty, ReportText.TasksByAgency);
        yield return CountsTable("Đơn vị chủ trì", tasks.ByAgency, tasks);
        yield return new DocumentHeading(3, string.Empty, ReportText.Overdue);
        yield return TableOrNote(Columns(ReportText.OverdueColumns, OverdueKinds), [.. tasks.Overdue.Select(task => Cells(ReportText.OverdueCells(task with { Plan = ReportText.Plan(report, task.Plan) })))], ReportText.NoOverdue);
        yield return new DocumentHeading(3, string.Empty, ReportText.DueSoon);
        yield return TableOrNote(Columns(ReportText.DueSoonColumns, DueSoonKinds), [.. tasks.DueSoon.Select(task => Cells(ReportText.DueSoonCells(task with { Plan = ReportText.Plan(report, task.Plan) })))], ReportText.NoDueSoon);
    }

    // The core's counts of every task as the total row below two rows or more (a task is in one row of each table: joint
    // leads are named together); no row is the sentence saying so.
    private static DocumentBlock CountsTable(string name, IReadOnlyList<TaskSummary> rows, TaskSection tasks)
    {
        var columns = Columns([name, .. ReportText.CountColumns], CountKinds);
        return rows.Count switch
        {
            0 => DocumentParagraph.Of(ReportText.NoTasks),
            1 => Table(columns, [Counts(rows[0])]),
            _ => Table(columns, [.. rows.Select(Counts)], Cells([ReportText.AllTasks, .. ReportText.CountCells(tasks.Total)])),
        };
    }

    private static TableCell[] Counts(TaskSummary summary) => Cells([summary.Name, .. ReportText.CountCells(summary.Counts)]);

    private static TableCell[] Cells(string[] texts) => [.. texts.Select(Text)];
}
