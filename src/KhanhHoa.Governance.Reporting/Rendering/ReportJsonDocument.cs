using System.Text.Json.Serialization;

namespace KhanhHoa.Governance.Reporting;

// The JSON contract (schemas/monthly-report.schema.json). Kept apart from the model so that the contract's field
// names and text forms (ISO dates, camelCase enum names) are fixed here, whatever the model's .NET types.
internal sealed record ReportJsonDocument(
    int SchemaVersion,
    string Purpose,
    GenerationJson Generation,
    PeriodJson Period,
    string AsOf,
    bool ContainsSyntheticData,
    HeaderJson Header,
    IReadOnlyList<UnitJson> Units,
    IReadOnlyList<GroupJson> IndicatorGroups,
    TasksJson Tasks,
    IReadOnlyList<DifficultyJson> Difficulties,
    IReadOnlyList<ViolationJson> Violations,
    CompletenessJson Completeness,
    IReadOnlyList<PriorityJson> Priorities,
    string Closing,
    IReadOnlyList<RecipientJson> Recipients,
    SignatureJson Signature,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<IndexJson>? Indexes,
    DocumentJson Document,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<UnitTextJson>? UnitTexts);

// A unit's own text for a section (written only when a unit wrote one, so reports without keep their bytes).
internal sealed record UnitTextJson(string Section, string Unit, string Text, string Provenance);

// A composite index (written only when the report has one, so reports without keep their bytes): total and maximum, or
// no total and the counters still missing.
internal sealed record IndexJson(string Code, string Name, decimal? Total, decimal? MaxTotal, IReadOnlyList<string> Missing, string Provenance);

internal sealed record PeriodJson(string Id, string Start, string End, string Cutoff);

internal sealed record HeaderJson(
    string ParentBody,
    string IssuingBody,
    int? Number,
    string Symbol,
    string NumberAndSymbol,
    string Place,
    string IssueDate,
    string PlaceAndDate,
    string Title,
    string Subject,
    IReadOnlyList<string> Addressees);

internal sealed record GenerationJson(string Library, string Version, string AsOf, IReadOnlyList<InputJson> Inputs);

internal sealed record InputJson(string Name, string Sha256);

internal sealed record FigureRowJson(
    string Code,
    string Name,
    decimal? Value,
    string Unit,
    decimal? Cumulative,
    IReadOnlyList<FigurePartJson> Parts,
    IReadOnlyList<string> ReportedBy,
    string Provenance);

internal sealed record FigurePartJson(string Code, string Name, decimal? Value);

// carriedOver is written only when true, so reports without one keep their bytes.
internal sealed record DifficultyJson(
    string Topic, string Text, string? AddressedTo, IReadOnlyList<string> RaisedBy, string Provenance,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? CarriedOver);

internal sealed record UnitJson(string Code, string? Parent, string Name, IReadOnlyDictionary<string, long> Measures, string Provenance);

internal sealed record GroupJson(string Code, string Title, string? Section, IReadOnlyList<IndicatorJson> Rows, IReadOnlyList<FigureRowJson> Figures);

internal sealed record IndicatorJson(
    string Code,
    string Group,
    string Name,
    string Unit,
    decimal? Value,
    long? Numerator,
    long? Denominator,
    TargetJson? Target,
    decimal? Gap,
    string Status,
    decimal? PreviousValue,
    decimal? MonthOnMonthChange,
    IReadOnlyList<TrendPointJson> Trend,
    string? DefinitionSource,
    string Provenance);

internal sealed record TargetJson(string Comparator, decimal Value, string Text, string? Deadline, decimal? Projection);

internal sealed record TrendPointJson(string Month, decimal Value);

internal sealed record TasksJson(
    string Provenance,
    CountsJson Total,
    IReadOnlyList<TaskSummaryJson> ByPlan,
    IReadOnlyList<TaskSummaryJson> ByAgency,
    IReadOnlyList<OverdueJson> Overdue,
    IReadOnlyList<UpcomingJson> DueSoon);

internal sealed record CountsJson(
    int CompletedOnTime,
    int CompletedLate,
    int OpenWithinDeadline,
    int OpenOverdue,
    int Continuous,
    int DueSoon,
    int Total,
    int CameDue,
    decimal? OnTimeRate);

internal sealed record TaskSummaryJson(string Name, CountsJson Counts);

internal sealed record OverdueJson(string Id, string Plan, string Title, string LeadAgency, string Deadline, int WorkingDaysLate, string Provenance);

internal sealed record UpcomingJson(string Id, string Plan, string Title, string LeadAgency, string Deadline, string Provenance);

internal sealed record ViolationJson(string RuleCode, string Description, string? DescriptionEn, string? Citation, string? UnitCode, string? UnitName, IReadOnlyList<FigureJson> Figures, string Provenance);

internal sealed record FigureJson(string Name, decimal Value);

internal sealed record CompletenessJson(string Provenance, int Expected, int Reported, IReadOnlyList<SubmissionJson> Units);

internal sealed record SubmissionJson(string Code, string Name, bool Reported, string? ReceivedOn);

internal sealed record PriorityJson(string Responsible, string Text, string? DueBy, string Source, string? Reference);

internal sealed record RecipientJson(string Name, string? Purpose);

internal sealed record SignatureJson(string Authority, string Position, string SecondaryTitle, string SignerName);

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    NewLine = "\n",
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(ReportJsonDocument))]
[JsonSerializable(typeof(DocumentJson))]
internal sealed partial class ReportJsonContext : JsonSerializerContext;
