using System.Text.Json.Serialization;

namespace KhanhHoa.Governance.Submissions;

/// <summary>The JSON document of one submission (<c>schemas/submission.v1.schema.json</c>), written by the source generator.</summary>
internal sealed record SubmissionDocument(
    int SchemaVersion,
    string UnitCode,
    string DataSet,
    string Period,
    string SubmittedAt,
    string? Sender,
    IReadOnlyList<FigureDocument> Figures,
    IReadOnlyList<ProgressDocument> Progress,
    IReadOnlyList<DifficultyDocument> Difficulties,
    IReadOnlyList<TextDocument>? Texts);

internal sealed record FigureDocument(string Element, string Value, string? Comment);

internal sealed record ProgressDocument(
    string Plan, string Task, string Status, int? Percent, string? CompletedOn, string? NewDueDate, string? Decision, string? Evidence, string? Comment);

internal sealed record DifficultyDocument(string Topic, string Text, string? AddressedTo, bool? CarriedOver);

internal sealed record TextDocument(string Section, string Text);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(SubmissionDocument))]
internal sealed partial class SubmissionJsonContext : JsonSerializerContext;
