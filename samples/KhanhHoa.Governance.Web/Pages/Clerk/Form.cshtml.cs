using KhanhHoa.Governance.Reporting.Import;
using KhanhHoa.Governance.Web.Accounts;
using KhanhHoa.Governance.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KhanhHoa.Governance.Web.Pages.Clerk;

/// <summary>The Excel form of one of the unit's data sets for a period, written by the library, for the clerk to fill in.</summary>
internal sealed class FormModel(Province province) : PageModel
{
    /// <summary>Why no form could be written, in Vietnamese.</summary>
    public string? Problem { get; private set; }

    /// <summary>Writes the form, or shows the problem (400).</summary>
    public IActionResult OnGet(string? dataSet, string? period)
    {
        var unit = User.UnitCode()!;
        var set = dataSet is null ? null : province.DataSets.Find(dataSet);
        if (set is null)
        {
            return Refuse($"Không có bộ dữ liệu '{dataSet}'.");
        }

        if (!UserInput.TryMonth(period, out var periodId, out var problem))
        {
            return Refuse(problem);
        }

        if (!set.ParsePeriod(periodId).TryPickT0(out var reportingPeriod, out _))
        {
            return Refuse($"Bộ dữ liệu {set.Code} không báo cáo theo kỳ {periodId}.");
        }

        if (!province.Desk.ExpectedReporters(set, reportingPeriod).Contains(unit, StringComparer.Ordinal))
        {
            return Refuse($"Đơn vị {province.UnitName(unit)} không báo cáo bộ dữ liệu {set.Code}.");
        }

        var output = new MemoryStream();
        SubmissionFormWriter.Write(output, province.Desk, unit, set.Code, reportingPeriod);
        return File(output.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"bieu-mau-{unit}-{set.Code}-{periodId}.xlsx");
    }

    private PageResult Refuse(string problem)
    {
        Problem = problem;
        HttpContext.Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
