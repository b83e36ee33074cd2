using System.Globalization;
using System.Text;
using KhanhHoa.Governance.Submissions;
using KhanhHoa.Governance.Web.Hosting;
using KhanhHoa.Governance.Web.Receiving;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KhanhHoa.Governance.Web.Pages.Office;

/// <summary>The reminder list of a period: units not yet reported, with their names and working days left or overdue (the library's), printable and as CSV.</summary>
internal sealed class RemindersModel(SubmissionLedger ledger, Province province, Today today) : PageModel
{
    /// <summary>The period.</summary>
    public string Period { get; private set; } = string.Empty;

    /// <summary>A bad period typed.</summary>
    public string? Problem { get; private set; }

    /// <summary>Each data set with its reminders.</summary>
    public IReadOnlyList<ReportingRate> Rates { get; private set; } = [];

    /// <summary>The province.</summary>
    public Province Province => province;

    /// <summary>The day the working days are counted from.</summary>
    public LocalDate AsOf { get; private set; }

    /// <summary>Shows the list, or sends it as CSV (<c>format=csv</c>).</summary>
    public async Task<IActionResult> OnGetAsync(string? period, string? format, CancellationToken cancellationToken)
    {
        if (!UserInput.TryMonth(period ?? today.DefaultPeriod, out var periodId, out var problem))
        {
            Problem = problem;
            HttpContext.Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Period = periodId;
        AsOf = today.Date;
        var status = await ledger.StatusAsync(periodId, AsOf, cancellationToken);
        Rates = [.. status.DataSets.Select(static s => s.Rate)];
        return format == "csv" ? File(Csv(), "text/csv; charset=utf-8", $"nhac-bao-cao-{periodId}.csv") : Page();
    }

    private byte[] Csv()
    {
        var csv = new StringBuilder("bo_du_lieu,ky,han_gui,ma_don_vi,ten_don_vi,so_ngay_lam_viec_con_lai,qua_han\r\n");
        foreach (var rate in Rates)
        {
            foreach (var reminder in rate.Reminders)
            {
                csv.Append(CultureInfo.InvariantCulture, $"{rate.DataSet.Code},{rate.Period.Id},{rate.DueDate:uuuu-MM-dd},{reminder.Unit},{Quote(province.UnitName(reminder.Unit))},{reminder.WorkingDaysLeft},{(reminder.Overdue ? "co" : "khong")}\r\n");
            }
        }

        // A byte order mark, so that Excel opens the Vietnamese names as UTF-8.
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    private static string Quote(string text) => "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
