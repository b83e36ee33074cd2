using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using KhanhHoa.Governance.Web.Hosting;
using KhanhHoa.Governance.Web.Receiving;
using KhanhHoa.Governance.Web.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KhanhHoa.Governance.Web.Tests;

/// <summary>Uploads through the API and the clerk's page: read as they arrive, refused past the limit with the field named, in Vietnamese.</summary>
[Collection(SqliteCollection.Name)]
public sealed class UploadTest(SqliteService service)
{
    private ServiceFactory Factory => service.Factory;

    private long Limit => Factory.Services.GetRequiredService<IOptions<WebOptions>>().Value.MaxUploadBytes;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_file_past_the_limit_is_a_413_naming_the_field_and_nothing_is_stored(bool lengthKnown)
    {
        var unit = service.Units[50];
        using var client = Factory.CreateClient();
        var token = await Sending.TokenAsync(client, unit.ToLowerInvariant());
        using var form = new MultipartFormDataContent();
        form.Add(lengthKnown ? new ByteArrayContent(new byte[Limit + 1]) : new Unsized(Limit + 1), "file", "bao-cao.xlsx");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/submissions") { Content = form };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Tệp báo cáo quá lớn", problem.GetProperty("title").GetString());
        Assert.Equal(UploadReader.TooLarge(Limit), problem.GetProperty("detail").GetString());
        Assert.Equal(UploadReader.TooLarge(Limit), problem.GetProperty("errors").GetProperty("file")[0].GetString());
        Assert.Equal(0, Factory.Query(db => db.Submissions.Count(s => s.UnitCode == unit)));
    }

    [Fact]
    public async Task The_clerks_page_takes_the_token_before_the_file_refuses_a_forged_post_and_says_when_a_file_is_too_large()
    {
        var unit = service.Units[51];
        using var client = Browserless.Client(Factory);
        await Browserless.SignInAsync(client, unit.ToLowerInvariant());
        var page = await client.GetStringAsync("/Clerk?period=2025-09");
        var token = Browserless.AntiForgeryToken(page);
        var file = Sending.Json(unit, "2025-09", RunningService.Start);

        using var sent = await client.PostAsync("/Clerk?handler=Upload", Form(token, file));
        using var forged = await client.PostAsync("/Clerk?handler=Upload", Form(null, file));
        using var large = await client.PostAsync("/Clerk?handler=Upload", Form(token, new byte[Limit + 1]));

        // The form sends the token first, so the page can check it before reading the file.
        Assert.True(page.IndexOf("__RequestVerificationToken", StringComparison.Ordinal) < page.IndexOf("name=\"file\"", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, large.StatusCode);
        Assert.Contains(UploadReader.TooLarge(Limit), WebUtility.HtmlDecode(await large.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(file, Factory.Query(db => db.Submissions.Single(s => s.UnitCode == unit)).Content);
    }

    private static MultipartFormDataContent Form(string? token, byte[] file)
    {
        var form = new MultipartFormDataContent();
        if (token is not null)
        {
            form.Add(new StringContent(token), "__RequestVerificationToken");
        }

        form.Add(new StringContent("2025-09"), "period");
        form.Add(new ByteArrayContent(file), "file", "bao-cao.json");
        return form;
    }

    // A body whose length is not told beforehand (sent chunked), so only reading it finds it too large.
    private sealed class Unsized(long length) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            var block = new byte[64 * 1024];
            for (var left = length; left > 0; left -= block.Length)
            {
                await stream.WriteAsync(block.AsMemory(0, (int)Math.Min(block.Length, left)));
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
