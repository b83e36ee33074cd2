using System.Globalization;
using System.Text.RegularExpressions;
using KhanhHoa.Governance.Calendar;
using KhanhHoa.Governance.Directives;
using KhanhHoa.Governance.Organization;

namespace KhanhHoa.Governance.Tasks.Import;

/// <summary>One run of <see cref="PlanImporter.Import"/>: walks the document's blocks, keeps the tasks and findings.</summary>
internal sealed partial class PlanReading(PlanDocument document, AgencyRegistry agencies, PlanImportOptions options)
{
    private const string AppendixHeadingNote = "Appendix heading.";

    private readonly List<InputError> errors = [];
    private readonly List<PlanTask> tasks = [];
    private readonly Dictionary<string, DocumentLocation> ids = new(StringComparer.Ordinal);
    private readonly List<InputError> unresolved = [];
    private readonly List<InputError> unreadable = [];
    private readonly List<InputError> ambiguities = [];
    private readonly List<string> planNotes = [];
    private readonly Dictionary<string, int> counters = new(StringComparer.Ordinal);
    private int year;
    private int tables;
    private PlanColumn?[]? columns;
    private string? appendix;
    private string? appendixHeadingId;
    private string? group;

    public InputResult<PlanImport> Read()
    {
        var firstTask = FirstTaskTable();

        // Without a task table, the tasks are in the body text (numbered paragraphs with "Cơ quan chủ trì: …").
        var body = firstTask < 0 ? BodyTaskReader.Read(document.Blocks.OfType<DocumentParagraph>()) : [];
        var header = firstTask >= 0
            ? document.Blocks.Take(firstTask).SelectMany(Paragraphs)
            : document.Blocks.TakeWhile(b => body.Count == 0 || b is not DocumentParagraph p || p.Location != body[0].Location).SelectMany(Paragraphs);
        var directive = PlanImporter.ReadHeader(header, out var titleYear, out var draftMonth);
        var contextYear = options.ContextYear ?? directive.IssuedOn?.Year ?? titleYear ?? draftMonth?.Year;
        var id = options.PlanId ?? (directive.Number.IsDraft ? null : directive.Number.ToString());
        if (id is null && DraftId(directive, draftMonth) is { } stable)
        {
            id = stable;
            PlanNote($"The document number \"{directive.Number}\" is blank (a draft); the plan id {id} is made of its symbol and date.");
        }

        if (firstTask < 0 && body.Count == 0)
        {
            Error(DocumentLocation.Document, "no task table (a table whose header has TT and Nhiệm vụ) and no task in the text (a numbered paragraph with \"Cơ quan chủ trì: …\")");
        }

        if (id is null)
        {
            Error(DocumentLocation.Document, "the document number is not in its header block (Số: …); give the plan an id");
        }

        if (contextYear is null)
        {
            Error(DocumentLocation.Document, "the year deadlines refer to is not in the header block (no date, no \"năm …\" in the title); give the context year");
        }
        else
        {
            year = contextYear.Value;
            ReadBlocks();
            ReadBody(body);

            // A task table whose rows are all empty would give a plan of no tasks that every later step accepts.
            if (errors.Count == 0 && tasks.Count == 0 && firstTask >= 0)
            {
                Error(DocumentLocation.Document, "the task table has no task: every row under its header is empty");
            }
        }

        if (errors.Count > 0)
        {
            return InputResult<PlanImport>.ForErrors(errors);
        }

        NoteRowsWithoutAgencies();
        var plan = new Plan(id!, directive, tasks, year, planNotes);
        return InputResult<PlanImport>.ForValue(new PlanImport(plan, new PlanImportReport(tables, tasks.Count, unresolved, unreadable, ambiguities)));
    }

    // A draft's stable id: its symbol and the year and month it is dated ("/UBND-KGVX", tháng 8 năm 2025 → UBND-KGVX-2025-08),
    // never the blank number itself; none when the header prints no symbol or no year.
    private static string? DraftId(Directive directive, (int Year, int? Month)? dated)
    {
        var symbol = directive.Number.ToString().TrimStart('/').Replace('/', '-');
        var year = directive.IssuedOn?.Year ?? dated?.Year;
        var month = directive.IssuedOn?.Month ?? dated?.Month;
        return symbol.Length == 0 || year is null
            ? null
            : string.Create(CultureInfo.InvariantCulture, $"{symbol}-{year:D4}{(month is { } m ? $"-{m:D2}" : string.Empty)}");
    }

    private int FirstTaskTable()
    {
        for (var i = 0; i < document.Blocks.Count; i++)
        {
            if (document.Blocks[i] is DocumentTable table && IsHeader(table.Rows.FirstOrDefault()))
            {
                return i;
            }
        }

        return -1;
    }

    // A layout table of the header block (issuer beside the motto) is read as its paragraphs.
    private static IEnumerable<DocumentParagraph> Paragraphs(DocumentBlock block) => block switch
    {
        DocumentParagraph p => [p],
        DocumentTable t => t.Rows.SelectMany(r => r.Cells.SelectMany(c => c.Paragraphs.Select(p => new DocumentParagraph(p, r.Location)))),
        _ => [],
    };

    private void ReadBlocks()
    {
        var appendixCount = document.Blocks.OfType<DocumentParagraph>().Count(p => PlanImporter.AppendixNumber(p.Text) is not null);
        string? pendingAppendix = null;
        DocumentLocation? pendingAt = null;
        string? pendingTitle = null;
        for (var b = 0; b < document.Blocks.Count; b++)
        {
            switch (document.Blocks[b])
            {
                case DocumentParagraph p when PlanImporter.AppendixNumber(p.Text) is { } number:
                    (pendingAppendix, pendingAt, pendingTitle) = (number, p.Location, null);
                    break;
                case DocumentParagraph p when pendingAppendix is not null && pendingTitle is null:
                    pendingTitle = p.Text;
                    break;
                case DocumentTable table:
                    // Tables are ids' scopes only when the document has several appendices (seed 004's I–IV).
                    var newAppendix = appendixCount > 1 && pendingAppendix is not null ? pendingAppendix : null;
                    if (newAppendix is not null)
                    {
                        StartAppendix(newAppendix, pendingTitle ?? $"Phụ lục {newAppendix}", pendingAt!);
                    }

                    pendingAppendix = null;
                    ReadTable(table, newAppendix is not null);
                    break;
            }
        }
    }

    private void ReadBody(List<BodyTaskReader.Item> items)
    {
        PlanColumn[] layout = [PlanColumn.Task, PlanColumn.Content, PlanColumn.Lead, PlanColumn.Coordinating, PlanColumn.ExpectedResult, PlanColumn.Deadline];
        foreach (var item in items)
        {
            string[] cells = [item.Text, .. layout.Skip(1).Select(c => item.Fields.GetValueOrDefault(c, string.Empty))];
            Flush(new Pending(item.Number, item.Parent, null, $"mục {item.Number}", cells, [], item.Location) { Corrections = item.Corrections }, [.. layout]);
        }
    }

    private void StartAppendix(string number, string title, DocumentLocation at)
    {
        appendix = number;
        appendixHeadingId = number;
        group = null;
        columns = null;
        AddTask(new PlanTask
        {
            Id = number,
            Text = title,
            Source = Source($"Phụ lục {number}", at),
            Notes = [AppendixHeadingNote],
        }, at);
    }

    private void ReadTable(DocumentTable table, bool newScope)
    {
        var rows = table.Rows.Where(static r => r.Cells.Any(static c => !c.IsEmpty)).ToList();
        if (rows.Count == 0)
        {
            return;
        }

        var start = 0;
        if (IsHeader(rows[0]))
        {
            var header = rows[0].Cells.Select(static c => string.Join(' ', c.Paragraphs)).ToList();
            start = 1;

            // A second header row: a header cell wrapped onto it ("Cơ quan" / "chủ trì"), or the parts of a merged
            // header cell ("Đơn vị thực hiện" over "Chủ trì" and "Phối hợp"); cells merged down repeat the first row.
            while (start < rows.Count && ContinuesHeader(rows[start], header))
            {
                for (var c = 0; c < header.Count; c++)
                {
                    var below = rows[start].Cells[c].Text;
                    header[c] = below.Length == 0 || below == header[c] ? header[c] : (header[c] + " " + below).Trim();
                }

                PlanNote($"The header of the table at {rows[0].Location} is printed over two rows; they are read as one.");
                start++;
            }

            var read = header.Select(PlanColumns.Recognize).ToArray();
            if (!newScope && columns is not null && read.SequenceEqual(columns))
            {
                PlanNote($"The table at {table.Location} repeats the task table's header; it is read as its continuation (a page break).");
            }
            else if (!newScope && columns is not null)
            {
                group = null;
            }

            columns = read;
            for (var c = 0; c < header.Count; c++)
            {
                if (read[c] is null)
                {
                    PlanNote($"The column \"{header[c]}\" of the table at {rows[0].Location} is not a task column; it is not read.");
                }
            }

            if (!read.Contains(PlanColumn.Task))
            {
                Error(rows[0].Location, "the table's header has no task column (Nhiệm vụ, Tên nhiệm vụ, Nội dung)");
                return;
            }
        }
        else if (columns is null)
        {
            // A layout table of the header block (issuer beside the motto), read with the header.
            return;
        }
        else if (rows.All(r => r.Positioned && r.Cells.Count != columns.Length))
        {
            // The signature block laid out as a table after the tasks, or another table that is not theirs.
            PlanNote($"The table at {table.Location} has no task header and not the task table's columns; it is not read.");
            return;
        }
        else
        {
            PlanNote($"The table at {table.Location} has no header; it is read as the continuation of the task table above it (a page break).");
        }

        tables++;
        ReadRows(rows.Skip(start).ToList());
    }

    private static bool IsHeader(DocumentRow? row) =>
        row is not null && row.Cells.Select(static c => PlanColumns.Recognize(string.Join(' ', c.Paragraphs))).Count(static c => c is not null) >= 2
        && row.Cells.Any(static c => PlanColumns.Recognize(string.Join(' ', c.Paragraphs)) == PlanColumn.Task);

    private static bool ContinuesHeader(DocumentRow row, List<string> header) =>
        row.Positioned && row.Cells.Count == header.Count
        && row.Cells.Select((c, i) => c.IsEmpty || c.Text == header[i] || (c.Text.Split(' ').Length <= 3 && !PlanColumns.IsRowNumber(c.Text))).All(static ok => ok)
        && (row.Cells[0].IsEmpty || row.Cells[0].Text == header[0]);

    private void ReadRows(List<DocumentRow> rows)
    {
        var layout = columns!.Select(static c => c ?? PlanColumn.Unknown).ToList();
        var fitted = rows.Select(r => (Row: r, Fit: RowFitter.Fit(layout, r, IsDeadline, StartsWithAgency))).ToList();
        var numberAt = layout.IndexOf(PlanColumn.Number);
        string NumberOf(string[] cells) => numberAt < 0 ? string.Empty : cells[numberAt].Trim();

        // Automatic numbering lost in conversion prints "1." on every row: the ids are then given in order.
        var printed = fitted.Select(f => NumberOf(f.Fit.Cells)).Where(static n => n.Length > 0 && !PlanColumns.IsRoman(n)).ToList();
        var repeated = printed.GroupBy(PlanColumns.Bare).FirstOrDefault(static g => g.Count() > 1);
        if (repeated is not null)
        {
            PlanNote($"Row number \"{repeated.First()}\" is printed on {repeated.Count()} rows of the table at {rows[0].Location}; the rows are given ids in order.");
        }

        Pending? pending = null;
        var previousNumbered = false;
        foreach (var (row, (cells, notes)) in fitted)
        {
            var number = NumberOf(cells);
            if (number.Length > 0 && !PlanColumns.IsRowNumber(number))
            {
                notes.Add($"The number cell \"{number}\" is not a row number; the row is numbered in order.");
                number = string.Empty;
            }

            // A row without a number after a numbered row is the rest of that row, split over two table rows.
            if (number.Length == 0 && previousNumbered && pending is not null)
            {
                pending.Merge(cells, layout, row.Location);
                continue;
            }

            Flush(pending, layout);
            var (id, parent, label, section) = Identify(number, repeated is not null, notes);
            pending = new Pending(id, parent, label, section, cells, notes, row.Location);
            previousNumbered = number.Length > 0 && !PlanColumns.IsRoman(number);
        }

        Flush(pending, layout);
    }

    private (string Id, string? Parent, string? Label, string Section) Identify(string number, bool inOrder, List<string> notes)
    {
        var scope = group ?? appendix;
        var bare = PlanColumns.Bare(number);
        string id;
        string? parent;
        if (PlanColumns.IsRoman(number))
        {
            id = Join(appendix, bare);
            parent = appendixHeadingId;
            group = id;
            return (id, parent, Label(number, id), Section($"mục {number}"));
        }

        if (number.Length == 0 || inOrder)
        {
            var key = scope ?? string.Empty;
            counters[key] = counters.GetValueOrDefault(key) + 1;
            id = Join(scope, counters[key].ToString(CultureInfo.InvariantCulture));
            if (number.Length == 0 && counters[key] == 1)
            {
                notes.Add("The rows are not numbered; ids are given in order.");
            }

            return (id, scope, Label(number, id), Section(number.Length == 0 ? $"dòng {counters[key]}" : $"TT \"{number}\" (dòng {counters[key]})"));
        }

        id = Join(scope, bare);
        var dot = bare.LastIndexOf('.');
        parent = dot > 0 && ids.ContainsKey(Join(scope, bare[..dot])) ? Join(scope, bare[..dot]) : scope;
        return (id, parent, Label(number, id), Section($"TT {number}"));
    }

    private string Section(string row) => appendix is null ? row : $"Phụ lục {appendix}, {row}";

    private static string? Label(string number, string id) => number.Length == 0 || number == id ? null : number;

    private static string Join(string? scope, string part) => scope is null ? part : $"{scope}.{part}";

    private void Flush(Pending? pending, List<PlanColumn> layout)
    {
        if (pending is null)
        {
            return;
        }

        string? Cell(PlanColumn column)
        {
            var at = layout.IndexOf(column);
            return at < 0 || pending.Cells[at].Length == 0 ? null : pending.Cells[at];
        }

        var text = Cell(PlanColumn.Task);
        if (text is null)
        {
            Error(pending.Location, "the row has no task text");
            return;
        }

        var notes = pending.Notes;
        var markers = FootnoteMarker().Matches(text).ToList();
        if (markers.Count > 0)
        {
            notes.Add($"Footnote marker(s) {string.Join(", ", markers.Select(static m => m.Value.Trim()))} are kept in the text as printed.");
        }

        var deadlineText = Cell(PlanColumn.Deadline);
        var deadline = deadlineText is null ? null : Deadline.Parse(deadlineText, year);
        if (deadline is { Kind: DeadlineKind.Unspecified })
        {
            notes.Add($"The deadline \"{deadlineText}\" could not be read.");
            unreadable.Add(Finding(pending.Id, pending.Location, $"\"{deadlineText}\": no deadline read"));
        }
        else if (deadline is { Unrecognized.Count: > 0 })
        {
            unreadable.Add(Finding(pending.Id, pending.Location, $"\"{deadlineText}\": words not read: {string.Join("; ", deadline.Unrecognized)}"));
        }

        AddTask(new PlanTask
        {
            Id = pending.Id,
            ParentId = pending.Parent,
            Label = pending.Label,
            Text = text,
            Lead = Agencies(Cell(PlanColumn.Lead), pending),
            Coordinating = Agencies(Cell(PlanColumn.Coordinating), pending),
            Content = Cell(PlanColumn.Content),
            ExpectedResult = Cell(PlanColumn.ExpectedResult),
            DeadlineText = deadlineText,
            Deadline = deadline,
            Remark = Cell(PlanColumn.Remark),
            Source = Source(pending.Section, pending.Location),
            Notes = notes,
            Corrections = [.. markers.Select(static m => new TextCorrection(m.Value, string.Empty)), .. pending.Corrections],
        }, pending.Location);
    }

    private AgencyCell? Agencies(string? text, Pending row)
    {
        if (text is null)
        {
            return null;
        }

        var cell = agencies.ResolveCell(text);
        unresolved.AddRange(cell.Unresolved.Select(u => Finding(row.Id, row.Location, $"\"{u}\" names no known agency")));
        return cell;
    }

    private void AddTask(PlanTask task, DocumentLocation at)
    {
        if (!ids.TryAdd(task.Id, at))
        {
            Error(at, $"duplicate task id '{task.Id}' (first at {ids[task.Id]})");
            return;
        }

        tasks.Add(task.WithAgenciesNamedInText(agencies));
    }

    // Rows that print no agency are group rows when sub-rows follow, otherwise they look like headings.
    private void NoteRowsWithoutAgencies()
    {
        var parents = tasks.Where(static t => t.ParentId is not null).Select(static t => t.ParentId!).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < tasks.Count; i++)
        {
            var task = tasks[i];
            if (task.Lead is not null || task.Coordinating is not null || task.Notes.Contains(AppendixHeadingNote))
            {
                continue;
            }

            var note = parents.Contains(task.Id)
                ? "Group row: it prints no agency; its sub-rows carry them."
                : "The row prints no agency; it looks like a heading.";
            tasks[i] = task with { Notes = [.. task.Notes, note] };
        }

        foreach (var task in tasks)
        {
            var at = ids[task.Id];
            ambiguities.AddRange(task.Notes.Where(static n => n != AppendixHeadingNote).Select(n => Finding(task.Id, at, n)));
        }

        ambiguities.AddRange(planNotes.Select(n => Finding(null, DocumentLocation.Document, n)));
    }

    private bool StartsWithAgency(string text)
    {
        var named = agencies.ResolveCell(text).References;
        return named.Count > 0 && text.TrimStart().StartsWith(named[0].Text, StringComparison.Ordinal);
    }

    // A deadline may name an agency ("gửi về Công an tỉnh", "Theo chỉ đạo của Bộ Công an"); an agency cell starts with one.
    private bool IsDeadline(string text)
    {
        if (Deadline.Parse(text, year).Kind == DeadlineKind.Unspecified)
        {
            return false;
        }

        return !StartsWithAgency(text);
    }

    private TaskSource Source(string section, DocumentLocation at) => at.Table > 0
        ? new TaskSource(document.Name, $"{section} ({at})", null)
        : new TaskSource(document.Name, section, at.Line);

    private void PlanNote(string note)
    {
        if (!planNotes.Contains(note))
        {
            planNotes.Add(note);
        }
    }

    // What the importer found or decided about a row (or the document), for the person who checks the plan.
    private InputError Finding(string? taskId, DocumentLocation at, string message) => new(at.Line, 0, message)
    {
        Source = document.Name,
        Table = at.Table,
        Row = at.Row,
        Field = taskId is null ? string.Empty : "task " + taskId,
        Severity = InputSeverity.Warning,
    };

    private void Error(DocumentLocation at, string message) =>
        errors.Add(new InputError(at.Line, 0, message) { Source = document.Name, Field = at.Table > 0 ? at.ToString() : string.Empty });

    [GeneratedRegex(@"\s*\[[0-9]{1,3}\]", RegexOptions.CultureInvariant)]
    private static partial Regex FootnoteMarker();

    /// <summary>A row read but not yet a task: a later unnumbered row may continue it.</summary>
    private sealed class Pending(string id, string? parent, string? label, string section, string[] cells, List<string> notes, DocumentLocation location)
    {
        public string Id { get; } = id;

        public string? Parent { get; } = parent;

        public string? Label { get; } = label;

        public string Section { get; } = section;

        public string[] Cells { get; } = cells;

        public List<string> Notes { get; } = notes;

        public DocumentLocation Location { get; } = location;

        /// <summary>How the task's text reads where it is not as printed, beyond its footnote markers.</summary>
        public IReadOnlyList<TextCorrection> Corrections { get; init; } = [];

        public void Merge(string[] more, List<PlanColumn> layout, DocumentLocation at)
        {
            for (var c = 0; c < Cells.Length && c < more.Length; c++)
            {
                if (more[c].Length > 0 && layout[c] != PlanColumn.Number)
                {
                    Cells[c] = Cells[c].Length == 0 ? more[c] : Cells[c] + "\n" + more[c];
                }
            }

            Notes.Add($"The row continues on the next table row ({at}); the two are read as one.");
        }
    }
}
