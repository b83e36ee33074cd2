using KhanhHoa.Governance.Submissions;
using KhanhHoa.Governance.Web.Accounts;
using KhanhHoa.Governance.Web.Hosting;
using KhanhHoa.Governance.Web.Receiving;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KhanhHoa.Governance.Web.Pages.Clerk;

/// <summary>
/// Entry in the browser of what a form carries (figures and difficulties): the page writes the same JSON submission a
/// program would send and hands it to the same desk, so its errors and receipt are those of an uploaded file.
/// </summary>
internal sealed class EnterModel(Province province, SubmissionReceiver receiver, Today today) : PageModel
{
    /// <summary>Rows of difficulties offered.</summary>
    public const int DifficultyRows = 3;

    /// <summary>The data sets the unit reports.</summary>
    public IReadOnlyList<DataSet> DataSets { get; private set; } = [];

    /// <summary>The chosen data set.</summary>
    public DataSet? DataSet { get; private set; }

    /// <summary>The period.</summary>
    public string Period { get; private set; } = string.Empty;

    /// <summary>Why the page cannot show a form, in Vietnamese.</summary>
    public string? Problem { get; private set; }

    /// <summary>Shows the form of <paramref name="dataSet"/> for <paramref name="period"/>.</summary>
    public IActionResult OnGet(string? dataSet, string? period) => Load(dataSet, period) ? Page() : Refused();

    /// <summary>Sends what was typed.</summary>
    public async Task<IActionResult> OnPostAsync(string? dataSet, string? period, Dictionary<string, string>? value, List<string>? topic, List<string>? text, CancellationToken cancellationToken)
    {
        if (!Load(dataSet, period) || DataSet is not { } set)
        {
            return Refused();
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
            Figures = [.. set.Elements.Where(e => value?.GetValueOrDefault(e.Code) is { Length: > 0 }).Select(e => new FigureValue(e.Code, value![e.Code].Trim()))],
            Difficulties = difficulties,
        };
        using var json = new MemoryStream();
        SubmissionJson.Write(json, submission);
        var result = await receiver.ReceiveAsync(User.Actor(), User.UnitCode()!, "nhap-tren-trinh-duyet.json", json.ToArray(), cancellationToken);
        return RedirectToPage("/Clerk/Receipt", new { receipt = result.Version!.Receipt });
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
        DataSets = [.. province.DataSets.DataSets.Where(d => d.ParsePeriod(periodId).TryPickT0(out var p, out _)
            && d.Reporters.Expected(province.Data.OrgUnits.AsOf(p.End)).Contains(unit, StringComparer.Ordinal))];
        DataSet = dataSet is null ? DataSets.FirstOrDefault() : DataSets.FirstOrDefault(d => d.Code == dataSet);
        if (DataSet is null)
        {
            Problem = dataSet is null ? $"Đơn vị không có bộ dữ liệu nào phải báo cáo kỳ {periodId}." : $"Đơn vị không báo cáo bộ dữ liệu '{dataSet}' kỳ {periodId}.";
            return false;
        }

        return true;
    }

    private PageResult Refused()
    {
        HttpContext.Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
