using System.Text;

namespace KhanhHoa.Governance.Sample.Cli;

/// <summary>
/// A write-only stream that decodes UTF-8 into a <see cref="TextWriter"/>, so the library's stream writers (CSV, JSON,
/// report renderers) can write to standard output, or to the captured output of an in-process run, alike.
/// </summary>
internal sealed class TextWriterStream(TextWriter writer) : Stream
{
    private readonly Decoder decoder = new UTF8Encoding(false).GetDecoder();
    private char[] chars = new char[4096];

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer) => Decode(buffer, flush: false);

    public override void Flush()
    {
        Decode([], flush: true);
        writer.Flush();
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Flush();
        }

        base.Dispose(disposing);
    }

    private void Decode(ReadOnlySpan<byte> bytes, bool flush)
    {
        var needed = decoder.GetCharCount(bytes, flush);
        if (needed > chars.Length)
        {
            chars = new char[Math.Max(needed, chars.Length * 2)];
        }

        var written = decoder.GetChars(bytes, chars, flush);
        writer.Write(chars, 0, written);
    }
}
