namespace KhanhHoa.Governance.Reporting.Import;

// What a file's first bytes say it is, for the readers that take any of several formats: a zip package (an Office
// file), or text whose first character (after a byte order mark and blanks) is given.
internal static class FileContent
{
    /// <summary>How many bytes the sniffing needs: the zip signature, a byte order mark and some blank lines.</summary>
    public const int HeadLength = 64;

    private static ReadOnlySpan<byte> ZipSignature => [0x50, 0x4B, 0x03, 0x04];

    private static ReadOnlySpan<byte> ByteOrderMark => [0xEF, 0xBB, 0xBF];

    public static bool IsZip(ReadOnlySpan<byte> head) => head.StartsWith(ZipSignature);

    /// <summary>The first byte that is not a byte order mark, a space, a tab or a line break; 0 when there is none.</summary>
    public static byte FirstNonBlank(ReadOnlySpan<byte> head)
    {
        var rest = head.StartsWith(ByteOrderMark) ? head[ByteOrderMark.Length..] : head;
        foreach (var b in rest)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return b;
            }
        }

        return 0;
    }

    /// <summary>
    /// Reads up to <see cref="HeadLength"/> bytes of <paramref name="stream"/> and gives back a stream that reads the
    /// whole file from its start: the same stream, rewound, when it can seek; otherwise one that replays the head
    /// before the rest (a pipe, standard input).
    /// </summary>
    public static (byte[] Head, Stream Whole) Peek(Stream stream)
    {
        var head = new byte[HeadLength];
        var start = stream.CanSeek ? stream.Position : 0;
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        Array.Resize(ref head, read);
        if (stream.CanSeek)
        {
            stream.Position = start;
            return (head, stream);
        }

        return (head, new ReplayedStream(head, stream));
    }

    // A read-only stream: the head already read, then the rest of the inner stream (left open).
    private sealed class ReplayedStream(byte[] head, Stream rest) : Stream
    {
        private int position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            if (position < head.Length)
            {
                var n = Math.Min(buffer.Length, head.Length - position);
                head.AsSpan(position, n).CopyTo(buffer);
                position += n;
                return n;
            }

            return rest.Read(buffer);
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
