using System.Net.Http.Headers;
using FsCheck;
using FsCheck.Fluent;
using KhanhHoa.Governance.Web.Receiving;
using Microsoft.AspNetCore.Http;

namespace KhanhHoa.Governance.Web.Tests;

/// <summary>
/// The upload read as it arrives: whatever the file's size, the limit and how the body trickles in, the bytes read are
/// the bytes sent (so the stored bytes and their hash are the file's), or the file is refused past the limit.
/// </summary>
public sealed class UploadReaderTest
{
    private static readonly Gen<(int Size, int Seed, int Limit, int Chunk, bool Length)> Cases =
        from size in Gen.Frequency((1, Gen.Constant(0)), (6, Gen.Choose(1, 200_000)), (1, Gen.Elements(65_535, 65_536, 65_537, 131_072)))
        from seed in Gen.Choose(0, 1000)
        from limit in Gen.Frequency((3, Gen.Choose(0, 200_000)), (1, Gen.Constant(size)), (1, Gen.Constant(Math.Max(0, size - 1))))
        from chunk in Gen.Choose(1, 70_000)
        from length in Gen.Elements(true, false)
        select (size, seed, limit, chunk, length);

    [FsCheck.Xunit.Property(MaxTest = 60)]
    public Property The_bytes_read_are_the_bytes_sent_or_the_file_is_refused_past_the_limit() =>
        Prop.ForAll(Cases.ToArbitrary(), c =>
        {
            var file = new byte[c.Size];
            new Random(c.Seed).NextBytes(file);
            var upload = Read(Body(file, "bao-cao.xlsx"), c.Limit, c.Chunk, c.Length);

            return c.Size == 0 ? upload.Status == StatusCodes.Status400BadRequest && upload.Problem == UploadReader.Missing
                : c.Size > c.Limit ? upload.Status == StatusCodes.Status413PayloadTooLarge && upload.Content is null && upload.Problem == UploadReader.TooLarge(c.Limit)
                : upload.Status == StatusCodes.Status200OK && upload.Content!.AsSpan().SequenceEqual(file) && upload.FileName == "bao-cao.xlsx"
                    && upload.Fields["period"] == "2025-09";
        });

    [Fact]
    public void A_body_cut_short_or_without_a_file_is_a_400_in_vietnamese()
    {
        var body = Body(new byte[1000], "a.json");
        var cut = Read((body.Bytes[..(body.Bytes.Length / 2)], body.ContentType), 10_000, 4096, length: false);
        var none = Read((body.Bytes, "application/json"), 10_000, 4096, length: true);

        Assert.Equal(StatusCodes.Status400BadRequest, cut.Status);
        Assert.StartsWith("Nội dung gửi lên không đọc được", cut.Problem, StringComparison.Ordinal);
        Assert.Equal(UploadReader.Missing, none.Problem);
    }

    [Fact]
    public void The_limit_is_told_in_megabytes()
    {
        Assert.StartsWith("Tệp báo cáo lớn hơn mức tối đa 10 MB được nhận", UploadReader.TooLarge(10L << 20), StringComparison.Ordinal);
        Assert.StartsWith("Tệp báo cáo lớn hơn mức tối đa 1,5 MB được nhận", UploadReader.TooLarge(3L << 19), StringComparison.Ordinal);
    }

    // A page's form as a browser sends it: the period, then the file.
    private static (byte[] Bytes, string ContentType) Body(byte[] file, string name)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent("2025-09"), "period");
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(content, "file", name);
        using var bytes = new MemoryStream();
        form.CopyTo(bytes, null, CancellationToken.None);
        return (bytes.ToArray(), form.Headers.ContentType!.ToString());
    }

    private static Upload Read((byte[] Bytes, string ContentType) body, long limit, int chunk, bool length)
    {
        var context = new DefaultHttpContext();
        context.Request.ContentType = body.ContentType;
        context.Request.ContentLength = length ? body.Bytes.Length : null;
        context.Request.Body = new Trickle(body.Bytes, chunk);
        return UploadReader.ReadAsync(context.Request, limit, null, CancellationToken.None).GetAwaiter().GetResult();
    }

    // A body that arrives at most `chunk` bytes per read, as a network does.
    private sealed class Trickle(byte[] bytes, int chunk) : MemoryStream(bytes, writable: false)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, chunk));

        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, chunk)]);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, chunk)], cancellationToken);

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            base.ReadAsync(buffer, offset, Math.Min(count, chunk), cancellationToken);
    }
}
