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

    // As clerks type them: 12/11/2026 16:30, 12/11/2026 (at midnight), 2/9/2026 8:05; the day comes first.
    private static readonly LocalDateTimePattern[] TypedTimes =
        [.. new[] { "d/M/uuuu H:mm", "d/M/uuuu H:mm:ss", "d/M/uuuu" }.Select(static p => LocalDateTimePattern.CreateWithInvariantCulture(p))];

    private static readonly LocalDatePattern TypedDate = LocalDatePattern.CreateWithInvariantCulture("d/M/uuuu");

    // The words of the form's list (what a clerk picks or types), beside the contract names a program writes.
    private static readonly (ProgressUpdateKind Kind, string Label)[] Labels =
    [
        (ProgressUpdateKind.Started, "Đã triển khai"), (ProgressUpdateKind.Progress, "Đang thực hiện"), (ProgressUpdateKind.Completed, "Hoàn thành"),
        (ProgressUpdateKind.Extended, "Được gia hạn"), (ProgressUpdateKind.Cancelled, "Dừng thực hiện"),
    ];

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

    /// <summary>The words of the statuses as a form's list shows them, in order: <c>Đã triển khai</c>, <c>Đang thực hiện</c>, <c>Hoàn thành</c>, <c>Được gia hạn</c>, <c>Dừng thực hiện</c>.</summary>
    public static IReadOnlyList<string> StatusLabels { get; } = [.. Labels.Select(static s => s.Label)];

    /// <summary>The word a form shows for a status.</summary>
    /// <param name="kind">The status.</param>
    /// <returns>For example <c>Hoàn thành</c>.</returns>
    public static string StatusLabel(ProgressUpdateKind kind) => Labels.First(s => s.Kind == kind).Label;

    /// <summary>Reads a status, with messages in Vietnamese; see <see cref="ParseStatus(string, MessageLanguage)"/>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The status, or why the text is not one.</returns>
    public static OneOf<ProgressUpdateKind, ParseError> ParseStatus(string text) => ParseStatus(text, MessageLanguage.Vietnamese);

    /// <summary>Reads a status: its contract name (<c>completed</c>) or its word on the form (<c>Hoàn thành</c>, in any case).</summary>
    /// <param name="text">The text.</param>
    /// <param name="language">The language of the error message.</param>
    /// <returns>The status, or why the text is not one.</returns>
    public static OneOf<ProgressUpdateKind, ParseError> ParseStatus(string text, MessageLanguage language)
    {
        ArgumentNullException.ThrowIfNull(text);
        var typed = text.Trim().Normalize(System.Text.NormalizationForm.FormC);
        return Statuses.Where(s => s.Name == typed).Select(static s => (ProgressUpdateKind?)s.Kind)
                .Concat(Labels.Where(s => string.Equals(s.Label, typed, StringComparison.OrdinalIgnoreCase)).Select(static s => (ProgressUpdateKind?)s.Kind))
                .FirstOrDefault() is { } kind
            ? kind
            : new ParseError(SubmissionMessages.Format(language, "field.status", text, string.Join(", ", language == MessageLanguage.English ? StatusNames : StatusLabels)), text);
    }

    /// <summary>The words of the form's list for a difficulty carried over from the previous period: <c>Có</c>, <c>Không</c>.</summary>
    public static IReadOnlyList<string> CarriedOverLabels { get; } = ["Có", "Không"];

    /// <summary>
    /// Reads whether a difficulty is carried over from the previous period: <c>true</c>/<c>false</c> as a program writes
    /// them, or <c>Có</c>/<c>Không</c> as the form's list shows them (in any case); an empty field is <see langword="false"/>.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="language">The language of the error message.</param>
    /// <returns>Whether it is carried over, or why the text is neither.</returns>
    public static OneOf<bool, ParseError> ParseCarriedOver(string text, MessageLanguage language)
    {
        ArgumentNullException.ThrowIfNull(text);
        var typed = text.Trim().Normalize(System.Text.NormalizationForm.FormC);
        return typed.Length == 0 || typed == "false" || string.Equals(typed, CarriedOverLabels[1], StringComparison.OrdinalIgnoreCase) ? false
            : typed == "true" || string.Equals(typed, CarriedOverLabels[0], StringComparison.OrdinalIgnoreCase) ? true
            : new ParseError(SubmissionMessages.Format(language, "field.carriedOver", text), text);
    }

    /// <summary>Reads the number of the document that extended or cancelled a task.</summary>
    /// <param name="text">The text, e.g. <c>3001/UBND-PVHCC</c>.</param>
    /// <returns>The document number, or why the text is not one.</returns>
    public static OneOf<DocumentNumber, ParseError> ParseDecision(string text) => ParseDecision(text, MessageLanguage.Vietnamese);

    /// <summary>Reads the number of the document that extended or cancelled a task.</summary>
    /// <param name="text">The text, e.g. <c>3001/UBND-PVHCC</c>.</param>
    /// <param name="language">The language of the error message.</param>
    /// <returns>The document number, or why the text is not one.</returns>
    public static OneOf<DocumentNumber, ParseError> ParseDecision(string text, MessageLanguage language) =>
        DocumentNumber.Parse(text).Match<OneOf<DocumentNumber, ParseError>>(static number => number, error => new ParseError(SubmissionMessages.Format(language, "field.decision", text, error.Message), text));

    /// <summary>Writes a time of sending as <c>yyyy-MM-ddTHH:mm</c>.</summary>
    /// <param name="sent">The time.</param>
    /// <returns>The text.</returns>
    public static string FormatSubmittedAt(LocalDateTime sent) => SubmittedAt.Format(sent);

    /// <summary>Reads a time of sending, with messages in Vietnamese; see <see cref="ParseSubmittedAt(string, MessageLanguage)"/>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The time, or why the text is not one.</returns>
    public static OneOf<LocalDateTime, ParseError> ParseSubmittedAt(string text) => ParseSubmittedAt(text, MessageLanguage.Vietnamese);

    /// <summary>
    /// Reads a time of sending written <c>yyyy-MM-ddTHH:mm</c> (the exchange form) or as a clerk types it, day first:
    /// <c>12/11/2026 16:30</c>, or <c>12/11/2026</c> (then at midnight).
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="language">The language of the error message.</param>
    /// <returns>The time, or why the text is not one.</returns>
    public static OneOf<LocalDateTime, ParseError> ParseSubmittedAt(string text, MessageLanguage language)
    {
        ArgumentNullException.ThrowIfNull(text);
        var typed = text.Trim();
        return SubmittedAt.Parse(typed) is { Success: true } parsed
            ? parsed.Value
            : TypedTimes.Select(p => p.Parse(typed)).FirstOrDefault(static r => r.Success) is { } clerk
                ? clerk.Value
                : new ParseError(SubmissionMessages.Format(language, "field.submittedAt", text), text);
    }

    /// <summary>Writes a date as <c>yyyy-MM-dd</c>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The text.</returns>
    public static string FormatDate(LocalDate date) => LocalDatePattern.Iso.Format(date);

    /// <summary>Reads a date, with messages in Vietnamese; see <see cref="ParseDate(string, MessageLanguage)"/>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The date, or why the text is not one.</returns>
    public static OneOf<LocalDate, ParseError> ParseDate(string text) => ParseDate(text, MessageLanguage.Vietnamese);

    /// <summary>Reads a date written <c>yyyy-MM-dd</c> (the exchange form) or as a clerk types it, day first: <c>12/11/2026</c>, <c>2/9/2026</c>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="language">The language of the error message.</param>
    /// <returns>The date, or why the text is not one.</returns>
    public static OneOf<LocalDate, ParseError> ParseDate(string text, MessageLanguage language)
    {
        ArgumentNullException.ThrowIfNull(text);
        var typed = text.Trim();
        return LocalDatePattern.Iso.Parse(typed) is { Success: true } parsed ? parsed.Value
            : TypedDate.Parse(typed) is { Success: true } clerk ? clerk.Value
            : new ParseError(SubmissionMessages.Format(language, "field.date", text), text);
    }

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
