using System.Net;
using System.Net.Http.Json;
using System.Text;
using KhanhHoa.Governance.Testing;
using KhanhHoa.Governance.Web.Drafting;
using KhanhHoa.Governance.Web.Receiving;
using KhanhHoa.Governance.Web.Storage;
using KhanhHoa.Governance.Web.Tests.Fixtures;

namespace KhanhHoa.Governance.Web.Tests;

/// <summary>The month's rollup on an uploaded dossier export (periods no other test uploads for: 2025-03, 2025-04, 2025-07).</summary>
[Collection(SqliteCollection.Name)]
public sealed class DossierUploadTest(SqliteService service)
{
    private ServiceFactory Factory => service.Factory;

    [Fact]
    public async Task An_export_is_rolled_up_in_the_background_stored_and_shown_by_the_draft()
    {
        using var office = await OfficeAsync();
        var csv = Export("2025-07", 400);

        var (job, status) = await UploadAsync(office, "2025-07", "ho-so-thang-7.csv", csv);
        var draft = await office.GetStringAsync("/Office/Report?handler=Download&period=2025-07&format=html");
        var page = await office.GetStringAsync($"/Office/Dossiers?period=2025-07&job={job}");

        Assert.True(status.Done);
        Assert.Empty(status.Errors);
        Assert.Equal(1.0, status.Progress);
        var upload = Factory.Query(db => db.DossierUploads.Single(u => u.PeriodId == "2025-07"));
        Assert.Equal((Outcomes.Accepted, 400L), (upload.Outcome, upload.DossierCount));
        Assert.NotEmpty(upload.Partial);
        Assert.DoesNotContain(ReportDrafts.NoDossiers, draft, StringComparison.Ordinal);
        Assert.Contains("Về Dịch vụ công", draft, StringComparison.Ordinal);
        Assert.Contains("Đã tổng hợp 400 hồ sơ", page, StringComparison.Ordinal);
        Assert.Contains("id=\"dossier-done\"", page, StringComparison.Ordinal);
        Assert.True(Factory.Query(db => db.Audit.Any(a => a.Actor == "office" && a.Action == AuditActions.Import && a.Result == Outcomes.Accepted && a.Detail.Contains("ho-so-thang-7.csv"))));
    }

    [Fact]
    public async Task A_renamed_and_reordered_export_is_read_through_its_column_map()
    {
        using var office = await OfficeAsync();
        var map = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "maps", "mot-cua-dien-tu.map.json"));
        var lines = Encoding.UTF8.GetString(Export("2025-04", 120)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var renamed = new Dictionary<string, string>
        {
            ["dossier_id"] = "Mã hồ sơ", ["unit_code"] = "Mã đơn vị", ["procedure_code"] = "Mã thủ tục", ["service_level"] = "Mức độ DVC",
            ["channel"] = "Hình thức nộp", ["received_at"] = "Ngày tiếp nhận", ["due_date"] = "Hạn xử lý", ["finished_at"] = "Ngày có kết quả",
            ["supplement_requests"] = "Số lần bổ sung", ["digitized"] = "Đã số hóa", ["e_result"] = "Kết quả điện tử",
            ["reused_data"] = "Tái sử dụng dữ liệu", ["id_linked"] = "Xác thực VNeID", ["fee_required"] = "Có phí, lệ phí", ["paid_online"] = "Thanh toán trực tuyến",
        };
        // The columns in reverse order, under the one-stop system's Vietnamese headers (quoted: one has a comma).
        var header = string.Join(',', lines[0].Split(',').Reverse().Select(name => $"\"{renamed[name]}\""));
        var rows = lines.Skip(1).Select(static line => string.Join(',', line.Split(',').Reverse()));
        var export = Encoding.UTF8.GetBytes(string.Join('\n', [header, .. rows]) + "\n");

        var (_, status) = await UploadAsync(office, "2025-04", "mot-cua.csv", export, map);

        Assert.Empty(status.Errors);
        Assert.Equal(120L, Factory.Query(db => db.DossierUploads.Single(u => u.PeriodId == "2025-04").DossierCount));
    }

    [Fact]
    public async Task A_bad_export_is_refused_with_located_vietnamese_errors_and_rolls_up_nothing()
    {
        using var office = await OfficeAsync();
        var lines = Encoding.UTF8.GetString(Export("2025-03", 20)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[3] = lines[3].Replace(",", ",,", StringComparison.Ordinal);

        var (job, status) = await UploadAsync(office, "2025-03", "hong.csv", Encoding.UTF8.GetBytes(string.Join('\n', lines)));
        var page = await office.GetStringAsync($"/Office/Dossiers?period=2025-03&job={job}");
        var draft = await office.GetStringAsync("/Office/Report?period=2025-03");
        using var clerk = Browserless.Client(Factory);
        await Browserless.SignInAsync(clerk, service.Units[7].ToLowerInvariant());
        using var refused = await clerk.GetAsync("/Office/Dossiers?period=2025-03");

        Assert.StartsWith("dòng 4", Assert.Single(status.Errors), StringComparison.Ordinal);
        var upload = Factory.Query(db => db.DossierUploads.Single(u => u.PeriodId == "2025-03"));
        Assert.Equal((Outcomes.Rejected, 0L), (upload.Outcome, upload.DossierCount));
        Assert.Empty(upload.Partial);
        Assert.Contains("Bị từ chối", page, StringComparison.Ordinal);
        Assert.Contains(ReportDrafts.NoDossiers, draft, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    private async Task<HttpClient> OfficeAsync()
    {
        var office = Browserless.Client(Factory);
        await Browserless.SignInAsync(office, "office");
        return office;
    }

    // Synthetic dossiers of three departments, every one received in the month (administrative cut-off: the 15th to the 14th).
    private byte[] Export(string period, int count)
    {
        var month = MonthRollup.Period(period);
        using var output = new MemoryStream();
        SyntheticDossiers.WriteCsv(output, ["SO_CT", "SO_YT", "SO_TC"], month.Start, month.End, count, seed: 24);
        return output.ToArray();
    }

    // Posts the file as the form does, then polls the status the page's script polls until the job ends.
    private static async Task<(string Job, JobStatus Status)> UploadAsync(HttpClient office, string period, string name, byte[] file, byte[]? map = null)
    {
        var token = await Browserless.TokenAsync(office, $"/Office/Dossiers?period={period}");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(period), "period" },
            { new ByteArrayContent(file), "file", name },
        };
        if (map is not null)
        {
            form.Add(new ByteArrayContent(map), "map", "map.json");
        }

        using var posted = await office.PostAsync("/Office/Dossiers", form);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var job = System.Web.HttpUtility.ParseQueryString(posted.Headers.Location!.OriginalString.Split('?')[1])["job"]!;
        for (var attempt = 0; attempt < 600; attempt++)
        {
            var status = await office.GetFromJsonAsync<JobStatus>($"/Office/Dossiers?handler=Status&job={job}");
            if (status!.Done)
            {
                return (job, status);
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"the upload of {name} did not end in 60 s");
    }

    private sealed record JobStatus(bool Done, double Progress, string[] Errors);
}
