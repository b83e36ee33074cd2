using KhanhHoa.Governance.Tasks;
using NodaTime.Text;

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

    public static ProgressUpdateKind? ParseStatus(string text) =>
        Statuses.Where(s => s.Name == text).Select(static s => (ProgressUpdateKind?)s.Kind).FirstOrDefault();

    public static string StatusNames => string.Join(", ", Statuses.Select(static s => s.Name));

    public static string ExpectedSubmittedAt(string text) => $"'{text}' is not a time of sending in the form yyyy-MM-ddTHH:mm (e.g. 2025-09-12T16:30)";

    public static string ExpectedDate(string text) => $"'{text}' is not a date in the form yyyy-MM-dd";

    /// <summary>Null for an empty optional field.</summary>
    public static string? Optional(string text) => text.Length == 0 ? null : text;
}
