using System.Globalization;
using System.Text;
using KhanhHoa.Governance.Calendar;
using KhanhHoa.Governance.Directives;
using OneOf;

namespace KhanhHoa.Governance.Submissions;

/// <summary>
/// Reads submissions from CSV files in the manner of DHIS2's data value sets: UTF-8, a header row, columns in any order;
/// a file is a figures file (<c>unit_code,data_set,period,submitted_at,element,value,comment</c>), a progress file
/// (<c>unit_code,period,submitted_at,plan,task,status,percent,completed_on,new_due_date,decision,evidence,comment</c>) or a
/// difficulties file (<c>unit_code,period,submitted_at,topic,text,addressed_to</c>) or a texts file
/// (<c>unit_code,period,submitted_at,section,text</c>: the unit's own text per section of the report), told apart by its header. Rows of
/// the same unit, data set, period and <c>submitted_at</c> make one submission, across any number of files.
/// </summary>
/// <remarks>
/// A progress row's data set is the one collecting its plan. Difficulties and texts join the unit's submission of the
/// same period and <c>submitted_at</c>: a difficulty its progress report if it sent one, else its figures; a text the
/// first of them whose data set has sections. Never throws on bad input.
/// </remarks>
public static class SubmissionCsvReader
{
    internal static readonly string[] FigureColumns = ["unit_code", "data_set", "period", "submitted_at", "element", "value", "comment"];

    internal static readonly string[] ProgressColumns = ["unit_code", "period", "submitted_at", "plan", "task", "status", "percent", "completed_on", "new_due_date", "decision", "evidence", "comment"];

    internal static readonly string[] DifficultyColumns = ["unit_code", "period", "submitted_at", "topic", "text", "addressed_to", "carried_over"];

    internal static readonly string[] TextColumns = ["unit_code", "period", "submitted_at", "section", "text"];

    // A file may leave out the columns a unit has nothing to write in.
    private static readonly string[] OptionalColumns = ["comment", "percent", "completed_on", "new_due_date", "decision", "evidence", "addressed_to", "carried_over"];

    /// <summary>Reads CSV files and checks every submission they hold at <paramref name="desk"/>.</summary>
    /// <param name="files">Each file's name (for error locations) and its UTF-8 content; streams are read to their end, not closed.</param>
    /// <param name="desk">The door the submissions are checked at.</param>
    /// <returns>The accepted submissions in the order first met, or every error with file, line and column; nothing when any.</returns>
    public static InputResult<IReadOnlyList<CheckedSubmission>> Read(IEnumerable<(string Source, Stream Content)> files, SubmissionDesk desk)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(desk);
        var state = Pass([.. files.Select(static f => (f.Source, f.Content, (SubmissionFile?)null))], desk);
        return state.Count > 0
            ? InputResult<IReadOnlyList<CheckedSubmission>>.Counted(null, false, state.Errors, state.Count, 0)
            : InputResult<IReadOnlyList<CheckedSubmission>>.ForValue([.. state.Accepted.Select(static a => a.Submission)]);
    }

    /// <summary>
    /// Reads CSV files a receiver got, each on its own: every file whose rows all read and check cleanly is accepted, each
    /// other file is rejected with all its errors, and a rejected file never changes what the accepted ones bring. Each
    /// file is sent as one unit (<see cref="SubmissionFile.SentAs"/>, else the unit of its first row): a row of another
    /// unit is an error naming both. Rows of one unit, period and <c>submitted_at</c> still join across files (figures,
    /// progress, difficulties); a submission so joined is brought by the file of its first row.
    /// </summary>
    /// <param name="files">The files, with their arrival times (stamped as <see cref="Submission.ReceivedAt"/> and checked against the declared times).</param>
    /// <param name="desk">The door.</param>
    /// <returns>One outcome per file, in the order given.</returns>
    public static IReadOnlyList<SubmissionFileOutcome> ReadEach(IReadOnlyList<SubmissionFile> files, SubmissionDesk desk)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(desk);
        var rejected = new Dictionary<string, (List<InputError> Errors, int Count)>(StringComparer.Ordinal);
        var remaining = files.ToList();
        while (true)
        {
            // A file rejected in one pass takes its rows out of the next, so the submissions they joined are judged on
            // the good files alone; each pass rejects at least one more file, or is the last.
            var state = Pass([.. remaining.Select(Open)], desk);
            if (state.Count == 0)
            {
                var bySource = state.Accepted.ToLookup(static a => a.Source, static a => a.Submission, StringComparer.Ordinal);
                return [.. files.Select(f => rejected.TryGetValue(f.Name, out var bad)
                    ? new SubmissionFileOutcome(f.Name, [], bad.Errors, bad.Count)
                    : new SubmissionFileOutcome(f.Name, [.. bySource[f.Name]], [], 0))];
            }

            // A file that fails on its own is to blame first: the desk's errors on a report it joined (an element given
            // twice across two files) may fall on another file's row, which must not be rejected for it. Only files that
            // each read cleanly but clash together are all blamed where their errors fall.
            var erring = remaining.Where(f => state.CountBySource.ContainsKey(f.Name)).ToList();
            var failAlone = erring.Where(f => Pass([Open(f)], desk).Count > 0).Select(static f => f.Name).ToHashSet(StringComparer.Ordinal);
            var blamed = failAlone.Count > 0 ? failAlone : state.CountBySource.Keys.ToHashSet(StringComparer.Ordinal);
            foreach (var (source, count) in state.CountBySource.Where(c => blamed.Contains(c.Key)))
            {
                rejected[source] = ([.. state.Errors.Where(e => e.Source == source).OrderBy(static e => e.Line).ThenBy(static e => e.Column)], count);
            }

            if (remaining.RemoveAll(f => rejected.ContainsKey(f.Name)) == 0)
            {
                throw new InvalidOperationException("a CSV error was not placed in its file; every error of a pass must name its file");
            }
        }
    }

    private static (string Source, Stream Content, SubmissionFile? File) Open(SubmissionFile file) =>
        (file.Name, MemoryStreams.ReadOnly(file.Content), file);

    private static ReadState Pass(IReadOnlyList<(string Source, Stream Content, SubmissionFile? File)> files, SubmissionDesk desk)
    {
        var state = new ReadState(desk);
        foreach (var (source, content, file) in files)
        {
            ReadFile(source, content, file, state);
        }

        state.AttachLooseRows();
        foreach (var group in state.Groups.Values)
        {
            var result = (group.ReceivedAt is { } received ? desk.Receiving(received, null) : desk).Check(group.ToSubmission(), group.Locate);
            if (result.TryGetValue(out var checkedSubmission))
            {
                state.Accepted.Add((group.Source, checkedSubmission));
            }
            else
            {
                result.Errors.ToList().ForEach(state.Add);
            }
        }

        return state;
    }

    /// <summary>Reads CSV files from disk; see <see cref="Read"/>.</summary>
    /// <param name="paths">The files.</param>
    /// <param name="desk">The door.</param>
    /// <returns>The accepted submissions, or every error.</returns>
    public static InputResult<IReadOnlyList<CheckedSubmission>> ReadFiles(IEnumerable<string> paths, SubmissionDesk desk)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var streams = paths.Select(static p => (p, (Stream)File.OpenRead(p))).ToList();
        try
        {
            return Read(streams, desk);
        }
        finally
        {
            foreach (var (_, stream) in streams)
            {
                stream.Dispose();
            }
        }
    }

    // A receiver's file (file not null) is sent as one unit; a trusted batch (Read) may hold many.
    private static void ReadFile(string source, Stream content, SubmissionFile? file, ReadState state)
    {
        var sentAs = file?.SentAs;
        var tokenizer = new Utf8CsvTokenizer(content);
        var status = tokenizer.Read();
        if (status != Utf8CsvTokenizer.Status.Record)
        {
            state.Add(new InputError(1, status == Utf8CsvTokenizer.Status.Error ? tokenizer.ErrorColumn : 0,
                status == Utf8CsvTokenizer.Status.End ? state.Desk.Say("csv.empty") : tokenizer.ErrorMessage) { Source = source });
            return;
        }

        var kind = Kind(tokenizer);
        if (kind is null)
        {
            state.Add(new InputError(1, 1, state.Desk.Say("csv.noFormat")) { Source = source });
            return;
        }

        var columns = kind.Value switch
        {
            SubmissionPart.Figure => FigureColumns,
            SubmissionPart.Progress => ProgressColumns,
            SubmissionPart.Text => TextColumns,
            _ => DifficultyColumns,
        };
        var map = CsvHeader.Map(tokenizer, columns);
        var headerFields = tokenizer.FieldCount;
        var missing = columns.Where((c, i) => map[i] < 0 && !OptionalColumns.Contains(c)).ToList();
        foreach (var column in missing)
        {
            state.Add(new InputError(1, 0, state.Desk.Say("csv.missingColumn", column)) { Source = source, Field = column });
        }

        if (missing.Count > 0)
        {
            return;
        }

        var place = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var c = 0; c < columns.Length; c++)
        {
            place[columns[c]] = map[c] + 1;
        }

        while ((status = tokenizer.Read()) != Utf8CsvTokenizer.Status.End)
        {
            if (status == Utf8CsvTokenizer.Status.Error)
            {
                state.Add(new InputError(tokenizer.Line, tokenizer.ErrorColumn, tokenizer.ErrorMessage) { Source = source });
                continue;
            }

            if (tokenizer.FieldCount == 1 && tokenizer.Field(0).IsEmpty)
            {
                continue;
            }

            var row = new Row(source, tokenizer.Line, place);
            if (tokenizer.FieldCount != headerFields)
            {
                state.Add(row.Error(string.Empty, state.Desk.Say("csv.fieldCount", headerFields, tokenizer.FieldCount)));
                continue;
            }

            string Get(string column) => map[Array.IndexOf(columns, column)] is var i and >= 0 ? Encoding.UTF8.GetString(tokenizer.Field(i)) : string.Empty;
            if (file is not null)
            {
                var unit = Get("unit_code").Trim();
                sentAs ??= unit;
                if (!string.Equals(unit, sentAs, StringComparison.Ordinal))
                {
                    state.Add(row.Error("unit_code", state.Desk.Say("csv.otherUnit", unit, sentAs)));
                    continue;
                }
            }

            state.AddRow(kind.Value, row, Get, file?.ReceivedAt);
        }
    }

    private static SubmissionPart? Kind(Utf8CsvTokenizer header)
    {
        var names = Enumerable.Range(0, header.FieldCount).Select(i => Encoding.UTF8.GetString(header.Field(i)).Trim()).ToHashSet(StringComparer.Ordinal);
        return names.Contains("element") && names.Contains("value") ? SubmissionPart.Figure
            : names.Contains("plan") && names.Contains("task") ? SubmissionPart.Progress
            : names.Contains("topic") && names.Contains("text") ? SubmissionPart.Difficulty
            : names.Contains("section") && names.Contains("text") ? SubmissionPart.Text
            : null;
    }

    /// <summary>Where a row came from: file, line, and the column of each field.</summary>
    private sealed record Row(string Source, int Line, IReadOnlyDictionary<string, int> Columns)
    {
        public InputError Error(string field, string message) =>
            new(Line, Columns.GetValueOrDefault(field), message) { Source = Source, Field = field };
    }

    private sealed class ReadState(SubmissionDesk desk)
    {
        public SubmissionDesk Desk => desk;

        // Difficulties and texts name no data set: they wait until every report they may join is read.
        private readonly List<((string Unit, string Period, string SubmittedAt) Key, object Item, Row Row)> looseRows = [];

        public List<InputError> Errors { get; } = [];

        public int Count { get; private set; }

        public Dictionary<string, int> CountBySource { get; } = new(StringComparer.Ordinal);

        public List<(string Source, CheckedSubmission Submission)> Accepted { get; } = [];

        public Dictionary<(string Unit, string DataSet, string Period, string SubmittedAt), Group> Groups { get; } = [];

        public void Add(InputError error)
        {
            Count++;
            if (error.Source is { } source)
            {
                CountBySource[source] = CountBySource.GetValueOrDefault(source) + 1;
            }

            if (Errors.Count < SubmissionFields.MaxErrors)
            {
                Errors.Add(error);
            }
        }

        public void AddRow(SubmissionPart kind, Row row, Func<string, string> get, LocalDateTime? receivedAt)
        {
            var unit = get("unit_code").Trim();
            var periodText = get("period").Trim();
            var sentText = get("submitted_at").Trim();
            var before = Count;
            if (unit.Length == 0)
            {
                Add(row.Error("unit_code", desk.Say("field.empty", "unit_code")));
            }

            var sent = Field(row, "submitted_at", SubmissionFields.ParseSubmittedAt(sentText, desk.Language));

            if (kind is SubmissionPart.Difficulty or SubmissionPart.Text)
            {
                object loose = kind == SubmissionPart.Text ? new SectionText(get("section").Trim(), get("text")) : Difficulty(row, get);
                if (Count == before)
                {
                    looseRows.Add(((unit, periodText, sentText), loose, row));
                }

                return;
            }

            DataSet? dataSet;
            if (kind == SubmissionPart.Figure)
            {
                var code = get("data_set").Trim();
                dataSet = desk.DataSets.Find(code);
                if (dataSet is null)
                {
                    Add(row.Error("data_set", desk.Say("header.unknownDataSet", code)));
                }
            }
            else
            {
                var plan = get("plan").Trim();
                dataSet = desk.DataSets.ForPlan(plan);
                if (dataSet is null)
                {
                    Add(row.Error("plan", desk.Say("progress.noDataSetForPlan", plan)));
                }
            }

            if (dataSet is null)
            {
                return;
            }

            var period = Field(row, "period", SubmissionFields.ParsePeriod(periodText, dataSet));

            var item = kind == SubmissionPart.Figure ? (object?)Figure(row, get) : Progress(row, get);
            if (Count > before || item is null || period is null || sent is null)
            {
                return;
            }

            var key = (unit, dataSet.Code, periodText, sentText);
            if (!Groups.TryGetValue(key, out var group))
            {
                group = new Group(unit, dataSet, period.Value, sent.Value, row, receivedAt);
                Groups.Add(key, group);
            }

            group.Add(item, row);
        }

        private FigureValue? Figure(Row row, Func<string, string> get)
        {
            var element = get("element").Trim();
            var value = get("value").Trim();
            if (value.Length == 0)
            {
                Add(row.Error("value", desk.Say("figure.noValue", element)));
                return null;
            }

            return new FigureValue(element, value, SubmissionFields.Optional(get("comment")));
        }

        private Difficulty Difficulty(Row row, Func<string, string> get)
        {
            var carried = Field(row, "carried_over", SubmissionFields.ParseCarriedOver(get("carried_over"), desk.Language));
            return new Difficulty(get("topic"), get("text"), SubmissionFields.Optional(get("addressed_to"))) { CarriedOver = carried == true };
        }

        private TaskProgress? Progress(Row row, Func<string, string> get)
        {
            var before = Count;
            var status = Field(row, "status", SubmissionFields.ParseStatus(get("status").Trim(), desk.Language));

            int? percent = null;
            var percentText = get("percent").Trim();
            if (percentText.Length > 0)
            {
                // A clerk may type the sign: 80%.
                if (int.TryParse(percentText.TrimEnd('%').TrimEnd(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var p))
                {
                    percent = p;
                }
                else
                {
                    Add(row.Error("percent", desk.Say("progress.percentNotWhole", percentText)));
                }
            }

            var completedOn = Optional(row, get, "completed_on", text => SubmissionFields.ParseDate(text, desk.Language));
            var newDue = Optional(row, get, "new_due_date", text => SubmissionFields.ParseDate(text, desk.Language));
            var decision = Optional(row, get, "decision", text => SubmissionFields.ParseDecision(text, desk.Language));
            return Count > before || status is null ? null : new TaskProgress
            {
                PlanId = get("plan").Trim(),
                TaskId = get("task").Trim(),
                Status = status.Value,
                Percent = percent,
                CompletedOn = completedOn,
                NewDueDate = newDue,
                Decision = decision,
                Evidence = SubmissionFields.Optional(get("evidence")),
                Comment = SubmissionFields.Optional(get("comment")),
            };
        }

        private T? Optional<T>(Row row, Func<string, string> get, string column, Func<string, OneOf<T, ParseError>> parse)
            where T : struct
        {
            var text = get(column).Trim();
            return text.Length == 0 ? null : Field(row, column, parse(text));
        }

        private T? Field<T>(Row row, string column, OneOf<T, ParseError> read)
            where T : struct =>
            read.Match<T?>(static value => value, error =>
            {
                Add(row.Error(column, error.Message));
                return null;
            });

        // Difficulties go to the unit's progress report of the same period and time, else to its figures; texts to the
        // first of those whose data set has sections (a progress report has none, report 87's figures do); each the first
        // such data set in catalog order.
        public void AttachLooseRows()
        {
            var order = desk.DataSets.DataSets.Select((d, i) => (d.Code, i)).ToDictionary(static x => x.Code, static x => x.i, StringComparer.Ordinal);
            var reports = Groups
                .GroupBy(static g => (g.Key.Unit, g.Key.Period, g.Key.SubmittedAt))
                .ToDictionary(static g => g.Key, g => g.Select(static x => x.Value).ToList());
            foreach (var (key, item, row) in looseRows)
            {
                var text = item is SectionText;
                if (reports.TryGetValue(key, out var candidates))
                {
                    candidates
                        .OrderBy(v => text ? v.DataSet.Sections.Count == 0 : v.DataSet.PlanId is null)
                        .ThenBy(v => order[v.DataSet.Code])
                        .First().Add(item, row);
                }
                else
                {
                    Add(row.Error("unit_code", desk.Say(text ? "text.orphan" : "difficulty.orphan")));
                }
            }
        }
    }

    private sealed class Group(string unit, DataSet dataSet, ReportingPeriod period, LocalDateTime submittedAt, Row header, LocalDateTime? receivedAt)
    {
        private readonly List<FigureValue> figures = [];
        private readonly List<Row> figureRows = [];
        private readonly List<TaskProgress> progress = [];
        private readonly List<Row> progressRows = [];
        private readonly List<Difficulty> difficulties = [];
        private readonly List<Row> difficultyRows = [];
        private readonly List<SectionText> texts = [];
        private readonly List<Row> textRows = [];

        public DataSet DataSet => dataSet;

        /// <summary>The file of the group's first row.</summary>
        public string Source => header.Source;

        /// <summary>When the file of the group's first row arrived.</summary>
        public LocalDateTime? ReceivedAt => receivedAt;

        public void Add(object item, Row row)
        {
            switch (item)
            {
                case FigureValue figure:
                    figures.Add(figure);
                    figureRows.Add(row);
                    break;
                case TaskProgress task:
                    progress.Add(task);
                    progressRows.Add(row);
                    break;
                case Difficulty difficulty:
                    difficulties.Add(difficulty);
                    difficultyRows.Add(row);
                    break;
                case SectionText text:
                    texts.Add(text);
                    textRows.Add(row);
                    break;
            }
        }

        public Submission ToSubmission() => new()
        {
            UnitCode = unit,
            DataSetCode = dataSet.Code,
            Period = period,
            SubmittedAt = submittedAt,
            Figures = figures,
            Progress = progress,
            Difficulties = difficulties,
            Texts = texts,
        };

        public InputError Locate(SubmissionPlace place, string message) => (place.Part switch
        {
            SubmissionPart.Figure => figureRows[place.Index],
            SubmissionPart.Progress => progressRows[place.Index],
            SubmissionPart.Difficulty => difficultyRows[place.Index],
            SubmissionPart.Text => textRows[place.Index],
            _ => header,
        }).Error(place.Field, message);
    }
}
