namespace KhanhHoa.Governance.Calendar;

/// <summary>
/// One step of a <see cref="DeadlineKind.Milestones"/> deadline: what is due (the words around the time
/// expression, e.g. "Thí điểm") and when.
/// </summary>
/// <param name="Label">The text of the step without its time expression, trimmed of bullets and punctuation; may be empty.</param>
/// <param name="Deadline">The step's own deadline; its <see cref="Deadline.Text"/> is the step's text (NFC).</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record DeadlineMilestone(string Label, Deadline Deadline);
