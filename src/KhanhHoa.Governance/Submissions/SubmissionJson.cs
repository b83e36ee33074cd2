using System.Globalization;
using System.Text.Json;
using System.Text.Encodings.Web;
using KhanhHoa.Governance.Json;
using OneOf;

namespace KhanhHoa.Governance.Submissions;

/// <summary>
/// One submission per JSON document (format: <c>schemas/submission.v1.schema.json</c>): written with System.Text.Json's
/// source generator (trimming- and AOT-safe), read back with every error located by JSON path, line and column, and
/// checked at a <see cref="SubmissionDesk"/>. Written then read back, a submission is the same.
/// </summary>
public static class SubmissionJson
{
    /// <summary>Writes <paramref name="submission"/> as one indented UTF-8 JSON document.</summary>
    /// <param name="output">Where to write; not closed.</param>
    /// <param name="submission">The submission.</param>
    public static void Write(Stream output, Submission submission)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(submission);
        var document = new SubmissionDocument(
            1,
            submission.UnitCode,
            submission.DataSetCode,
            submission.Period.Id,
            SubmissionFields.FormatSubmittedAt(submission.SubmittedAt),
            submission.Sender,
            [.. submission.Figures.Select(static f => new FigureDocument(f.Element, f.Value, f.Comment))],
            [.. submission.Progress.Select(static p => new ProgressDocument(
                p.PlanId, p.TaskId, SubmissionFields.StatusName(p.Status), p.Percent,
                p.CompletedOn is { } done ? SubmissionFields.FormatDate(done) : null,
                p.NewDueDate is { } due ? SubmissionFields.FormatDate(due) : null,
                p.Decision?.ToString(), p.Evidence, p.Comment))],
            [.. submission.Difficulties.Select(static d => new DifficultyDocument(d.Topic, d.Text, d.AddressedTo, d.CarriedOver ? true : null))],
            // A submission without texts writes no "texts" (the files written before texts existed stay as they were).
            submission.Texts.Count == 0 ? null : [.. submission.Texts.Select(static t => new TextDocument(t.Section, t.Text))]);
        // Vietnamese stays readable in the file (no \uXXXX escapes); the writer still escapes what JSON requires.
        using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        JsonSerializer.Serialize(writer, document, SubmissionJsonContext.Default.SubmissionDocument);
    }

    /// <summary>Reads one submission and checks it at <paramref name="desk"/>; never throws on bad input.</summary>
    /// <param name="utf8Json">The UTF-8 JSON document.</param>
    /// <param name="desk">The door.</param>
    /// <returns>The accepted submission, or every error with its JSON path, line and column.</returns>
    public static InputResult<CheckedSubmission> Read(ReadOnlySpan<byte> utf8Json, SubmissionDesk desk)
    {
        ArgumentNullException.ThrowIfNull(desk);
        var r = JsonFieldReader.Open(utf8Json, out var root);
        if (root is null)
        {
            return InputResult<CheckedSubmission>.ForErrors(r.Errors);
        }

        var version = r.Int(root, "schemaVersion", required: true);
        if (version is not null and not 1)
        {
            r.Add(root, "schemaVersion", string.Create(CultureInfo.InvariantCulture, $"schemaVersion {version} is not read by this library (1 is)"));
        }

        var unit = r.String(root, "unitCode", required: true);
        var dataSetCode = r.String(root, "dataSet", required: true);
        var periodText = r.String(root, "period", required: true);
        var sentText = r.String(root, "submittedAt", required: true);
        var sender = r.String(root, "sender", required: false);
        var dataSet = dataSetCode is null ? null : desk.DataSets.Find(dataSetCode);
        if (dataSetCode is not null && dataSet is null)
        {
            r.Add(root, "dataSet", desk.Say("header.unknownDataSet", dataSetCode));
        }

        var period = periodText is null || dataSet is null ? null : Field(r, root, "period", SubmissionFields.ParsePeriod(periodText, dataSet));
        var sent = sentText is null ? null : Field(r, root, "submittedAt", SubmissionFields.ParseSubmittedAt(sentText, desk.Language));

        // Items that read cleanly go to the desk with their nodes, so its errors join the reader's in one answer.
        var figures = Items(r, root, "figures", static (r, node) =>
            r.String(node, "element", required: true) is { } element && r.String(node, "value", required: true) is { } value
                ? new FigureValue(element, value, r.String(node, "comment", required: false))
                : null);
        var progress = Items(r, root, "progress", (r, node) => Progress(r, node, desk.Language));
        var difficulties = Items(r, root, "difficulties", static (r, node) =>
        {
            // A difficulty carried over from the previous period may leave out its text (the earlier one stands).
            var carried = r.Bool(node, "carriedOver", required: false) == true;
            return r.String(node, "topic", required: true) is { } topic && (r.String(node, "text", required: !carried) ?? (carried ? string.Empty : null)) is { } text
                ? new Difficulty(topic, text, r.String(node, "addressedTo", required: false)) { CarriedOver = carried }
                : null;
        });
        var texts = Items(r, root, "texts", static (r, node) =>
            r.String(node, "section", required: true) is { } section && r.String(node, "text", required: true) is { } text
                ? new SectionText(section, text)
                : null);
        if (unit is null || dataSet is null || period is null || sent is null)
        {
            return InputResult<CheckedSubmission>.ForErrors(r.Errors);
        }

        var submission = new Submission
        {
            UnitCode = unit,
            DataSetCode = dataSet.Code,
            Period = period.Value,
            SubmittedAt = sent.Value,
            Sender = sender,
            Figures = [.. figures.Select(static x => x.Item)],
            Progress = [.. progress.Select(static x => x.Item)],
            Difficulties = [.. difficulties.Select(static x => x.Item)],
            Texts = [.. texts.Select(static x => x.Item)],
        };
        var result = desk.Check(submission, (place, message) => (place.Part switch
        {
            SubmissionPart.Figure => figures[place.Index].Node,
            SubmissionPart.Progress => progress[place.Index].Node,
            SubmissionPart.Difficulty => difficulties[place.Index].Node,
            SubmissionPart.Text => texts[place.Index].Node,
            _ => root,
        }).Error(JsonName(place.Field), message));
        return r.Errors.Count == 0 ? result : InputResult<CheckedSubmission>.ForErrors([.. r.Errors, .. result.Errors]);
    }

    /// <summary>Reads a submission file; errors carry the file's path as their source.</summary>
    /// <param name="path">The file.</param>
    /// <param name="desk">The door.</param>
    /// <returns>The accepted submission, or every error.</returns>
    public static InputResult<CheckedSubmission> ReadFile(string path, SubmissionDesk desk) =>
        Read(File.ReadAllBytes(path), desk).WithSource(path);

    private static List<(JsonSourceNode Node, T Item)> Items<T>(JsonFieldReader r, JsonSourceNode root, string name, Func<JsonFieldReader, JsonSourceNode, T?> read)
        where T : class =>
        [.. r.Objects(root, name, required: false).Select(node => (node, item: read(r, node))).Where(static x => x.item is not null).Select(static x => (x.node, x.item!))];

    private static TaskProgress? Progress(JsonFieldReader r, JsonSourceNode node, MessageLanguage language)
    {
        var errorsBefore = r.Errors.Count;
        var plan = r.String(node, "plan", required: true);
        var task = r.String(node, "task", required: true);
        var statusText = r.String(node, "status", required: true);
        var status = statusText is null ? null : Field(r, node, "status", SubmissionFields.ParseStatus(statusText, language));

        var percent = r.Int(node, "percent", required: false);
        var completedOn = r.Date(node, "completedOn");
        var newDue = r.Date(node, "newDueDate");
        var decisionText = r.String(node, "decision", required: false);
        var decision = decisionText is null ? null : Field(r, node, "decision", SubmissionFields.ParseDecision(decisionText, language));

        var evidence = r.String(node, "evidence", required: false);
        var comment = r.String(node, "comment", required: false);
        return plan is null || task is null || status is null || r.Errors.Count > errorsBefore ? null : new TaskProgress
        {
            PlanId = plan,
            TaskId = task,
            Status = status.Value,
            Percent = percent,
            CompletedOn = completedOn,
            NewDueDate = newDue,
            Decision = decision,
            Evidence = evidence,
            Comment = comment,
        };
    }

    private static T? Field<T>(JsonFieldReader r, JsonSourceNode node, string name, OneOf<T, ParseError> read)
        where T : struct =>
        read.Match<T?>(static value => value, error =>
        {
            r.Add(node, name, error.Message);
            return null;
        });

    // The places name fields by their CSV column (unit_code); JSON spells them in camel case (unitCode).
    private static string JsonName(string column)
    {
        var parts = column.Split('_');
        return parts[0] + string.Concat(parts.Skip(1).Select(static p => char.ToUpperInvariant(p[0]) + p[1..]));
    }
}
