using System.Net;
using KhanhHoa.Governance.Web.Tests.Fixtures;

namespace KhanhHoa.Governance.Web.Tests;

/// <summary>The office's pages without a browser.</summary>
[Collection(SqliteCollection.Name)]
public sealed class OfficePagesTest(SqliteService service)
{
    private ServiceFactory Factory => service.Factory;

    [Fact]
    public async Task Overdue_tasks_are_listed_under_their_executing_units_and_closed_to_clerks()
    {
        using var office = Browserless.Client(Factory);
        await Browserless.SignInAsync(office, "office");
        using var clerk = Browserless.Client(Factory);
        await Browserless.SignInAsync(clerk, service.Units[30].ToLowerInvariant());

        using var page = await office.GetAsync("/Office/Tasks");
        using var refused = await clerk.GetAsync("/Office/Tasks");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Nhiệm vụ quá hạn theo đơn vị chủ trì", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("Nhiệm vụ đơn vị chủ trì đã quá hạn", await clerk.GetStringAsync("/Clerk"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_reminder_list_is_a_csv_with_unit_names_for_excel()
    {
        using var office = Browserless.Client(Factory);
        await Browserless.SignInAsync(office, "office");
        using var csv = await office.GetAsync("/Office/Reminders?period=2025-06&format=csv");
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        var lines = System.Text.Encoding.UTF8.GetString(bytes.AsSpan(3)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal("bo_du_lieu,ky,han_gui,ma_don_vi,ten_don_vi,so_ngay_lam_viec_con_lai,qua_han", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("BCD.PROGRESS,2025-06,", StringComparison.Ordinal) && l.Contains(",\"Sở Công Thương\",", StringComparison.Ordinal) && l.EndsWith(",co", StringComparison.Ordinal));
    }
}
