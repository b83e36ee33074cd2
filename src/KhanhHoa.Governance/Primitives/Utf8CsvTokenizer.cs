using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace KhanhHoa.Governance.Primitives;

/// <summary>
/// Splits an RFC 4180 CSV stream (UTF-8, comma-separated, CRLF or LF, double-quoted fields with <c>""</c> escapes
/// and line breaks inside quotes) into records of field spans over a reusable buffer: no allocation per record.
/// </summary>
/// <remarks>
/// A record holding a byte that is not UTF-8 or is NUL comes out as an error; so does a quote inside an unquoted
/// field. Each buffer is checked once as it is filled, so records pay only for a comparison with the first bad
/// byte. A UTF-16 file is one error at line 1; the readers stop at it, as at any header error.
/// </remarks>
internal sealed class Utf8CsvTokenizer
{
    private readonly Stream? stream;
    private readonly bool continuation;
    private byte[] buffer;
    private byte[] scratch = new byte[256];
    private int scratchUsed;
    // The current record's fields, one entry each (one bounds check to set or get a field, instead of three arrays').
    private FieldSpan[] fields = new FieldSpan[32];
    private int position;
    private int end;
    private bool eof;
    private bool started;
    private int nextLine = 1;

    // The buffer is checked for bad bytes up to here (a character cut by the buffer's end waits for the next fill).
    private int checkedEnd;

    // The first bad byte at or after position, or NoBad.
    private int bad = NoBad;

    private const int NoBad = int.MaxValue;

    /// <summary>
    /// The longest record a reader holds (64 MiB): a row of any contract is a few hundred bytes, so a longer one is a
    /// file with no line break (not a CSV), and holding it whole would take memory without end.
    /// </summary>
    internal const int MaxRecordBytes = 1 << 26;

    /// <summary>The error for a record past <see cref="MaxRecordBytes"/>.</summary>
    internal const string RecordTooLong = "the line runs past 64 MiB without a line break (a row of this file is a few hundred bytes: is it a CSV file?)";

    // After a record too long to hold, the rest of its line is skipped up to the next line break.
    private bool skippingLongRecord;

    /// <summary>Reads a whole stream through a fixed buffer.</summary>
    public Utf8CsvTokenizer(Stream stream)
    {
        this.stream = stream;
        buffer = new byte[1 << 20];
    }

    /// <summary>
    /// Reads records from bytes already in memory, which end the input. A <paramref name="continuation"/> is a chunk
    /// cut from a larger input at a line break: it has no byte order mark or encoding check of its own.
    /// </summary>
    public Utf8CsvTokenizer(byte[] data, int length, bool continuation)
    {
        buffer = data;
        end = length;
        eof = true;
        this.continuation = continuation;
        CheckFresh();
    }

    public enum Status
    {
        Record,
        End,
        Error,
    }

    /// <summary>How records that lie whole in the buffer are split (see <see cref="SplitPath"/>).</summary>
    public enum SplitPath
    {
        /// <summary>Every record by the general path, byte by byte: the reference the vectorised split is tested against.</summary>
        General,

        /// <summary>32 bytes at a time, as two 128-bit comparisons: the x64 baseline (SSE2) and Arm's AdvSimd.</summary>
        Vector128,

        /// <summary>32 bytes at a time, as one 256-bit comparison (AVX2).</summary>
        Vector256,
    }

    /// <summary>
    /// The widest split the code runs with hardware acceleration. A native-AOT build is compiled for the x64 baseline,
    /// where <see cref="System.Runtime.Intrinsics.Vector256"/> is not accelerated (its code is left out of the binary):
    /// without the 128-bit split, the published host split every record byte by byte.
    /// </summary>
    public static SplitPath Widest { get; } =
        Vector256.IsHardwareAccelerated ? SplitPath.Vector256 : Vector128.IsHardwareAccelerated ? SplitPath.Vector128 : SplitPath.General;

    /// <summary>How records that lie whole in the buffer are split; <see cref="Widest"/> by default.</summary>
    public SplitPath Split { get; init; } = Widest;

    /// <summary>The physical line on which the current record starts.</summary>
    public int Line { get; private set; }

    public int FieldCount { get; private set; }

    public string ErrorMessage { get; private set; } = string.Empty;

    public int ErrorColumn { get; private set; }

    /// <summary>
    /// Whether the last record was cut by the end of the input (an open quote, or a last line without a line break):
    /// in a chunk this means the record goes on in the next chunk.
    /// </summary>
    public bool RanIntoEnd { get; private set; }

    /// <summary>The offset in the input where the last record began.</summary>
    public int RecordStart { get; private set; }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<byte> Field(int index)
    {
        var field = fields[index];
        var raw = buffer.AsSpan(field.Start, field.Length);
        return field.Escaped ? Unescape(raw) : raw;
    }

    private ReadOnlySpan<byte> Unescape(ReadOnlySpan<byte> raw)
    {
        // Each escaped field of a record gets its own part of the scratch buffer, so several stay valid at once; a
        // larger buffer leaves the earlier one to the spans that still point into it.
        if (scratch.Length - scratchUsed < raw.Length)
        {
            scratch = new byte[Math.Max(scratch.Length, raw.Length) * 2];
            scratchUsed = 0;
        }

        var start = scratchUsed;
        for (var i = 0; i < raw.Length; i++)
        {
            scratch[scratchUsed++] = raw[i];
            if (raw[i] == (byte)'"')
            {
                i++;
            }
        }

        return scratch.AsSpan(start, scratchUsed - start);
    }

    public Status Read()
    {
        if (!started && continuation)
        {
            started = true;
        }

        if (!started)
        {
            started = true;
            if (stream is not null)
            {
                Fill();
            }

            if (Utf8Text.Utf16Problem(buffer.AsSpan(0, end)) is { } utf16)
            {
                Line = 1;
                ErrorColumn = 0;
                ErrorMessage = utf16;
                return Status.Error;
            }

            if (end - position >= 3 && buffer[position] == 0xEF && buffer[position + 1] == 0xBB && buffer[position + 2] == 0xBF)
            {
                position += 3;
            }

            // A file whose lines end with CR alone (old Mac exports) would read as one long header line.
            var head = buffer.AsSpan(position, end - position);
            var lineFeed = head.IndexOf((byte)'\n');
            var carriageReturn = head.IndexOf((byte)'\r');
            if (carriageReturn >= 0 && (lineFeed < 0 || carriageReturn < lineFeed - 1))
            {
                Line = 1;
                ErrorColumn = 0;
                ErrorMessage = "the lines end with a carriage return alone (CR); save the file with LF or CRLF line ends";
                return Status.Error;
            }
        }

        if (skippingLongRecord && !SkipRestOfLine())
        {
            return Status.End;
        }

        RanIntoEnd = false;
        RecordStart = position;
        scratchUsed = 0;
        while (true)
        {
            var status = TryParse(out var needMore);
            if (!needMore)
            {
                return CheckText(status);
            }

            if (eof)
            {
                return CheckText(TryParseAtEnd());
            }

            if (end - position >= MaxRecordBytes)
            {
                Line = nextLine;
                ErrorColumn = 0;
                ErrorMessage = RecordTooLong;
                position = end;
                bad = NoBad;
                checkedEnd = end;
                skippingLongRecord = true;
                return Status.Error;
            }

            Compact();
            Fill();
            RecordStart = position;
        }
    }

    // Drops bytes up to and including the next line break, reading on as needed; false when the input ends first.
    private bool SkipRestOfLine()
    {
        while (true)
        {
            var newline = buffer.AsSpan(position, end - position).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                // The bytes after the line break are checked afresh: a bad byte found before it was skipped with it.
                position += newline + 1;
                nextLine++;
                skippingLongRecord = false;
                bad = NoBad;
                checkedEnd = position;
                CheckFresh();
                return true;
            }

            position = end;
            checkedEnd = end;
            bad = NoBad;
            if (eof || stream is null)
            {
                return false;
            }

            Compact();
            Fill();
        }
    }

    private Status TryParse(out bool needMore)
    {
        needMore = false;
        if (Split != SplitPath.General && TrySplitVectorised())
        {
            return Status.Record;
        }

        Line = nextLine;
        if (position == end)
        {
            needMore = !eof;
            return Status.End;
        }

        var rest = buffer.AsSpan(position, end - position);
        var newline = rest.IndexOf((byte)'\n');
        if (newline < 0 && !eof)
        {
            needMore = true;
            return Status.End;
        }

        RanIntoEnd = newline < 0;
        var lineLength = newline < 0 ? rest.Length : newline;
        var line = rest[..lineLength];
        if (line.IndexOf((byte)'"') >= 0)
        {
            return ParseQuoted(out needMore);
        }

        var contentLength = lineLength > 0 && line[lineLength - 1] == (byte)'\r' ? lineLength - 1 : lineLength;
        SplitPlain(position, contentLength);
        position += newline < 0 ? lineLength : lineLength + 1;
        nextLine++;
        return Status.Record;
    }

    private Status TryParseAtEnd() => TryParse(out _);

    /// <summary>Turns a record that holds the first bad byte into an error, then finds the next bad byte.</summary>
    private Status CheckText(Status status)
    {
        if (bad >= position)
        {
            return status;
        }

        // A record already in error (a broken quote) keeps its own message.
        if (status == Status.Record)
        {
            ErrorMessage = Utf8Text.Describe(buffer[bad]);
            ErrorColumn = FieldAt(bad);
            status = Status.Error;
        }

        checkedEnd = Math.Max(checkedEnd, position);
        var next = Utf8Text.Locate(buffer.AsSpan(position, checkedEnd - position));
        bad = next < 0 ? NoBad : position + next;
        return status;
    }

    private int FieldAt(int offset)
    {
        var column = 1;
        while (column < FieldCount && fields[column].Start <= offset)
        {
            column++;
        }

        return column;
    }

    /// <summary>
    /// The common cases in one pass, for a record that lies whole in the buffer: its unquoted fields split by comparing
    /// 32 bytes at a time against the comma, the line feed, the quote and the carriage return, and a quoted field (the
    /// free-text column of a vendor's export) skipped to its closing quote by a vectorised search, so an export with
    /// such a column splits as fast as the contract's own layout. Leaves anything else to the general path, which takes
    /// the record again from its start: a line break inside quotes, a quote inside an unquoted field, a carriage return
    /// in a record with quotes other than before its line feed (the general path's errors), a record running into the
    /// last 32 bytes of the buffer.
    /// </summary>
    private bool TrySplitVectorised()
    {
        ref var data = ref MemoryMarshal.GetArrayDataReference(buffer);
        var count = 0;
        var fieldStart = position;
        var quoted = false;
        var carriageReturns = 0;
        var i = position;
        var wide = Split == SplitPath.Vector256;
        while (i <= end - BlockBytes)
        {
            uint newlines, quotes, commas, returns;
            if (wide)
            {
                Classify256(ref data, i, out newlines, out quotes, out commas, out returns);
            }
            else
            {
                Classify128(ref data, i, out newlines, out quotes, out commas, out returns);
            }

            // The bits up to and including the first line feed (all of them when there is none), then those before the
            // record's next quote.
            var inRecord = newlines == 0 ? uint.MaxValue : newlines ^ (newlines - 1);
            var quote = quotes & inRecord;
            var unquoted = quote == 0 ? inRecord : (1u << BitOperations.TrailingZeroCount(quote)) - 1;
            carriageReturns += BitOperations.PopCount(returns & unquoted);
            commas &= unquoted;
            while (commas != 0)
            {
                var comma = i + BitOperations.TrailingZeroCount(commas);
                SetField(count++, fieldStart, comma - fieldStart, escaped: false);
                fieldStart = comma + 1;
                commas &= commas - 1;
            }

            if (quote != 0)
            {
                var open = i + BitOperations.TrailingZeroCount(quote);
                var escaped = false;
                var close = open == fieldStart ? ClosingQuote(open + 1, out escaped) : -1;
                if (close < 0 || close + 2 >= end)
                {
                    return false;
                }

                SetField(count++, open + 1, close - open - 1, escaped);
                quoted = true;
                var next = Unsafe.Add(ref data, close + 1);
                if (next == (byte)',')
                {
                    fieldStart = close + 2;
                    i = fieldStart;
                    continue;
                }

                var lineFeed = next == (byte)'\n' ? close + 1 : next == (byte)'\r' && Unsafe.Add(ref data, close + 2) == (byte)'\n' ? close + 2 : -1;
                return lineFeed >= 0 && carriageReturns == 0 && EndRecord(count, lineFeed);
            }

            if (newlines != 0)
            {
                var newline = i + BitOperations.TrailingZeroCount(newlines);
                var contentEnd = newline > fieldStart && Unsafe.Add(ref data, newline - 1) == (byte)'\r' ? newline - 1 : newline;
                if (quoted && carriageReturns != newline - contentEnd)
                {
                    return false;
                }

                SetField(count++, fieldStart, contentEnd - fieldStart, escaped: false);
                return EndRecord(count, newline);
            }

            i += BlockBytes;
        }

        return false;
    }

    // The bytes one step of the vectorised split looks at: bit k of each mask is byte i + k.
    private const int BlockBytes = 32;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Classify256(ref byte data, int i, out uint newlines, out uint quotes, out uint commas, out uint returns)
    {
        var block = Vector256.LoadUnsafe(ref data, (nuint)i);
        newlines = Vector256.Equals(block, Vector256.Create((byte)'\n')).ExtractMostSignificantBits();
        quotes = Vector256.Equals(block, Vector256.Create((byte)'"')).ExtractMostSignificantBits();
        commas = Vector256.Equals(block, Vector256.Create((byte)',')).ExtractMostSignificantBits();
        returns = Vector256.Equals(block, Vector256.Create((byte)'\r')).ExtractMostSignificantBits();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Classify128(ref byte data, int i, out uint newlines, out uint quotes, out uint commas, out uint returns)
    {
        var low = Vector128.LoadUnsafe(ref data, (nuint)i);
        var high = Vector128.LoadUnsafe(ref data, (nuint)i + 16);
        newlines = Mask128(low, high, (byte)'\n');
        quotes = Mask128(low, high, (byte)'"');
        commas = Mask128(low, high, (byte)',');
        returns = Mask128(low, high, (byte)'\r');
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Mask128(Vector128<byte> low, Vector128<byte> high, byte value) =>
        Vector128.Equals(low, Vector128.Create(value)).ExtractMostSignificantBits()
        | (Vector128.Equals(high, Vector128.Create(value)).ExtractMostSignificantBits() << 16);

    // The closing quote of a quoted field whose content starts at from, on the same line; -1 when a line feed or the
    // buffer's end comes first. A doubled quote inside is an escaped one.
    private int ClosingQuote(int from, out bool escaped)
    {
        escaped = false;
        var at = from;
        while (true)
        {
            var found = buffer.AsSpan(at, end - at).IndexOfAny((byte)'"', (byte)'\n');
            if (found < 0 || buffer[at + found] == (byte)'\n')
            {
                return -1;
            }

            at += found;
            if (at + 1 < end && buffer[at + 1] == (byte)'"')
            {
                escaped = true;
                at += 2;
                continue;
            }

            return at;
        }
    }

    private bool EndRecord(int count, int lineFeed)
    {
        FieldCount = count;
        Line = nextLine++;
        position = lineFeed + 1;
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void SetField(int index, int start, int length, bool escaped)
    {
        if (index == fields.Length)
        {
            Array.Resize(ref fields, index * 2);
        }

        fields[index] = new FieldSpan(start, length, escaped);
    }

    private void SplitPlain(int start, int length)
    {
        FieldCount = 0;
        var span = buffer.AsSpan(start, length);
        var offset = 0;
        while (true)
        {
            var comma = span[offset..].IndexOf((byte)',');
            var fieldLength = comma < 0 ? span.Length - offset : comma;
            AddField(start + offset, fieldLength, escaped: false);
            if (comma < 0)
            {
                return;
            }

            offset += comma + 1;
        }
    }

    private Status ParseQuoted(out bool needMore)
    {
        needMore = false;
        FieldCount = 0;
        var i = position;
        var lines = 0;
        while (true)
        {
            if (i < end && buffer[i] == (byte)'"')
            {
                var contentStart = i + 1;
                var escaped = false;
                i = contentStart;
                while (true)
                {
                    if (i >= end)
                    {
                        if (!eof)
                        {
                            needMore = true;
                            return Status.End;
                        }

                        RanIntoEnd = true;
                        return Fail(lines, end, "unterminated quoted field", FieldCount + 1);
                    }

                    var b = buffer[i];
                    if (b == (byte)'"')
                    {
                        if (i + 1 >= end && !eof)
                        {
                            needMore = true;
                            return Status.End;
                        }

                        if (i + 1 < end && buffer[i + 1] == (byte)'"')
                        {
                            escaped = true;
                            i += 2;
                            continue;
                        }

                        break;
                    }

                    if (b == (byte)'\n')
                    {
                        lines++;
                    }

                    i++;
                }

                AddField(contentStart, i - contentStart, escaped);
                i++;
            }
            else
            {
                var fieldStart = i;
                while (i < end && buffer[i] is not ((byte)',' or (byte)'\n' or (byte)'\r' or (byte)'"'))
                {
                    i++;
                }

                if (i < end && buffer[i] == (byte)'"')
                {
                    return Fail(lines, i, "a quote inside an unquoted field (RFC 4180: quote the whole field and double the quote)", FieldCount + 1);
                }

                AddField(fieldStart, i - fieldStart, escaped: false);
            }

            if (i >= end)
            {
                if (!eof)
                {
                    needMore = true;
                    return Status.End;
                }

                RanIntoEnd = true;
                position = end;
                nextLine += lines + 1;
                return Status.Record;
            }

            var next = buffer[i];
            if (next == (byte)',')
            {
                i++;
                continue;
            }

            if (next == (byte)'\r' && (i + 1 >= end || buffer[i + 1] == (byte)'\n'))
            {
                if (i + 1 >= end && !eof)
                {
                    needMore = true;
                    return Status.End;
                }

                i++;
            }

            if (i < end && buffer[i] == (byte)'\n')
            {
                position = i + 1;
                nextLine += lines + 1;
                return Status.Record;
            }

            return Fail(lines, i, "unexpected character after a closing quote", FieldCount);
        }
    }

    private Status Fail(int linesInRecord, int at, string message, int column)
    {
        ErrorMessage = message;
        ErrorColumn = column;
        // Resynchronise on the next line break after the problem.
        var newline = buffer.AsSpan(at, end - at).IndexOf((byte)'\n');
        position = newline < 0 ? end : at + newline + 1;
        nextLine += linesInRecord + 1;
        return Status.Error;
    }

    private void AddField(int start, int length, bool escaped) => SetField(FieldCount++, start, length, escaped);

    private void Compact()
    {
        var remaining = end - position;
        if (remaining == buffer.Length)
        {
            Array.Resize(ref buffer, buffer.Length * 2);
        }
        else if (position > 0)
        {
            Buffer.BlockCopy(buffer, position, buffer, 0, remaining);
        }

        checkedEnd -= position;
        bad = bad == NoBad ? NoBad : bad - position;
        position = 0;
        end = remaining;
    }

    private void Fill()
    {
        eof = StreamFill.Fill(stream!, buffer, ref end);
        CheckFresh();
    }

    private void CheckFresh()
    {
        var fresh = buffer.AsSpan(checkedEnd, end - checkedEnd);
        var length = eof ? fresh.Length : Utf8Text.CompleteLength(fresh);
        // While a bad byte is pending the next is found after its record is consumed (CheckText).
        if (bad == NoBad && Utf8Text.IndexOfInvalid(fresh[..length]) is var found and >= 0)
        {
            bad = checkedEnd + found;
        }

        checkedEnd += length;
    }

    private readonly record struct FieldSpan(int Start, int Length, bool Escaped);
}
