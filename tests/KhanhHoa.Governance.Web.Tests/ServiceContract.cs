using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KhanhHoa.Governance.Data;
using KhanhHoa.Governance.Submissions;
using KhanhHoa.Governance.Web.Receiving;
using KhanhHoa.Governance.Web.Storage;
using KhanhHoa.Governance.Web.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;

namespace KhanhHoa.Governance.Web.Tests;

/// <summary>
/// The service's contract through its API, run on each database. Every test takes a unit or a period of its own, so the
/// tests of one collection share one service.
/// </summary>
public abstract class ServiceContract(RunningService service)
{
    private ServiceFactory Factory => service.Factory;

    private string Unit(int index) => service.Units[index];

    [Fact]
    public async Task A_clerk_sends_a_file_and_gets_a_receipt_stamped_with_the_servers_time_and_the_status_counts_it()
    {
        using var client = Factory.CreateClient();
        var unit = Unit(1);
        var token = await Sending.TokenAsync(client, unit.ToLowerInvariant());
        var office = await Sending.TokenAsync(client, "office");
        var file = Sending.Json(unit, "2025-09", new LocalDateTime(2025, 9, 9, 16, 0), new Difficulty("Hạ tầng", "Thiếu máy chủ"));

        using var response = await Sending.SendAsync(client, token, "bao-cao.json", file);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var receipt = (await response.Content.ReadFromJsonAsync<Sending.ReceiptBody>())!;
        Assert.Equal(Outcomes.Accepted, receipt.Outcome);
        Assert.Empty(receipt.Errors);
        Assert.Equal("2025-09-10T09:00:00+07", receipt.ReceivedAt);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(file)), receipt.Sha256);
        var stored = Factory.Query(db => db.Submissions.Single(s => s.Receipt == receipt.Receipt));
        Assert.Equal(file, stored.Content);
        Assert.Equal(new LocalDateTime(2025, 9, 9, 16, 0), stored.DeclaredAt);

        using var status = await Sending.GetAsync(client, office, "/api/v1/status?period=2025-09&asOf=2025-09-10");
        Assert.Equal(HttpStatusCode.OK, status.StatusCode);
        var progress = JsonDocument.Parse(await status.Content.ReadAsStringAsync()).RootElement.GetProperty("dataSets").EnumerateArray().Single(d => d.GetProperty("code").GetString() == Sending.Progress);
        var sent = progress.GetProperty("submitted").EnumerateArray().Single(s => s.GetProperty("unit").GetString() == unit);
        Assert.Equal("2025-09-10T09:00", sent.GetProperty("submittedAt").GetString());
        Assert.True(sent.GetProperty("onTime").GetBoolean());
    }

    // A unit's own words per section with a footnote (issue 25) are kept as sent, on each database; notes that do not add
    // up are refused with the desk's Vietnamese error. The last commune, with P06.MONTHLY, is this test's own.
    [Fact]
    public async Task A_section_text_with_its_footnote_is_kept_and_one_whose_notes_do_not_add_up_is_refused()
    {
        using var client = Factory.CreateClient();
        var tree = GovernanceData.Default.OrgUnits.AsOf(new LocalDate(2025, 9, 15));
        var unit = service.Units.Last(u => tree.Find(u)?.Kind == Organization.OrgUnitKind.Commune);
        var token = await Sending.TokenAsync(client, unit.ToLowerInvariant());
        var p06 = GovernanceData.Default.DataSets.Find("P06.MONTHLY")!;
        byte[] File(string text)
        {
            using var output = new MemoryStream();
            SubmissionJson.Write(output, new Submission
            {
                UnitCode = unit, DataSetCode = p06.Code, Period = p06.ParsePeriod("2025-09").AsT0, SubmittedAt = new LocalDateTime(2025, 9, 9, 16, 0),
                Figures = [new FigureValue("social_assistance_total", "1500")], Texts = [new SectionText("I.2", text)],
            });
            return output.ToArray();
        }

        using var refused = await Sending.SendAsync(client, token, "chu-thich-loi.json", File("Tuyên truyền trên loa truyền thanh[^2]."));
        using var accepted = await Sending.SendAsync(client, token, "chu-thich.json", File("Tuyên truyền trên loa truyền thanh[^loa].\n\n[^loa]: 12 cụm loa tại các thôn."));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains((await refused.Content.ReadFromJsonAsync<Sending.ReceiptBody>())!.Errors, static e => e.Contains("chú thích [^2] trong nội dung mục I.2 chưa có lời chú thích", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
        var receipt = (await accepted.Content.ReadFromJsonAsync<Sending.ReceiptBody>())!;
        var stored = Factory.Query(db => db.Submissions.Single(s => s.Receipt == receipt.Receipt)).Content;
        Assert.Equal("Tuyên truyền trên loa truyền thanh[^loa].\n\n[^loa]: 12 cụm loa tại các thôn.", SubmissionJson.Read(stored, Factory.Services.GetRequiredService<Hosting.Province>().Desk).Value.Submission.Texts.Single().Text);
    }

    [Fact]
    public async Task A_file_of_several_read_segments_is_stored_byte_for_byte_with_the_hash_of_its_bytes()
    {
        using var client = Factory.CreateClient();
        var unit = Unit(7);
        var token = await Sending.TokenAsync(client, unit.ToLowerInvariant());
        // About 200 KB, not a multiple of the reader's 64 KB segments.
        var file = Sending.Json(unit, "2025-09", new LocalDateTime(2025, 9, 9, 16, 0), new Difficulty("Hạ tầng", string.Concat(Enumerable.Repeat("Thiếu máy chủ dự phòng. ", 7001))));

        using var response = await Sending.SendAsync(client, token, "bao-cao.json", file);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var receipt = (await response.Content.ReadFromJsonAsync<Sending.ReceiptBody>())!;
        Assert.True(file.Length > 3 * 64 * 1024 && file.Length % (64 * 1024) != 0, $"{file.Length} bytes");
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(file)), receipt.Sha256);
        Assert.Equal(file, Factory.Query(db => db.Submissions.Single(s => s.Receipt == receipt.Receipt)).Content);
    }

    [Fact]
    public async Task The_status_is_the_librarys_json_for_the_stored_submissions()
    {
        using var client = Factory.CreateClient();
        var office = await Sending.TokenAsync(client, "office");
        using var response = await Sending.GetAsync(client, office, "/api/v1/status?period=2025-11&asOf=2025-12-20");
        var register = SubmissionRegister.Empty.Add(Factory.Query(db => db.Submissions.Where(s => s.PeriodId == "2025-11" && s.Outcome == Outcomes.Accepted).ToList())
            .Select(s => ReadBack(s)));
        var province = Factory.Services.GetService(typeof(Hosting.Province)) as Hosting.Province;
        var expected = SubmissionStatus.Take(province!.Desk, register, "2025-11", (Calendar.BusinessCalendar)Factory.Services.GetService(typeof(Calendar.BusinessCalendar))!, new LocalDate(2025, 12, 20));
        using var buffer = new MemoryStream();
        SubmissionStatusJson.Write(buffer, expected);
        Assert.Equal(System.Text.Encoding.UTF8.GetString(buffer.ToArray()), await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_refused_file_is_answered_422_with_every_error_and_kept_as_a_rejected_version()
    {
        using var client = Factory.CreateClient();
        var unit = Unit(2);
        var token = await Sending.TokenAsync(client, unit.ToLowerInvariant());
        var file = Sending.Json(unit, "2025-09", new LocalDateTime(2025, 9, 9, 16, 0), new Difficulty(" ", "Một"), new Difficulty(" ", "Hai"));

        using var response = await Sending.SendAsync(client, token, "loi.json", file);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var body = (await response.Content.ReadFromJsonAsync<Sending.ReceiptBody>())!;
        Assert.Equal(Outcomes.Rejected, body.Outcome);
        Assert.True(body.Errors.Length == 2, string.Join(" | ", body.Errors));
        Assert.All(body.Errors, e => Assert.StartsWith("dòng ", e, StringComparison.Ordinal));
        Assert.Equal(Outcomes.Rejected, Factory.Query(db => db.Submissions.Single(s => s.Receipt == body.Receipt).Outcome));
    }

    [Fact]
    public async Task A_file_of_another_unit_is_refused_403_stored_nowhere_and_audited()
    {
        using var client = Factory.CreateClient();
        var (sender, other) = (Unit(3), Unit(4));
        var token = await Sending.TokenAsync(client, sender.ToLowerInvariant());
        var before = Factory.Query(db => db.Submissions.Count());

        using var response = await Sending.SendAsync(client, token, "khac.json", Sending.Json(other, "2025-09", new LocalDateTime(2025, 9, 9, 16, 0)));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, Factory.Query(db => db.Submissions.Count()));
        Assert.True(Factory.Query(db => db.Audit.Any(a => a.Actor == sender.ToLowerInvariant() && a.Action == AuditActions.Send && a.Result == "forbidden" && a.UnitCode == other)));
    }

    [Fact]
    public async Task A_returned_version_stops_counting_until_the_unit_sends_a_correction()
    {
        using var client = Factory.CreateClient();
        var unit = Unit(5);
        var token = await Sending.TokenAsync(client, unit.ToLowerInvariant());
        var office = await Sending.TokenAsync(client, "office");
        using var first = await Sending.SendAsync(client, token, "lan-1.json", Sending.Json(unit, "2025-08", new LocalDateTime(2025, 9, 9, 8, 0)));
        var receipt = (await first.Content.ReadFromJsonAsync<Sending.ReceiptBody>())!.Receipt;

        using var returned = await Sending.PostJsonAsync(client, office, $"/api/v1/submissions/{receipt}/return", new { reason = "Thiếu số liệu tháng 8" });
        Assert.Equal(HttpStatusCode.OK, returned.StatusCode);
        Assert.DoesNotContain(unit, await SubmittedAsync(client, office, "2025-08"));

        using var second = await Sending.SendAsync(client, token, "lan-2.json", Sending.Json(unit, "2025-08", new LocalDateTime(2025, 9, 9, 10, 0)));
        Assert.Equal(2, (await second.Content.ReadFromJsonAsync<Sending.ReceiptBody>())!.Version);
        Assert.Contains(unit, await SubmittedAsync(client, office, "2025-08"));
        Assert.True(Factory.Query(db => db.Audit.Any(a => a.Action == AuditActions.Return && a.Detail.Contains(receipt))));
    }

    [Fact]
    public async Task Returning_needs_a_reason_the_office_role_and_an_existing_receipt()
    {
        using var client = Factory.CreateClient();
        var office = await Sending.TokenAsync(client, "office");
        var clerk = await Sending.TokenAsync(client, Unit(6).ToLowerInvariant());
        using var missing = await Sending.PostJsonAsync(client, office, "/api/v1/submissions/BN-KHONG-CO/return", new { reason = "x" });
        using var byClerk = await Sending.PostJsonAsync(client, clerk, "/api/v1/submissions/BN-KHONG-CO/return", new { reason = "x" });
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byClerk.StatusCode);
    }

    [Theory]
    [InlineData("2025-13")]
    [InlineData("2025-00")]
    [InlineData("25-09")]
    [InlineData("2025/09")]
    [InlineData("")]
    [InlineData("1800-01")]
    [InlineData("9999-12")]
    [InlineData("'; DROP TABLE \"Submissions\"; --")]
    public async Task Every_bad_period_is_a_400_problem_with_a_vietnamese_detail(string period)
    {
        using var client = Factory.CreateClient();
        var office = await Sending.TokenAsync(client, "office");
        using var response = await Sending.GetAsync(client, office, "/api/v1/status?period=" + Uri.EscapeDataString(period));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("Kỳ báo cáo", JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_date_is_a_400_too()
    {
        using var client = Factory.CreateClient();
        var office = await Sending.TokenAsync(client, "office");
        using var response = await Sending.GetAsync(client, office, "/api/v1/status?period=2025-09&asOf=2025-02-30");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("Ngày", JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_answers_and_the_openapi_document_names_every_route()
    {
        using var client = Factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        var paths = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json")).RootElement.GetProperty("paths");
        foreach (var path in (string[])["/api/v1/token", "/api/v1/submissions", "/api/v1/status", "/api/v1/submissions/{receipt}/return"])
        {
            Assert.True(paths.TryGetProperty(path, out _), path);
        }
    }

    [Fact]
    public async Task Wrong_credentials_and_anonymous_calls_are_401()
    {
        using var client = Factory.CreateClient();
        using var token = await client.PostAsJsonAsync("/api/v1/token", new { user = "office", password = "sai" });
        using var status = await client.GetAsync("/api/v1/status?period=2025-09");
        Assert.Equal(HttpStatusCode.Unauthorized, token.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, status.StatusCode);
    }

    [Fact]
    public async Task Three_hundred_files_sent_at_once_are_each_stored_once_in_order_and_counted()
    {
        using var client = Factory.CreateClient();
        var units = service.Units.Skip(4).Take(75).ToList();
        var tokens = await Task.WhenAll(units.Select(u => Sending.TokenAsync(client, u.ToLowerInvariant())));
        const int each = 4;
        var sends = Enumerable.Range(0, units.Count * each).Select(async i =>
        {
            var (u, n) = (i % units.Count, i / units.Count);
            using var response = await Sending.SendAsync(client, tokens[u], $"gui-{n}.json", Sending.Json(units[u], "2025-07", new LocalDateTime(2025, 7, 1, 8, n), new Difficulty("Lần", n.ToString(System.Globalization.CultureInfo.InvariantCulture))));
            return (response.StatusCode, (await response.Content.ReadFromJsonAsync<Sending.ReceiptBody>())!.Receipt);
        });
        var results = await Task.WhenAll(sends);

        Assert.All(results, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var stored = Factory.Query(db => db.Submissions.Where(s => s.PeriodId == "2025-07").Select(s => new { s.Receipt, s.UnitCode, s.Version, s.Id }).ToList());
        Assert.Equal(results.Select(r => r.Receipt).Order(), stored.Select(s => s.Receipt).Order());
        Assert.All(stored.GroupBy(s => s.UnitCode), g => Assert.Equal(Enumerable.Range(1, each), g.OrderBy(s => s.Id).Select(s => s.Version)));
        var office = await Sending.TokenAsync(client, "office");
        Assert.Equal(units.Order(), (await SubmittedAsync(client, office, "2025-07")).Order());
    }

    private static async Task<List<string>> SubmittedAsync(HttpClient client, string office, string period)
    {
        using var response = await Sending.GetAsync(client, office, $"/api/v1/status?period={period}&asOf=2025-12-31");
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        return [.. json.GetProperty("dataSets").EnumerateArray().Single(d => d.GetProperty("code").GetString() == Sending.Progress)
            .GetProperty("submitted").EnumerateArray().Select(s => s.GetProperty("unit").GetString()!)];
    }

    private CheckedSubmission ReadBack(SubmissionVersion version)
    {
        using var scope = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.CreateScope(Factory.Services);
        var receiver = (SubmissionReceiver)scope.ServiceProvider.GetService(typeof(SubmissionReceiver))!;
        return receiver.Read(version.FileName, version.Content, version.ReceivedAt).Accepted!;
    }
}

/// <summary>The contract on SQLite.</summary>
[Collection(SqliteCollection.Name)]
public sealed class SqliteContractTest(SqliteService service) : ServiceContract(service);

/// <summary>The contract on PostgreSQL.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresContractTest(PostgresService service) : ServiceContract(service);
