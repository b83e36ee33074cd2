using KhanhHoa.Governance.Reporting;
using KhanhHoa.Governance.Web.Accounts;
using KhanhHoa.Governance.Web.Drafting;
using KhanhHoa.Governance.Web.Hosting;
using KhanhHoa.Governance.Web.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KhanhHoa.Governance.Web.Pages.Office;

/// <summary>
/// The report draft of a period, composed from what the database holds (<see cref="ReportDrafts"/>): its outline on the
/// page, and the Word, Excel and HTML files to download, each download an audit row, in both purposes: the review copy
/// (everything, with the checks) and the copy for signature (only what the units reported).
/// </summary>
internal sealed class ReportModel(ReportDrafts drafts, AuditLog audit, Today today) : PageModel
{
    /// <summary>The period.</summary>
    public string Period { get; private set; } = string.Empty;

    /// <summary>A bad period typed, or a report that cannot be composed, in Vietnamese.</summary>
    public string? Problem { get; private set; }

    /// <summary>The draft.</summary>
    public MonthlyReport? Report { get; private set; }

    /// <summary>Composes the draft and shows what it holds.</summary>
    public async Task<IActionResult> OnGetAsync(string? period, CancellationToken cancellationToken)
    {
        await ComposeAsync(period, ReportPurpose.Review, cancellationToken);
        return Page();
    }

    /// <summary>The purposes a draft is downloaded in, with their query value and their name on the page.</summary>
    public static IReadOnlyList<(ReportPurpose Purpose, string Value, string Label)> Purposes { get; } =
    [
        (ReportPurpose.Review, "review", "Bản rà soát (đầy đủ, có kiểm tra số liệu)"),
        (ReportPurpose.Signable, "signable", "Bản trình ký (chỉ số liệu đơn vị báo cáo)"),
    ];

    /// <summary>
    /// Sends the draft in <paramref name="format"/> (<c>docx</c>, <c>xlsx</c>, <c>html</c>) for <paramref name="purpose"/>
    /// (<c>review</c>, the default, or <c>signable</c>).
    /// </summary>
    public async Task<IActionResult> OnGetDownloadAsync(string? period, string? format, string? purpose, CancellationToken cancellationToken)
    {
        var renderer = ReportDrafts.Renderers.FirstOrDefault(r => r.Format == format);
        if (renderer is null)
        {
            Problem = $"Định dạng “{format}” không có; chọn một trong: {string.Join(", ", ReportDrafts.Renderers.Select(static r => r.Format))}.";
            HttpContext.Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var chosen = Purposes.FirstOrDefault(p => p.Value == (purpose ?? "review"));
        if (chosen.Value is null)
        {
            Problem = $"Loại bản “{purpose}” không có; chọn một trong: {string.Join(", ", Purposes.Select(static p => p.Value))}.";
            HttpContext.Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        if (await ComposeAsync(period, chosen.Purpose, cancellationToken) is not { } report)
        {
            return Page();
        }

        var bytes = renderer.RenderToBytes(report);
        var suffix = chosen.Purpose == ReportPurpose.Signable ? "-trinh-ky" : string.Empty;
        await audit.WriteAsync(User.Actor(), AuditActions.Issue, null, "ok", $"dự thảo báo cáo kỳ {Period} ({chosen.Value}, {renderer.Format}, {bytes.Length} byte)", cancellationToken);
        return File(bytes, renderer.MediaType, $"du-thao-bao-cao-{Period}{suffix}{renderer.FileExtension}");
    }

    private async Task<MonthlyReport?> ComposeAsync(string? period, ReportPurpose purpose, CancellationToken cancellationToken)
    {
        if (!UserInput.TryMonth(period ?? today.DefaultPeriod, out var periodId, out var problem))
        {
            Period = period ?? string.Empty;
            Problem = problem;
            HttpContext.Response.StatusCode = StatusCodes.Status400BadRequest;
            return null;
        }

        Period = periodId;
        var composed = await drafts.ComposeAsync(periodId, purpose, cancellationToken);
        if (!composed.Success)
        {
            Problem = "Không lập được dự thảo báo cáo: " + string.Join("; ", composed.Errors.Select(static e => e.Message));
            HttpContext.Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return null;
        }

        return Report = composed.Value;
    }
}
