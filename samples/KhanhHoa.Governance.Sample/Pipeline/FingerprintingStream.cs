using System.Security.Cryptography;

namespace KhanhHoa.Governance.Sample.Pipeline;

/// <summary>
/// A read-only stream that hashes (SHA-256) the bytes a reader takes from <c>inner</c> as they pass, so a large input is
/// fingerprinted on the bytes the parser already reads instead of by a second pass that competes with it for the cores.
/// A byte read again after a seek back (a format sniffed from the head) is hashed once.
/// </summary>
internal sealed class FingerprintingStream(Stream inner) : Stream
{
    private readonly IncrementalHash sha256 = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    // Where the next read starts, and how far from the start the input has been hashed.
    private long position;
    private long hashed;

    public override bool CanRead => true;

    public override bool CanSeek => inner.CanSeek;

    public override bool CanWrite => false;

    public override long Length => inner.Length;

    public override long Position
    {
        get => position;
        set => position = inner.Position = value;
    }

    /// <summary>
    /// The SHA-256 of the whole input, 64 lower-case hex digits: what the reader skipped or left unread is read here.
    /// The stream is at its end afterwards.
    /// </summary>
    public string Sha256()
    {
        if (hashed != position)
        {
            // Only a seekable input can be behind or ahead of the hash.
            Position = hashed;
        }

        CopyTo(Null);
        return Convert.ToHexStringLower(sha256.GetHashAndReset());
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        var end = position + read;
        if (position <= hashed && end > hashed)
        {
            sha256.AppendData(buffer[(int)(hashed - position)..read]);
            hashed = end;
        }

        position = end;
        return read;
    }

    public override long Seek(long offset, SeekOrigin origin) => position = inner.Seek(offset, origin);

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            sha256.Dispose();
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
