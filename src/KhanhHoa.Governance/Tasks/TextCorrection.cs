namespace KhanhHoa.Governance.Tasks;

/// <summary>
/// One correction of a task's text as printed: a footnote marker the importer found ("[1]", read as nothing), or a
/// source typo a reader flagged ("cảnh bảo", read as "cảnh báo"). The text stays as printed; <see cref="PlanTask.ReadingText"/>
/// applies the corrections, so that a report quotes the plan cleanly and the source can still be checked.
/// </summary>
/// <param name="Printed">What the document prints, exactly as it occurs in the task's text.</param>
/// <param name="Reads">What it is read as (empty to drop it, as a footnote marker).</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record TextCorrection(string Printed, string Reads);
