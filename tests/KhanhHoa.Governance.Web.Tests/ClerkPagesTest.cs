using System.Net;
using KhanhHoa.Governance.Organization;
using KhanhHoa.Governance.Submissions;
using KhanhHoa.Governance.Web.Hosting;
using KhanhHoa.Governance.Web.Receiving;
using KhanhHoa.Governance.Web.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;

namespace KhanhHoa.Governance.Web.Tests;

/// <summary>The clerk's pages without a browser: entry in the page, the form download, a bad period.</summary>
[Collection(SqliteCollection.Name)]
public sealed class ClerkPagesTest(SqliteService service)
{
    private ServiceFactory Factory => service.Factory;

    [Fact]
    public async Task What_a_clerk_types_in_the_page_goes_through_the_desk_and_gets_a_receipt()
    {
        var unit = service.Units[20];
        using var client = Browserless.Client(Factory);
        await Browserless.SignInAsync(client, unit.ToLowerInvariant());
        var token = await Browserless.TokenAsync(client, "/Clerk/Enter?dataSet=BCD.PROGRESS&period=2025-09");

        using var posted = await client.PostAsync("/Clerk/Enter", new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", token), new("dataSet", "BCD.PROGRESS"), new("period", "2025-09"),
            new("topic", "Nhân lực"), new("text", "Thiếu cán bộ chuyên trách chuyển đổi số"), new("topic", ""), new("text", ""),
        ]));

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var receipt = await client.GetStringAsync(posted.Headers.Location!.ToString());
        Assert.Contains(Outcomes.Label(Outcomes.Accepted), receipt, StringComparison.Ordinal);
        var stored = Factory.Query(db => db.Submissions.Single(s => s.UnitCode == unit && s.PeriodId == "2025-09"));
        Assert.Contains("Thiếu cán bộ chuyên trách chuyển đổi số", System.Text.Encoding.UTF8.GetString(stored.Content), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_form_downloads_as_a_workbook_and_a_bad_period_is_a_400_page()
    {
        var unit = service.Units[21];
        using var client = Browserless.Client(Factory);
        await Browserless.SignInAsync(client, unit.ToLowerInvariant());

        using var form = await client.GetAsync("/Clerk/Form?dataSet=BCD.PROGRESS&period=2025-09");
        using var bad = await client.GetAsync("/Clerk/Form?dataSet=BCD.PROGRESS&period=2025-9");
        using var page = await client.GetAsync("/Office?period=abc");

        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", form.Content.Headers.ContentType?.MediaType);
        Assert.Equal((byte)'P', (await form.Content.ReadAsByteArrayAsync())[0]);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("NNNN-TT", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
    }

    [Fact]
    public async Task A_commune_clerk_sees_and_sends_P06_with_only_the_communes_own_elements()
    {
        var tree = Factory.Services.GetRequiredService<Province>().Data.OrgUnits.AsOf(new LocalDate(2025, 9, 30));
        var commune = service.Units.Skip(50).First(u => tree.Units.Single(t => t.Code == u).Kind == OrgUnitKind.Commune);
        using var client = Browserless.Client(Factory);
        await Browserless.SignInAsync(client, commune.ToLowerInvariant());

        var duties = await client.GetStringAsync("/Clerk?period=2025-09");
        using var form = await client.GetAsync("/Clerk/Form?dataSet=P06.MONTHLY&period=2025-09");
        var page = await client.GetStringAsync("/Clerk/Enter?dataSet=P06.MONTHLY&period=2025-09");
        Assert.Contains("P06.MONTHLY", duties, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.Contains("id=\"v-social_assistance_total\"", page, StringComparison.Ordinal);
        Assert.Contains("id=\"v-gift_paid_billion\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"v-tthc_total\"", page, StringComparison.Ordinal);

        var token = Browserless.AntiForgeryToken(page);
        using var posted = await client.PostAsync("/Clerk/Enter", new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", token), new("dataSet", "P06.MONTHLY"), new("period", "2025-09"),
            new("value[social_assistance_cashless]", "1.234"), new("value[social_assistance_total]", "1.500"), new("value[tthc_total]", "999"),
        ]));

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Contains(Outcomes.Label(Outcomes.Accepted), await client.GetStringAsync(posted.Headers.Location!.ToString()), StringComparison.Ordinal);
        var sent = System.Text.Encoding.UTF8.GetString(Factory.Query(db => db.Submissions.Single(s => s.UnitCode == commune && s.DataSetCode == "P06.MONTHLY")).Content);
        Assert.Contains("social_assistance_total", sent, StringComparison.Ordinal);
        Assert.DoesNotContain("tthc_total", sent, StringComparison.Ordinal);
    }

    // The unit's own words per section of the report (issue 25): typed in the page with a footnote, kept by the desk, shown
    // to the office and printed in the draft with the note as the report's footnote; notes that do not add up are refused
    // in Vietnamese, as from a file.
    [Fact]
    public async Task A_clerks_text_per_section_with_its_footnote_reaches_the_office_and_the_draft()
    {
        const string Period = "2025-09";
        var tree = Factory.Services.GetRequiredService<Province>().Data.OrgUnits.AsOf(new LocalDate(2025, 9, 30));
        var commune = service.Units.Skip(60).First(u => tree.Units.Single(t => t.Code == u).Kind == OrgUnitKind.Commune);
        using var client = Browserless.Client(Factory);
        await Browserless.SignInAsync(client, commune.ToLowerInvariant());
        var page = await client.GetStringAsync($"/Clerk/Enter?dataSet=P06.MONTHLY&period={Period}");
        Assert.Contains("name=\"section[I.2]\"", page, StringComparison.Ordinal);
        Assert.Contains("Mục III. Nhiệm vụ trọng tâm trong thời gian tới", page, StringComparison.Ordinal);

        async Task<string> SendAsync(string text)
        {
            using var posted = await client.PostAsync("/Clerk/Enter", new FormUrlEncodedContent(
            [
                new("__RequestVerificationToken", Browserless.AntiForgeryToken(page)), new("dataSet", "P06.MONTHLY"), new("period", Period),
                new("value[social_assistance_total]", "1.500"), new("section[I.2]", text), new("section[II]", "  "),
            ]));
            Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
            return await client.GetStringAsync(posted.Headers.Location!.ToString());
        }

        var refused = await SendAsync("Tuyên truyền trên loa truyền thanh[^2].");
        Assert.Contains(Outcomes.Label(Outcomes.Rejected), refused, StringComparison.Ordinal);
        Assert.Contains("chú thích [^2] trong nội dung mục I.2 chưa có lời chú thích", refused, StringComparison.Ordinal);

        var accepted = await SendAsync("Tuyên truyền trên loa truyền thanh[^loa].\r\n\r\n[^loa]: 12 cụm loa tại các thôn.");
        Assert.Contains(Outcomes.Label(Outcomes.Accepted), accepted, StringComparison.Ordinal);
        var stored = Factory.Query(db => db.Submissions.Single(s => s.UnitCode == commune && s.PeriodId == Period && s.Outcome == Outcomes.Accepted));
        Assert.Equal([new SectionText("I.2", "Tuyên truyền trên loa truyền thanh[^loa].\n\n[^loa]: 12 cụm loa tại các thôn.")], SubmissionJson.Read(stored.Content, Factory.Services.GetRequiredService<Province>().Desk).Value.Submission.Texts);

        using var office = Browserless.Client(Factory);
        await Browserless.SignInAsync(office, "office");
        using var draft = await office.GetAsync($"/Office/Report?handler=Download&period={Period}&format=html&purpose=signable");
        var html = await draft.Content.ReadAsStringAsync();
        var name = tree.Units.Single(u => u.Code == commune).Name;
        var reference = System.Text.RegularExpressions.Regex.Match(html, $"- {name}: Tuyên truyền trên loa truyền thanh<sup class=\"footnote-ref\"><a href=\"#([^\"]+)\">(\\d+)</a></sup>\\.");
        Assert.True(reference.Success, html);
        Assert.Matches($"<p id=\"{reference.Groups[1].Value}\">\\s*<sup>{reference.Groups[2].Value}</sup> 12 cụm loa tại các thôn\\.</p>", html);
        Assert.Contains("12 cụm loa tại các thôn.", await office.GetStringAsync("/Office/Submission?receipt=" + stored.Receipt), StringComparison.Ordinal);
    }
}
