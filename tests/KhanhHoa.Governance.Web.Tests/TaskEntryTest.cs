using System.Net;
using KhanhHoa.Governance.Submissions;
using KhanhHoa.Governance.Tasks;
using KhanhHoa.Governance.Web.Hosting;
using KhanhHoa.Governance.Web.Receiving;
using KhanhHoa.Governance.Web.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;

namespace KhanhHoa.Governance.Web.Tests;

/// <summary>Task progress typed in the page (periods 2025-01 and 2025-02, which no other test sends for).</summary>
[Collection(SqliteCollection.Name)]
public sealed class TaskEntryTest(SqliteService service)
{
    private ServiceFactory Factory => service.Factory;

    [Fact]
    public async Task Progress_typed_in_the_page_goes_through_the_desk_and_shows_as_last_periods_status()
    {
        var (unit, task) = UnitWithTasks(skip: 0);
        using var clerk = Browserless.Client(Factory);
        await Browserless.SignInAsync(clerk, unit.ToLowerInvariant());

        using var posted = await PostAsync(clerk, "2025-01", task, status: "Đang thực hiện", percent: "40", completedOn: "", comment: "Đã khảo sát <3 xã> & \"lập dự toán\"");
        var next = await clerk.GetStringAsync("/Clerk/Enter?dataSet=BCD.PROGRESS&period=2025-02");

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var stored = Factory.Query(db => db.Submissions.Single(s => s.UnitCode == unit && s.PeriodId == "2025-01"));
        Assert.Equal(Outcomes.Accepted, stored.Outcome);
        var sent = SubmissionJson.Read(stored.Content, Factory.Services.GetRequiredService<Province>().Desk).GetValueOrThrow().Submission;
        var progress = Assert.Single(sent.Progress);
        Assert.Equal((task.Plan, task.Task, ProgressUpdateKind.Progress, (int?)40, "Đã khảo sát <3 xã> & \"lập dự toán\""), (progress.PlanId, progress.TaskId, progress.Status, progress.Percent, progress.Comment));
        Assert.Contains($"<tr data-task=\"{task.Task}\">", next, StringComparison.Ordinal);
        Assert.Contains("<td data-label=\"Kỳ trước\" class=\"last\">Đang thực hiện 40%</td>", next, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fields_that_cannot_be_read_are_all_listed_by_task_and_nothing_is_sent()
    {
        var (unit, task) = UnitWithTasks(skip: 1);
        using var clerk = Browserless.Client(Factory);
        await Browserless.SignInAsync(clerk, unit.ToLowerInvariant());

        using var posted = await PostAsync(clerk, "2025-02", task, status: "Hoàn thành", percent: "bốn mươi", completedOn: "31/02/2025", comment: "");
        var page = await posted.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, posted.StatusCode);
        Assert.Contains($"Nhiệm vụ {task.Task} ({task.Plan}), tiến độ (%)", page, StringComparison.Ordinal);
        Assert.Contains($"Nhiệm vụ {task.Task} ({task.Plan}), ngày hoàn thành", page, StringComparison.Ordinal);
        Assert.Contains("value=\"bốn mươi\"", page, StringComparison.Ordinal);
        Assert.False(Factory.Query(db => db.Submissions.Any(s => s.UnitCode == unit && s.PeriodId == "2025-02")));
    }

    // A unit of January 2025 (before the communes of 1 July) that leads or coordinates tasks of the progress data set's plan,
    // from the end of the list (the other tests take the first ones).
    private (string Unit, (string Plan, string Task) Task) UnitWithTasks(int skip)
    {
        var province = Factory.Services.GetRequiredService<Province>();
        var plan = province.DataSets.Find(Sending.Progress)!.PlanId;
        return service.Units.Reverse()
            .Select(unit => (Unit: unit, Tasks: province.Desk.Assignments.TasksOf(unit, province.Data.OrgUnits.Find(unit)?.Kind, plan)))
            .Where(u => u.Tasks.Count > 0 && province.Data.OrgUnits.Find(u.Unit)!.IsValidOn(new LocalDate(2025, 1, 1)))
            .Skip(skip)
            .Select(static u => (u.Unit, (u.Tasks[0].Plan.Id, u.Tasks[0].Task.Id)))
            .First();
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient clerk, string period, (string Plan, string Task) task, string status, string percent, string completedOn, string comment)
    {
        var token = await Browserless.TokenAsync(clerk, $"/Clerk/Enter?dataSet={Sending.Progress}&period={period}");
        return await clerk.PostAsync("/Clerk/Enter", new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", token), new("dataSet", Sending.Progress), new("period", period),
            new("task[0].Plan", task.Plan), new("task[0].Task", task.Task), new("task[0].Status", status), new("task[0].Percent", percent),
            new("task[0].CompletedOn", completedOn), new("task[0].Comment", comment),
        ]));
    }
}
