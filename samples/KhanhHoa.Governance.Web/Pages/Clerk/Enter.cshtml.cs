using KhanhHoa.Governance.Calendar;
using KhanhHoa.Governance.Directives;
using KhanhHoa.Governance.Primitives;
using KhanhHoa.Governance.Reporting;
using KhanhHoa.Governance.Submissions;
using KhanhHoa.Governance.Tasks;
using KhanhHoa.Governance.Web.Accounts;
using KhanhHoa.Governance.Web.Hosting;
using KhanhHoa.Governance.Web.Receiving;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KhanhHoa.Governance.Web.Pages.Clerk;

/// <summary>
/// Entry in the browser of what a form carries (figures, task progress with last period's status beside each task,
/// difficulties, and the unit's own text per section of the report, footnotes written as <c>[^1]</c>): the page reads
/// each field with the library's parsers (all errors at once, by task and field), writes the same JSON submission a
/// program would send and hands it to the same desk, so its errors and receipt are those of an uploaded file.
/// </summary>
internal sealed class EnterModel(Province province, SubmissionReceiver receiver, SubmissionLedger ledger, Today today) : PageModel
{
    /// <summary>Rows of difficulties offered.</summary>
    public const int DifficultyRows = 3;

    /// <summary>The data sets the unit reports.</summary>
    public IReadOnlyList<DataSet> DataSets { get; private set; } = [];

    /// <summary>The chosen data set.</summary>
    public DataSet? DataSet { get; private set; }

    /// <summary>The chosen data set's elements the unit owns, in form order: the figures it types.</summary>
    public IReadOnlyList<DataElement> Elements { get; private set; } = [];

    /// <summary>The period.</summary>
    public string Period { get; private set; } = string.Empty;

    /// <summary>Why the page cannot show a form, in Vietnamese.</summary>
    public string? Problem { get; private set; }

    /// <summary>The sections of the report the unit may write its own text for (<see cref="DataSet.Sections"/>), each with its title.</summary>
    public IReadOnlyList<(string Key, string Title)> Sections { get; private set; } = [];

    /// <summary>The texts typed per section, shown again beside <see cref="FieldErrors"/>.</summary>
    public IReadOnlyDictionary<string, string> TypedTexts { get; private set; } = new Dictionary<string, string>();

    /// <summary>The unit's tasks in the data set's plan (none for a data set of figures).</summary>
    public IReadOnlyList<ResponsibilityAssignment> Tasks { get; private set; } = [];

    /// <summary>What the unit reported last period on each task, by plan and task id.</summary>
    public IReadOnlyDictionary<(string Plan, string Task), TaskProgress> LastPeriod { get; private set; } = new Dictionary<(string, string), TaskProgress>();

    /// <summary>The previous period's id.</summary>
    public string? PreviousPeriod { get; private set; }

    /// <summary>The fields that could not be read, by task and field, in Vietnamese (nothing was sent).</summary>
    public IReadOnlyList<string> FieldErrors { get; private set; } = [];

    /// <summary>What was typed, shown again beside <see cref="FieldErrors"/>.</summary>
    public IReadOnlyList<TaskEntry> Typed { get; private set; } = [];

    /// <summary>Shows the form of <paramref name="dataSet"/> for <paramref name="period"/>.</summary>
    public async Task<IActionResult> OnGetAsync(string? dataSet, string? period, CancellationToken cancellationToken) =>
        await LoadAsync(dataSet, period, cancellationToken) ? Page() : Refused();

    /// <summary>Sends what was typed; a field that cannot be read sends nothing and shows every such field.</summary>
    public async Task<IActionResult> OnPostAsync(string? dataSet, string? period, Dictionary<string, string>? value, List<string>? topic, List<string>? text, List<TaskEntry>? task, Dictionary<string, string>? section, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(dataSet, period, cancellationToken) || DataSet is not { } set)
        {
            return Refused();
        }

        var errors = new List<string>();
        var progress = ReadProgress(task ?? [], errors);
        if (errors.Count > 0)
        {
            FieldErrors = errors;
            Typed = task ?? [];
            TypedTexts = section ?? [];
            HttpContext.Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        var difficulties = Enumerable.Range(0, Math.Min(topic?.Count ?? 0, text?.Count ?? 0))
            .Where(i => !string.IsNullOrWhiteSpace(topic![i]) || !string.IsNullOrWhiteSpace(text![i]))
            .Select(i => new Difficulty(topic![i] ?? string.Empty, text![i] ?? string.Empty))
            .ToList();
        var submission = new Submission
        {
            UnitCode = User.UnitCode()!,
            DataSetCode = set.Code,
            Period = set.ParsePeriod(Period).AsT0,
            SubmittedAt = today.Now,
            Sender = User.Actor(),
            Figures = [.. Elements.Where(e => value?.GetValueOrDefault(e.Code) is { Length: > 0 }).Select(e => new FigureValue(e.Code, value![e.Code].Trim()))],
            Progress = progress,
            Difficulties = difficulties,
            // A section left blank sends no text; what is typed goes to the desk as written (its footnotes checked there).
            Texts = [.. Sections.Where(x => section?.GetValueOrDefault(x.Key) is { } typed && !string.IsNullOrWhiteSpace(typed))
                .Select(x => new SectionText(x.Key, section![x.Key].ReplaceLineEndings("\n").Trim()))],
        };
        using var json = new MemoryStream();
        SubmissionJson.Write(json, submission);
        var result = await receiver.ReceiveAsync(User.Actor(), User.UnitCode()!, "nhap-tren-trinh-duyet.json", json.ToArray(), cancellationToken);
        return RedirectToPage("/Clerk/Receipt", new { receipt = result.Version!.Receipt });
    }

    // Only the unit's own tasks are read: a row naming another task is left out, as a form row of another unit would be refused.
    private List<TaskProgress> ReadProgress(IReadOnlyList<TaskEntry> entries, List<string> errors)
    {
        var own = Tasks.Select(static t => (t.Plan.Id, t.Task.Id)).ToHashSet();
        var progress = new List<TaskProgress>();
        foreach (var entry in entries.Where(e => !string.IsNullOrWhiteSpace(e.Status) && own.Contains((e.Plan ?? string.Empty, e.Task ?? string.Empty))))
        {
            var where = $"Nhiệm vụ {entry.Task} ({entry.Plan})";
            T? Read<T>(string field, string? typed, Func<string, OneOf.OneOf<T, ParseError>> parse)
                where T : struct
            {
                if (string.IsNullOrWhiteSpace(typed))
                {
                    return null;
                }

                var parsed = parse(typed.Trim());
                if (parsed.TryPickT1(out var error, out var read))
                {
                    errors.Add($"{where}, {field}: {error.Message}");
                    return null;
                }

                return read;
            }

            var status = Read("tình trạng", entry.Status, SubmissionFields.ParseStatus);
            int? percent = null;
            if (!string.IsNullOrWhiteSpace(entry.Percent))
            {
                if (int.TryParse(entry.Percent.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var p))
                {
                    percent = p;
                }
                else
                {
                    errors.Add($"{where}, tiến độ (%): “{entry.Percent}” không phải số nguyên từ 0 đến 100.");
                }
            }

            var completedOn = Read("ngày hoàn thành", entry.CompletedOn, SubmissionFields.ParseDate);
            var newDueDate = Read("hạn mới", entry.NewDueDate, SubmissionFields.ParseDate);
            var decision = string.IsNullOrWhiteSpace(entry.Decision) ? null : SubmissionFields.ParseDecision(entry.Decision.Trim()).Match<DocumentNumber?>(static d => d, e =>
            {
                errors.Add($"{where}, văn bản: {e.Message}");
                return null;
            });
            if (status is { } kind)
            {
                progress.Add(new TaskProgress
                {
                    PlanId = entry.Plan!, TaskId = entry.Task!, Status = kind, Percent = percent, CompletedOn = completedOn, NewDueDate = newDueDate,
                    Decision = decision, Evidence = Blank(entry.Evidence), Comment = Blank(entry.Comment),
                });
            }
        }

        return progress;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private async Task<bool> LoadAsync(string? dataSet, string? period, CancellationToken cancellationToken)
    {
        if (!Load(dataSet, period) || DataSet is not { PlanId: { } planId } set)
        {
            return DataSet is not null;
        }

        var unit = User.UnitCode()!;
        Tasks = province.Desk.Assignments.TasksOf(unit, province.Data.OrgUnits.Find(unit)?.Kind, planId);
        var current = set.ParsePeriod(Period).AsT0;
        PreviousPeriod = ReportingPeriod.Containing(current.Start.PlusDays(-1), current.Kind, set.Cutoff)?.Id;
        if (PreviousPeriod is { } last)
        {
            var sent = (await ledger.CurrentAsync(last, cancellationToken)).Select(static c => c.Submission.Submission)
                .FirstOrDefault(s => s.UnitCode == unit && s.DataSetCode == set.Code);
            LastPeriod = (sent?.Progress ?? []).ToDictionary(static p => (p.PlanId, p.TaskId));
        }

        return true;
    }

    private bool Load(string? dataSet, string? period)
    {
        var unit = User.UnitCode()!;
        if (!UserInput.TryMonth(period ?? today.DefaultPeriod, out var periodId, out var problem))
        {
            Problem = problem;
            return false;
        }

        Period = periodId;
        // Who reports what is the library's one rule (the desk's, as forms, status and the matrix ask it).
        DataSets = [.. province.DataSets.DataSets.Where(d => d.ParsePeriod(periodId).TryPickT0(out var p, out _)
            && province.Desk.ExpectedReporters(d, p).Contains(unit, StringComparer.Ordinal))];
        DataSet = dataSet is null ? DataSets.FirstOrDefault() : DataSets.FirstOrDefault(d => d.Code == dataSet);
        if (DataSet is null)
        {
            Problem = dataSet is null ? $"Đơn vị không có bộ dữ liệu nào phải báo cáo kỳ {periodId}." : $"Đơn vị không báo cáo bộ dữ liệu '{dataSet}' kỳ {periodId}.";
            return false;
        }

        Elements = DataSet.ElementsOf(unit, province.Data.OrgUnits.Find(unit)?.Kind);
        // Section I's groups are titled as the report titles them; II and III by their headings.
        var titles = ReportIndicatorSection.Project06Layout(province.Data.Indicators).ToDictionary(static g => g.Code, static g => g.Title, StringComparer.Ordinal);
        titles[MonthlyReport.DifficultiesSection] = "Khó khăn, vướng mắc và kiến nghị, đề xuất";
        titles[MonthlyReport.PrioritiesSection] = "Nhiệm vụ trọng tâm trong thời gian tới";
        Sections = [.. DataSet.Sections.Select(key => (key, titles.GetValueOrDefault(key) ?? string.Empty))];

        return true;
    }

    private PageResult Refused()
    {
        HttpContext.Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
