using System.Net.Http.Headers;
using System.Net.Http.Json;
using KhanhHoa.Governance.Data;
using KhanhHoa.Governance.Submissions;

namespace KhanhHoa.Governance.Web.Tests.Fixtures;

/// <summary>Files a unit sends, and the calls that send them.</summary>
internal static class Sending
{
    /// <summary>The progress data set every unit reports, with no task row required.</summary>
    public const string Progress = "BCD.PROGRESS";

    /// <summary>A JSON submission of <paramref name="unit"/> for <paramref name="period"/>, with difficulties.</summary>
    public static byte[] Json(string unit, string period, LocalDateTime declared, params Difficulty[] difficulties)
    {
        var dataSet = GovernanceData.Default.DataSets.Find(Progress)!;
        var submission = new Submission
        {
            UnitCode = unit,
            DataSetCode = Progress,
            Period = dataSet.ParsePeriod(period).AsT0,
            SubmittedAt = declared,
            Sender = "Văn thư đơn vị",
            Difficulties = difficulties,
        };
        using var output = new MemoryStream();
        SubmissionJson.Write(output, submission);
        return output.ToArray();
    }

    /// <summary>A bearer token for <paramref name="user"/>.</summary>
    public static async Task<string> TokenAsync(HttpClient client, string user, string password = ServiceFactory.Password)
    {
        using var response = await client.PostAsJsonAsync("/api/v1/token", new { user, password });
        Assert.True(response.IsSuccessStatusCode, $"token for {user}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<TokenBody>())!.Token;
    }

    /// <summary>Sends <paramref name="file"/> as <paramref name="name"/> with <paramref name="token"/>.</summary>
    public static async Task<HttpResponseMessage> SendAsync(HttpClient client, string token, string name, byte[] file)
    {
        using var form = new MultipartFormDataContent();
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(content, "file", name);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/submissions") { Content = form };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await client.SendAsync(request);
    }

    /// <summary>A GET with <paramref name="token"/>.</summary>
    public static async Task<HttpResponseMessage> GetAsync(HttpClient client, string token, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await client.SendAsync(request);
    }

    /// <summary>A JSON POST with <paramref name="token"/>.</summary>
    public static async Task<HttpResponseMessage> PostJsonAsync(HttpClient client, string token, string path, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await client.SendAsync(request);
    }

    internal sealed record TokenBody(string Token);

    internal sealed record ReceiptBody(string Receipt, string ReceivedAt, string Outcome, string[] Errors, string Sha256, int Version);
}
