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
/// page, and the Word, Excel and HTML files to download, each download an audit row.
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
        await ComposeAsync(period, cancellationToken);
        return Page();
    }

    /// <summary>Sends the draft in <paramref name="format"/> (<c>docx</c>, <c>xlsx</c>, <c>html</c>).</summary>
    public async Task<IActionResult> OnGetDownloadAsync(string? period, string? format, CancellationToken cancellationToken)
    {
        var renderer = ReportDrafts.Renderers.FirstOrDefault(r => r.Format == format);
        if (renderer is null)
        {
            Problem = $"Định dạng “{format}” không có; chọn một trong: {string.Join(", ", ReportDrafts.Renderers.Select(static r => r.Format))}.";
            HttpContext.Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        if (await ComposeAsync(period, cancellationToken) is not { } report)
        {
            return Page();
        }

        var bytes = renderer.RenderToBytes(report);
        await audit.WriteAsync(User.Actor(), AuditActions.Issue, null, "ok", $"dự thảo báo cáo kỳ {Period} ({renderer.Format}, {bytes.Length} byte)", cancellationToken);
        return File(bytes, renderer.MediaType, $"du-thao-bao-cao-{Period}{renderer.FileExtension}");
    }

    private async Task<MonthlyReport?> ComposeAsync(string? period, CancellationToken cancellationToken)
    {
        if (!UserInput.TryMonth(period ?? today.DefaultPeriod, out var periodId, out var problem))
        {
            Period = period ?? string.Empty;
            Problem = problem;
            HttpContext.Response.StatusCode = StatusCodes.Status400BadRequest;
            return null;
        }

        Period = periodId;
        var composed = await drafts.ComposeAsync(periodId, cancellationToken);
        if (!composed.Success)
        {
            Problem = "Không lập được dự thảo báo cáo: " + string.Join("; ", composed.Errors.Select(static e => e.Message));
            HttpContext.Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return null;
        }

        return Report = composed.Value;
    }
}
