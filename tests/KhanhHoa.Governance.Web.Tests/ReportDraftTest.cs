using System.Net;
using System.Text;
using KhanhHoa.Governance.Submissions;
using KhanhHoa.Governance.Web.Drafting;
using KhanhHoa.Governance.Web.Storage;
using KhanhHoa.Governance.Web.Tests.Fixtures;

namespace KhanhHoa.Governance.Web.Tests;

/// <summary>The report drafts of what the database holds (a period no other test sends for: 2025-05).</summary>
[Collection(SqliteCollection.Name)]
public sealed class ReportDraftTest(SqliteService service)
{
    private const string Period = "2025-05";

    private ServiceFactory Factory => service.Factory;

    [Fact]
    public async Task The_office_downloads_the_draft_of_the_stored_versions_in_word_excel_and_html()
    {
        var unit = service.Units[5];
        using var api = Factory.CreateClient();
        var token = await Sending.TokenAsync(api, unit.ToLowerInvariant());
        using var sent = await Sending.SendAsync(api, token, "tien-do.json", Sending.Json(unit, Period, RunningService.Start, new Difficulty("Hạ tầng số", "Đường truyền tại xã còn chậm & <chưa ổn định>")));
        Assert.Equal(HttpStatusCode.Created, sent.StatusCode);
        using var office = Browserless.Client(Factory);
        await Browserless.SignInAsync(office, "office");

        var page = await office.GetStringAsync($"/Office/Report?period={Period}");
        using var html = await office.GetAsync($"/Office/Report?handler=Download&period={Period}&format=html");
        using var docx = await office.GetAsync($"/Office/Report?handler=Download&period={Period}&format=docx");
        using var xlsx = await office.GetAsync($"/Office/Report?handler=Download&period={Period}&format=xlsx");
        var draft = await html.Content.ReadAsStringAsync();

        Assert.Contains("Khó khăn, vướng mắc đơn vị nêu: 1", page, StringComparison.Ordinal);
        Assert.Contains(ReportDrafts.NoDossiers, page, StringComparison.Ordinal);
        Assert.Equal("text/html", html.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"du-thao-bao-cao-{Period}.html", html.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Contains("DỰ THẢO", draft, StringComparison.Ordinal);
        Assert.Contains(ReportDrafts.NoDossiers, draft, StringComparison.Ordinal);
        Assert.Contains("Đường truyền tại xã còn chậm &amp; &lt;chưa ổn định&gt;", draft, StringComparison.Ordinal);
        Assert.Equal("PK"u8.ToArray(), (await docx.Content.ReadAsByteArrayAsync())[..2]);
        Assert.Equal("PK"u8.ToArray(), (await xlsx.Content.ReadAsByteArrayAsync())[..2]);
        Assert.Equal(3, Factory.Query(db => db.Audit.Count(a => a.Actor == "office" && a.Action == AuditActions.Issue && a.Detail.StartsWith($"dự thảo báo cáo kỳ {Period}"))));

        // The copy for signature beside it: the unit's own words stay, the office's note on the missing dossiers does not.
        Assert.Contains("purpose=signable", page, StringComparison.Ordinal);
        using var signable = await office.GetAsync($"/Office/Report?handler=Download&period={Period}&format=html&purpose=signable");
        var signed = await signable.Content.ReadAsStringAsync();
        Assert.Equal($"du-thao-bao-cao-{Period}-trinh-ky.html", signable.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Contains("Đường truyền tại xã còn chậm &amp; &lt;chưa ổn định&gt;", signed, StringComparison.Ordinal);
        Assert.DoesNotContain(ReportDrafts.NoDossiers, signed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_clerk_cannot_read_the_draft_and_a_bad_period_or_format_is_a_400_in_vietnamese()
    {
        using var clerk = Browserless.Client(Factory);
        await Browserless.SignInAsync(clerk, service.Units[6].ToLowerInvariant());
        using var office = Browserless.Client(Factory);
        await Browserless.SignInAsync(office, "office");

        using var refused = await clerk.GetAsync($"/Office/Report?handler=Download&period={Period}&format=docx");
        using var badPeriod = await office.GetAsync("/Office/Report?period=2025-13");
        using var badFormat = await office.GetAsync($"/Office/Report?handler=Download&period={Period}&format=pdf");

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badPeriod.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badFormat.StatusCode);
        Assert.Contains("Định dạng “pdf” không có", Encoding.UTF8.GetString(await badFormat.Content.ReadAsByteArrayAsync()), StringComparison.Ordinal);
        using var badPurpose = await office.GetAsync($"/Office/Report?handler=Download&period={Period}&format=docx&purpose=final");
        Assert.Equal(HttpStatusCode.BadRequest, badPurpose.StatusCode);
        Assert.Contains("Loại bản “final” không có", Encoding.UTF8.GetString(await badPurpose.Content.ReadAsByteArrayAsync()), StringComparison.Ordinal);
    }
}
