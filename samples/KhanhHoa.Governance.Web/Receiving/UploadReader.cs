using System.Buffers;
using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace KhanhHoa.Governance.Web.Receiving;

/// <summary>
/// Reads an upload (<c>multipart/form-data</c>) as it arrives, without ASP.NET's form buffering (which copies every file
/// to memory or a temporary file before the endpoint sees it): the small text fields in order, then the file field
/// straight into one array of its exact size — the array that is hashed, read and stored. Its length is known only at
/// its end, so it arrives in pooled segments, copied once into that array. A file past the limit is refused as soon as
/// the limit is passed.
/// </summary>
internal static class UploadReader
{
    /// <summary>The file's field.</summary>
    public const string FileField = "file";

    // Room for the boundaries, the part headers and the page's two small fields beside the file.
    private const long FormOverhead = 64 * 1024;
    private const int Segment = 64 * 1024;
    private const int MaxFieldBytes = 16 * 1024;

    /// <summary>
    /// Reads the upload of <paramref name="request"/>. <paramref name="beforeFile"/> sees the fields sent before the file
    /// and may refuse (a problem in Vietnamese) before a byte of the file is read.
    /// </summary>
    public static async Task<Upload> ReadAsync(HttpRequest request, long maxBytes, Func<IReadOnlyDictionary<string, string>, Task<string?>>? beforeFile, CancellationToken cancellationToken)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type) || !type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(type.Boundary).Value is not { Length: > 0 } boundary)
        {
            return Upload.Refused(StatusCodes.Status400BadRequest, fields, Missing);
        }

        if (request.ContentLength > maxBytes + FormOverhead)
        {
            return Upload.Refused(StatusCodes.Status413PayloadTooLarge, fields, TooLarge(maxBytes));
        }

        try
        {
            // A section longer than this is refused by the reader itself; the file is refused on passing maxBytes, within a segment.
            var reader = new MultipartReader(boundary, request.Body) { BodyLengthLimit = maxBytes + Segment };
            while (await reader.ReadNextSectionAsync(cancellationToken).ConfigureAwait(false) is { } section)
            {
                if (section.GetContentDispositionHeader() is not { } disposition)
                {
                    continue;
                }

                var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? string.Empty;
                if (!disposition.IsFileDisposition())
                {
                    fields[name] = await FieldAsync(section, cancellationToken).ConfigureAwait(false);
                    continue;
                }

                if (name != FileField)
                {
                    continue;
                }

                if (beforeFile is not null && await beforeFile(fields).ConfigureAwait(false) is { } refusal)
                {
                    return Upload.Refused(StatusCodes.Status400BadRequest, fields, refusal);
                }

                var fileName = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value ?? string.Empty;
                var content = await ContentAsync(section.Body, maxBytes, cancellationToken).ConfigureAwait(false);
                return content is null ? Upload.Refused(StatusCodes.Status413PayloadTooLarge, fields, TooLarge(maxBytes))
                    : content.Length == 0 ? Upload.Refused(StatusCodes.Status400BadRequest, fields, Missing)
                    : new Upload(fileName, content, fields, StatusCodes.Status200OK, null);
            }

            return Upload.Refused(StatusCodes.Status400BadRequest, fields, Missing);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Upload.Refused(StatusCodes.Status413PayloadTooLarge, fields, TooLarge(maxBytes));
        }
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException or IOException)
        {
            return Upload.Refused(StatusCodes.Status400BadRequest, fields, "Nội dung gửi lên không đọc được (biểu mẫu multipart sai hoặc bị cắt); hãy gửi lại tệp.");
        }
    }

    /// <summary>The problem of a request with no file, in Vietnamese.</summary>
    public const string Missing = "Chưa có tệp báo cáo (.xlsx, .csv hoặc .json) trong trường 'file' của biểu mẫu gửi lên (multipart/form-data).";

    /// <summary>The problem of a file past <paramref name="maxBytes"/>, in Vietnamese.</summary>
    public static string TooLarge(long maxBytes) => string.Create(CultureInfo.GetCultureInfo("vi-VN"),
        $"Tệp báo cáo lớn hơn mức tối đa {maxBytes / (1024.0 * 1024.0):0.##} MB được nhận; tệp đã điền thường chỉ vài trăm KB. Hãy kiểm tra lại tệp (ảnh hoặc dữ liệu thừa) rồi gửi lại.");

    private static async Task<string> FieldAsync(MultipartSection section, CancellationToken cancellationToken)
    {
        var bytes = await ContentAsync(section.Body, MaxFieldBytes, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidDataException("a form field longer than " + MaxFieldBytes + " bytes");
        return System.Text.Encoding.UTF8.GetString(bytes);
    }

    // The stream's bytes in one array of their exact size, or null past `maxBytes` (read no further).
    private static async Task<byte[]?> ContentAsync(Stream body, long maxBytes, CancellationToken cancellationToken)
    {
        var segments = new List<byte[]>();
        try
        {
            long total = 0;
            while (true)
            {
                var segment = ArrayPool<byte>.Shared.Rent(Segment);
                segments.Add(segment);
                var filled = 0;
                int read;
                while (filled < Segment && (read = await body.ReadAsync(segment.AsMemory(filled, Segment - filled), cancellationToken).ConfigureAwait(false)) > 0)
                {
                    filled += read;
                }

                total += filled;
                if (total > maxBytes)
                {
                    return null;
                }

                if (filled < Segment)
                {
                    break;
                }
            }

            var content = GC.AllocateUninitializedArray<byte>(checked((int)total));
            for (var i = 0; i < segments.Count; i++)
            {
                var offset = i * Segment;
                segments[i].AsSpan(0, (int)Math.Min(Segment, total - offset)).CopyTo(content.AsSpan(offset));
            }

            return content;
        }
        finally
        {
            foreach (var segment in segments)
            {
                ArrayPool<byte>.Shared.Return(segment);
            }
        }
    }
}
