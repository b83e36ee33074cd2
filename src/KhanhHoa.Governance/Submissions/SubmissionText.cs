using KhanhHoa.Governance.Calendar;
using KhanhHoa.Governance.Directives;
using KhanhHoa.Governance.Tasks;
using NodaTime.Text;
using OneOf;

namespace KhanhHoa.Governance.Submissions;

/// <summary>The text forms the submission formats share: status names, the time of sending, dates.</summary>
internal static class SubmissionText
{
    public const int MaxErrors = 1000;

    public static readonly LocalDateTimePattern SubmittedAt = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm");

    public static readonly LocalDatePattern Date = LocalDatePattern.Iso;

    private static readonly (ProgressUpdateKind Kind, string Name)[] Statuses =
    [
        (ProgressUpdateKind.Started, "started"), (ProgressUpdateKind.Progress, "progress"), (ProgressUpdateKind.Completed, "completed"),
        (ProgressUpdateKind.Extended, "extended"), (ProgressUpdateKind.Cancelled, "cancelled"),
    ];

    public static string StatusName(ProgressUpdateKind kind) => Statuses.First(s => s.Kind == kind).Name;

    // Each reader of a field gives the value or the message that locates with the field in every format.
    public static OneOf<ProgressUpdateKind, string> Status(string text) =>
        Statuses.Where(s => s.Name == text).Select(static s => (ProgressUpdateKind?)s.Kind).FirstOrDefault() is { } kind
            ? kind
            : $"'{text}' is not a status; expected one of {string.Join(", ", Statuses.Select(static s => s.Name))}";

    public static OneOf<DocumentNumber, string> Decision(string text) =>
        DocumentNumber.Parse(text).Match<OneOf<DocumentNumber, string>>(static number => number, error => $"'{text}' is not a document number: {error.Message}");

    public static OneOf<LocalDateTime, string> Sent(string text) =>
        SubmittedAt.Parse(text) is { Success: true } parsed ? parsed.Value : $"'{text}' is not a time of sending in the form yyyy-MM-ddTHH:mm (e.g. 2025-09-12T16:30)";

    public static OneOf<ReportingPeriod, string> Period(string text, DataSet dataSet) =>
        ReportingPeriod.Parse(text, dataSet.Cutoff).Match<OneOf<ReportingPeriod, string>>(static period => period, error => $"'{text}': {error.Message}");

    public static string ExpectedDate(string text) => $"'{text}' is not a date in the form yyyy-MM-dd";

    /// <summary>Null for an empty optional field.</summary>
    public static string? Optional(string text) => text.Length == 0 ? null : text;
}
