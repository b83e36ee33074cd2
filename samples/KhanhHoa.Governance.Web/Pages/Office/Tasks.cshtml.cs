using KhanhHoa.Governance.Web.Hosting;
using KhanhHoa.Governance.Web.Receiving;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KhanhHoa.Governance.Web.Pages.Office;

/// <summary>Overdue tasks per executing unit (<see cref="OverdueTasks"/>), printable.</summary>
internal sealed class TasksModel(OverdueTasks tasks, Province province, Today today) : PageModel
{
    /// <summary>The day the statuses are judged on.</summary>
    public LocalDate AsOf { get; private set; }

    /// <summary>The overdue tasks, grouped by executing unit in unit order.</summary>
    public IReadOnlyList<IGrouping<string, OverdueTask>> Overdue { get; private set; } = [];

    /// <summary>The province.</summary>
    public Province Province => province;

    /// <summary>Shows the list.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        AsOf = today.Date;
        Overdue = [.. (await tasks.OnAsync(AsOf, cancellationToken)).GroupBy(static o => o.Unit)];
    }
}
