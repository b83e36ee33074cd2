using System.Text.Json.Serialization;

namespace KhanhHoa.Governance.Reporting;

// The report document in the JSON contract (schemas/monthly-report.schema.json, "document"): what every format prints,
// for a host that lays the report out itself. A block and an inline are one record each with a "kind"; the fields a
// kind does not have are left out.
internal sealed record DocumentJson(
    DocumentHeaderJson Header,
    IReadOnlyList<BlockJson> Body,
    DocumentClosingJson Closing,
    IReadOnlyList<AnnexJson> Annexes,
    IReadOnlyList<FootnoteJson> Footnotes);

internal sealed record DocumentHeaderJson(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? SyntheticBanner,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? DraftMark,
    string ParentBody,
    string IssuingBody,
    string NumberAndSymbol,
    string NationalName,
    string Motto,
    string PlaceAndDate,
    string Title,
    string Subject,
    string PeriodLine,
    IReadOnlyList<string> Addressees);

// heading: level, number, text; paragraph: inlines; list: style, items; table: columns, headerRows, rows, total,
// repeatedColumn. A table's cells are their printed text: their figures are in the contract's own fields (indicator
// groups, units), and a report's tables would otherwise be most of the file.
internal sealed record BlockJson(
    string Kind,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Level,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Number,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Text,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<InlineJson>? Inlines,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Style,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<ListItemJson>? Items,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<ColumnJson>? Columns,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<IReadOnlyList<HeaderCellJson>>? HeaderRows,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<IReadOnlyList<string>>? Rows,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? Total,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? RepeatedColumn);

// text: style; figure: provenance, value, isRate; status: status; footnote: number (its text is the number).
internal sealed record InlineJson(
    string Kind,
    string Text,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Style,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Provenance,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] decimal? Value,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? IsRate,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Status,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Number);

internal sealed record ListItemJson(string Marker, IReadOnlyList<InlineJson> Inlines);

internal sealed record ColumnJson(string Header, string Kind, string Alignment);

internal sealed record HeaderCellJson(string Text, int Span);

internal sealed record AnnexJson(string Number, string Title, string Reference, bool Landscape, IReadOnlyList<BlockJson> Blocks);

internal sealed record DocumentClosingJson(string Sentence, string RecipientsHeading, IReadOnlyList<string> Recipients, SignatureJson Signature);

internal sealed record FootnoteJson(int Number, IReadOnlyList<InlineJson> Inlines);
