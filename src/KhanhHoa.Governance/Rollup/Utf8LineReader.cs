using KhanhHoa.Governance.Primitives;

namespace KhanhHoa.Governance.Rollup;

/// <summary>Reads a UTF-8 stream line by line into a reusable buffer (LF or CRLF; a byte-order mark is skipped).</summary>
internal sealed class Utf8LineReader(Stream stream)
{
    private byte[] buffer = new byte[1 << 16];
    private int position;
    private int end;
    private bool eof;
    private bool started;

    public int LineNumber { get; private set; }

    /// <summary>Set when the input turns out to be UTF-16 (then there are no lines); the error to report at line 1.</summary>
    public string? Utf16Problem { get; private set; }

    public bool ReadLine(out ReadOnlySpan<byte> line)
    {
        if (!started)
        {
            started = true;
            Fill();
            Utf16Problem = Utf8Text.Utf16Problem(buffer.AsSpan(0, end));
            if (Utf16Problem is not null)
            {
                line = default;
                return false;
            }

            if (end >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF)
            {
                position = 3;
            }
        }

        while (true)
        {
            var newline = buffer.AsSpan(position, end - position).IndexOf((byte)'\n');
            if (newline >= 0 || eof)
            {
                if (newline < 0 && position == end)
                {
                    line = default;
                    return false;
                }

                var length = newline < 0 ? end - position : newline;
                line = buffer.AsSpan(position, length);
                if (!line.IsEmpty && line[^1] == (byte)'\r')
                {
                    line = line[..^1];
                }

                position += newline < 0 ? length : length + 1;
                LineNumber++;
                return true;
            }

            var remaining = end - position;
            if (remaining == buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2);
            }
            else
            {
                Buffer.BlockCopy(buffer, position, buffer, 0, remaining);
            }

            position = 0;
            end = remaining;
            Fill();
        }
    }

    private void Fill() => eof = StreamFill.Fill(stream, buffer, ref end);
}
