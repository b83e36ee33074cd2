using System.Net;
using System.Net.Http.Json;
using KhanhHoa.Governance.Submissions;
using KhanhHoa.Governance.Web.Storage;
using KhanhHoa.Governance.Web.Tests.Fixtures;

namespace KhanhHoa.Governance.Web.Tests;

/// <summary>The pages' defences: sign-in, lockout, anti-forgery, another unit's pages, escaping, the server's clock.</summary>
[Collection(SqliteCollection.Name)]
public sealed class SecurityTest(SqliteService service)
{
    private ServiceFactory Factory => service.Factory;

    [Theory]
    [InlineData("/")]
    [InlineData("/Clerk")]
    [InlineData("/Office")]
    [InlineData("/Office/Reminders?period=2025-09")]
    [InlineData("/Admin")]
    public async Task Anonymous_requests_go_to_sign_in(string path)
    {
        using var client = Browserless.Client(Factory);
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_posted_without_its_anti_forgery_token_is_refused()
    {
        using var client = Browserless.Client(Factory);
        using var response = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string> { ["user"] = "office", ["password"] = ServiceFactory.Password }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(response.Headers, h => h.Key == "Set-Cookie" && h.Value.Any(v => v.StartsWith("kh.auth", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_for_the_right_one()
    {
        var unit = service.Units[10].ToLowerInvariant();
        using var client = Browserless.Client(Factory);
        await Browserless.LockOutAsync(client, unit);

        using var right = await Browserless.SignInAsync(client, unit);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("tạm khóa", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(Factory.Query(db => db.Audit.Count(a => a.Actor == unit && a.Action == AuditActions.Login && a.Result == "locked")) >= 2);

        Factory.Clock.Set(RunningService.Start.PlusMinutes(16));
        try
        {
            using var later = await Browserless.SignInAsync(client, unit);
            Assert.Equal(HttpStatusCode.Redirect, later.StatusCode);
        }
        finally
        {
            Factory.Clock.Set(RunningService.Start);
        }
    }

    [Fact]
    public async Task A_clerk_opening_another_units_pages_gets_403_and_an_audit_row()
    {
        var (unit, other) = (service.Units[11], service.Units[12]);
        using var client = Browserless.Client(Factory);
        using var signedIn = await Browserless.SignInAsync(client, unit.ToLowerInvariant());
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);

        using var page = await client.GetAsync("/Clerk?unit=" + other);
        using var office = await client.GetAsync("/Office");

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, office.StatusCode);
        Assert.True(Factory.Query(db => db.Audit.Any(a => a.Actor == unit.ToLowerInvariant() && a.Result == "forbidden" && a.Detail.Contains(other))));
        Assert.True(Factory.Query(db => db.Audit.Any(a => a.Actor == unit.ToLowerInvariant() && a.Result == "forbidden" && a.Detail.StartsWith("/Office"))));
    }

    [Fact]
    public async Task Text_with_script_quotes_and_sql_is_stored_exactly_and_shown_escaped()
    {
        const string Hostile = "<script>alert('x')</script> \"trích dẫn\" '; DROP TABLE \"Submissions\"; --";
        var unit = service.Units[13];
        using var api = Factory.CreateClient();
        var token = await Sending.TokenAsync(api, unit.ToLowerInvariant());
        using var sent = await Sending.SendAsync(api, token, "<b>ten.json", Sending.Json(unit, "2025-09", RunningService.Start, new Difficulty(Hostile, Hostile, Hostile)));
        var receipt = (await sent.Content.ReadFromJsonAsync<Sending.ReceiptBody>())!.Receipt;

        using var client = Browserless.Client(Factory);
        await Browserless.SignInAsync(client, "office");
        var html = await client.GetStringAsync("/Office/Submission?receipt=" + receipt);

        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>ten", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &quot;tr", html, StringComparison.Ordinal);
        Assert.Equal(1, Factory.Query(db => db.Submissions.Count(s => s.Receipt == receipt)));
        var stored = Factory.Query(db => db.Submissions.Single(s => s.Receipt == receipt));
        Assert.Contains(Hostile.Replace("\"", "\\\"", StringComparison.Ordinal), System.Text.Encoding.UTF8.GetString(stored.Content), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_dated_in_the_future_is_received_at_the_servers_time_and_refused()
    {
        var unit = service.Units[14];
        using var api = Factory.CreateClient();
        var token = await Sending.TokenAsync(api, unit.ToLowerInvariant());
        using var sent = await Sending.SendAsync(api, token, "tuong-lai.json", Sending.Json(unit, "2025-09", new LocalDateTime(2027, 3, 1, 8, 0)));
        var receipt = (await sent.Content.ReadFromJsonAsync<Sending.ReceiptBody>())!;

        Assert.Equal(HttpStatusCode.UnprocessableEntity, sent.StatusCode);
        Assert.Equal("2025-09-10T09:00:00+07", receipt.ReceivedAt);
        Assert.Contains(receipt.Errors, e => e.Contains("01/03/2027", StringComparison.Ordinal));
        Assert.Equal(Factory.Clock.GetCurrentInstant(), Factory.Query(db => db.Submissions.Single(s => s.Receipt == receipt.Receipt)).ReceivedAt);
    }

    [Fact]
    public async Task A_file_dated_earlier_than_it_arrived_is_judged_on_the_servers_time()
    {
        var unit = service.Units[15];
        using var api = Factory.CreateClient();
        var token = await Sending.TokenAsync(api, unit.ToLowerInvariant());
        Factory.Clock.Set(new LocalDateTime(2025, 9, 16, 10, 0));
        try
        {
            using var sent = await Sending.SendAsync(api, token, "lui-ngay.json", Sending.Json(unit, "2025-09", new LocalDateTime(2025, 9, 1, 8, 0)));
            Assert.Equal(HttpStatusCode.Created, sent.StatusCode);
            var office = await Sending.TokenAsync(api, "office");
            using var status = await Sending.GetAsync(api, office, "/api/v1/status?period=2025-09&asOf=2025-09-16");
            var line = System.Text.Json.JsonDocument.Parse(await status.Content.ReadAsStringAsync()).RootElement.GetProperty("dataSets").EnumerateArray()
                .Single(d => d.GetProperty("code").GetString() == Sending.Progress).GetProperty("submitted").EnumerateArray().Single(s => s.GetProperty("unit").GetString() == unit);
            Assert.Equal("2025-09-16T10:00", line.GetProperty("submittedAt").GetString());
            Assert.False(line.GetProperty("onTime").GetBoolean());
        }
        finally
        {
            Factory.Clock.Set(RunningService.Start);
        }
    }
}
