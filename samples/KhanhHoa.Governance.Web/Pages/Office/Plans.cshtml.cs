using KhanhHoa.Governance.Primitives;
using KhanhHoa.Governance.Submissions;
using KhanhHoa.Governance.Tasks.Import;
using KhanhHoa.Governance.Web.Accounts;
using KhanhHoa.Governance.Web.Drafting;
using KhanhHoa.Governance.Web.Hosting;
using KhanhHoa.Governance.Web.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace KhanhHoa.Governance.Web.Pages.Office;

/// <summary>
/// Plan import: a Word file or its text is read by the library, its rows shown for the office to check (tasks, lead
/// agencies, deadlines, what the importer could not resolve), and saved only when the office confirms. The document
/// travels back with the confirmation and is read again, so what is saved is what the library reads, not the page.
/// </summary>
internal sealed class PlansModel(PlanImports imports, GovernanceDb db, Province province, Today today) : PageModel
{
    /// <summary>The previewed or saved import.</summary>
    public PlanImport? Import { get; private set; }

    /// <summary>Whether <see cref="Import"/> was saved.</summary>
    public bool Saved { get; private set; }

    /// <summary>Every error of a document that does not read, located, in Vietnamese; or a missing file.</summary>
    public IReadOnlyList<string> Errors { get; private set; } = [];

    /// <summary>The document's name, carried to the confirmation.</summary>
    public string? FileName { get; private set; }

    /// <summary>The document's bytes (base64), carried to the confirmation.</summary>
    public string? Document { get; private set; }

    /// <summary>The plan id typed for a draft without a number.</summary>
    public string? PlanId { get; private set; }

    /// <summary>The year typed for deadlines without one.</summary>
    public int? Year { get; private set; }

    /// <summary>The plans imported so far, latest first.</summary>
    public IReadOnlyList<ImportedPlan> Imported { get; private set; } = [];

    /// <summary>Formatting.</summary>
    public Today Today => today;

    /// <summary>The province's plans now.</summary>
    public Province Province => province;

    /// <summary>The form and the plans imported.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken) => await ListAsync(cancellationToken);

    /// <summary>Reads the document and shows its rows; nothing is stored.</summary>
    public async Task<IActionResult> OnPostPreviewAsync(IFormFile? file, string? planId, int? year, CancellationToken cancellationToken)
    {
        await ListAsync(cancellationToken);
        if (file is null || file.Length == 0)
        {
            Errors = ["Chọn tệp kế hoạch (.docx hoặc .txt) trước khi xem trước."];
            return Status(StatusCodes.Status400BadRequest);
        }

        var content = new byte[file.Length];
        await using (var stream = file.OpenReadStream())
        {
            await stream.ReadExactlyAsync(content, cancellationToken);
        }

        return Show(imports.Preview(file.FileName, content, planId, year), file.FileName, content, planId, year);
    }

    /// <summary>Saves the previewed document once confirmed.</summary>
    public async Task<IActionResult> OnPostSaveAsync(string? fileName, string? content, string? planId, int? year, CancellationToken cancellationToken)
    {
        var bytes = new byte[((content?.Length ?? 0) * 3 / 4) + 3];
        if (fileName is null || content is null || !Convert.TryFromBase64String(content, bytes, out var length))
        {
            await ListAsync(cancellationToken);
            Errors = ["Không có tệp đã xem trước; chọn tệp và xem trước lại."];
            return Status(StatusCodes.Status400BadRequest);
        }

        var saved = await imports.SaveAsync(fileName, bytes[..length], planId, year, User.Actor(), cancellationToken);
        await ListAsync(cancellationToken);
        Saved = saved.Success;
        return Show(saved, fileName, bytes[..length], planId, year);
    }

    private PageResult Show(InputResult<PlanImport> read, string fileName, byte[] content, string? planId, int? year)
    {
        FileName = fileName;
        PlanId = planId;
        Year = year;
        if (!read.TryGetValue(out var import))
        {
            Errors = [.. read.Errors.Select(static e => SubmissionMessages.Describe(e, MessageLanguage.Vietnamese))];
            return Status(StatusCodes.Status422UnprocessableEntity);
        }

        Import = import;
        Document = Convert.ToBase64String(content);
        return Page();
    }

    private PageResult Status(int code)
    {
        HttpContext.Response.StatusCode = code;
        return Page();
    }

    private async Task ListAsync(CancellationToken cancellationToken) =>
        Imported = await db.ImportedPlans.AsNoTracking().OrderByDescending(static p => p.Id)
            .Select(static p => new ImportedPlan { Id = p.Id, PlanId = p.PlanId, FileName = p.FileName, Sha256 = p.Sha256, ImportedBy = p.ImportedBy, ImportedAt = p.ImportedAt, PlanJson = Array.Empty<byte>() })
            .ToListAsync(cancellationToken);
}
