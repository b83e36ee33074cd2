using KhanhHoa.Governance.Calendar;
using KhanhHoa.Governance.Directives;
using KhanhHoa.Governance.Tasks;
using NodaTime.Text;
using OneOf;

namespace KhanhHoa.Governance.Submissions;

/// <summary>
/// The text forms every submission format shares (CSV, JSON, a form): the status names, the time of sending
/// (<c>yyyy-MM-ddTHH:mm</c>), ISO dates, decision numbers and period ids, read and written one way for all of them. Each
/// parser gives the value or a <see cref="ParseError"/> whose message a reader places at the field.
/// </summary>
public static class SubmissionFields
{
    // A reader keeps the first errors of a hostile file, and counts the rest.
    internal const int MaxErrors = 1000;

    private static readonly LocalDateTimePattern SubmittedAt = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm");

    private static readonly (ProgressUpdateKind Kind, string Name)[] Statuses =
    [
        (ProgressUpdateKind.Started, "started"), (ProgressUpdateKind.Progress, "progress"), (ProgressUpdateKind.Completed, "completed"),
        (ProgressUpdateKind.Extended, "extended"), (ProgressUpdateKind.Cancelled, "cancelled"),
    ];

    /// <summary>The names of the statuses, in order: <c>started</c>, <c>progress</c>, <c>completed</c>, <c>extended</c>, <c>cancelled</c>.</summary>
    public static IReadOnlyList<string> StatusNames { get; } = [.. Statuses.Select(static s => s.Name)];

    /// <summary>The name a status is written with.</summary>
    /// <param name="kind">The status.</param>
    /// <returns><c>started</c>, <c>progress</c>, <c>completed</c>, <c>extended</c> or <c>cancelled</c>.</returns>
    public static string StatusName(ProgressUpdateKind kind) => Statuses.First(s => s.Kind == kind).Name;

    /// <summary>Reads a status name.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The status, or why the text is not one.</returns>
    public static OneOf<ProgressUpdateKind, ParseError> ParseStatus(string text) =>
        Statuses.Where(s => s.Name == text).Select(static s => (ProgressUpdateKind?)s.Kind).FirstOrDefault() is { } kind
            ? kind
            : new ParseError($"'{text}' is not a status; expected one of {string.Join(", ", StatusNames)}", text);

    /// <summary>Reads the number of the document that extended or cancelled a task.</summary>
    /// <param name="text">The text, e.g. <c>3001/UBND-PVHCC</c>.</param>
    /// <returns>The document number, or why the text is not one.</returns>
    public static OneOf<DocumentNumber, ParseError> ParseDecision(string text) =>
        DocumentNumber.Parse(text).Match<OneOf<DocumentNumber, ParseError>>(static number => number, error => new ParseError($"'{text}' is not a document number: {error.Message}", text));

    /// <summary>Writes a time of sending as <c>yyyy-MM-ddTHH:mm</c>.</summary>
    /// <param name="sent">The time.</param>
    /// <returns>The text.</returns>
    public static string FormatSubmittedAt(LocalDateTime sent) => SubmittedAt.Format(sent);

    /// <summary>Reads a time of sending written <c>yyyy-MM-ddTHH:mm</c>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The time, or why the text is not one.</returns>
    public static OneOf<LocalDateTime, ParseError> ParseSubmittedAt(string text) =>
        SubmittedAt.Parse(text) is { Success: true } parsed
            ? parsed.Value
            : new ParseError($"'{text}' is not a time of sending in the form yyyy-MM-ddTHH:mm (e.g. 2025-09-12T16:30)", text);

    /// <summary>Writes a date as <c>yyyy-MM-dd</c>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The text.</returns>
    public static string FormatDate(LocalDate date) => LocalDatePattern.Iso.Format(date);

    /// <summary>Reads a date written <c>yyyy-MM-dd</c>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The date, or why the text is not one.</returns>
    public static OneOf<LocalDate, ParseError> ParseDate(string text) =>
        LocalDatePattern.Iso.Parse(text) is { Success: true } parsed ? parsed.Value : new ParseError($"'{text}' is not a date in the form yyyy-MM-dd", text);

    /// <summary>Reads a period id under <paramref name="dataSet"/>'s cut-off (whether the data set is reported for it is the desk's check).</summary>
    /// <param name="text">The id, e.g. <c>2025-09</c>.</param>
    /// <param name="dataSet">The data set.</param>
    /// <returns>The period, or why the text is not one.</returns>
    public static OneOf<ReportingPeriod, ParseError> ParsePeriod(string text, DataSet dataSet)
    {
        ArgumentNullException.ThrowIfNull(dataSet);
        return ReportingPeriod.Parse(text, dataSet.Cutoff).Match<OneOf<ReportingPeriod, ParseError>>(static period => period, error => new ParseError($"'{text}': {error.Message}", text));
    }

    /// <summary>Null for an empty optional field.</summary>
    internal static string? Optional(string text) => text.Length == 0 ? null : text;
}
