using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using KhanhHoa.Governance.Web.Tests.Fixtures;

namespace KhanhHoa.Governance.Web.Tests;

/// <summary>Faults: a request cut mid-upload stores nothing; a restart keeps everything.</summary>
public sealed class FaultTest
{
    [Fact]
    public async Task A_request_cut_mid_upload_stores_nothing_and_a_restart_keeps_everything()
    {
        var folder = ServiceFactory.NewFolder("restart");
        try
        {
            string receipt;
            string unit;
            using (var first = new ServiceFactory(folder, TestClock.At(RunningService.Start)))
            {
                using var client = first.CreateClient();
                unit = RunningService.ProgressReporters(first)[0];
                var token = await Sending.TokenAsync(client, unit.ToLowerInvariant());
                var file = Sending.Json(unit, "2025-09", RunningService.Start);

                await Assert.ThrowsAnyAsync<Exception>(() => SendCutAsync(client, token, file));
                Assert.Equal(0, first.Query(db => db.Submissions.Count()));

                using var sent = await Sending.SendAsync(client, token, "bao-cao.json", file);
                receipt = (await sent.Content.ReadFromJsonAsync<Sending.ReceiptBody>())!.Receipt;
            }

            using var second = new ServiceFactory(folder, TestClock.At(RunningService.Start.PlusHours(1)));
            Assert.Equal(receipt, second.Query(db => db.Submissions.Single().Receipt));
            using var again = second.CreateClient();
            var office = await Sending.TokenAsync(again, "office");
            using var status = await Sending.GetAsync(again, office, "/api/v1/status?period=2025-09&asOf=2025-09-10");
            Assert.Equal(HttpStatusCode.OK, status.StatusCode);
            Assert.Contains($"\"unit\": \"{unit}\"", await status.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    // Sends half a multipart body, then fails as a dropped connection does.
    private static async Task SendCutAsync(HttpClient client, string token, byte[] file)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new CutContent(file), "file", "bao-cao.json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/submissions") { Content = form };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.SendAsync(request);
        Assert.Fail($"the cut request was answered {(int)response.StatusCode}");
    }

    private sealed class CutContent(byte[] file) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context)
        {
            await stream.WriteAsync(file.AsMemory(0, file.Length / 2));
            await stream.FlushAsync();
            throw new IOException("connection lost");
        }

        protected override bool TryComputeLength(out long length)
        {
            length = file.Length;
            return true;
        }
    }
}
