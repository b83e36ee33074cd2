namespace KhanhHoa.Governance.Sample.Cli;

/// <summary>
/// A pass-through stream that reports how far a read or a write has gone, so a reader or writer that takes a
/// <see cref="Stream"/> gets a progress bar without knowing about it.
/// </summary>
internal sealed class ProgressStream(Stream inner, long expectedLength, IProgress<double> progress) : Stream
{
    private long done;

    public override bool CanRead => inner.CanRead;

    public override bool CanSeek => false;

    public override bool CanWrite => inner.CanWrite;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => done;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Advance(inner.Read(buffer, offset, count));

    public override int Read(Span<byte> buffer) => Advance(inner.Read(buffer));

    public override void Write(byte[] buffer, int offset, int count)
    {
        inner.Write(buffer, offset, count);
        Advance(count);
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        inner.Write(buffer);
        Advance(buffer.Length);
    }

    public override void Flush() => inner.Flush();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    private int Advance(int count)
    {
        done += count;
        if (expectedLength > 0)
        {
            progress.Report(Math.Min(1.0, (double)done / expectedLength));
        }

        return count;
    }
}
