using System.Buffers;

namespace KhanhHoa.Governance.Rollup;

/// <summary>
/// One read of a dossier CSV input: cut into chunks at line breaks, each chunk parsed into a store of its own (on the
/// thread pool when more than one core may be used), the chunks' stores merged in order into the result.
/// </summary>
/// <remarks>
/// A chunk is cut at a line break without knowing whether that break sits inside a quoted field; the chunk before it
/// tells (its last record runs into its end), and then that record's bytes and the next chunk are parsed again as one.
/// Lines in a chunk count from its start and are shifted when it is merged; duplicate ids are found by the merge alone,
/// each chunk's rows in order against all before them, as a single pass finds them. At most one chunk per core is held beyond the store.
/// </remarks>
internal sealed class ChunkedCsvRead(Stream stream, DossierReadOptions options)
{
    private readonly ErrorCollector errors = new(options.MaxErrorsReported);
    private readonly int chunkBytes = options.ChunkBytes;
    private readonly int workers = options.MaxDegreeOfParallelism ?? Environment.ProcessorCount;
    private byte[] carry = new byte[64 * 1024];
    private int carryLength;
    private bool ended;
    private DossierColumnBinding columns = null!;
    private int headerFields;
    private DossierStoreBuilder store = null!;
    private int lineBase;
    private int skipped;
    private long merged;
    private ChunkResult? cut;

    private readonly Queue<Task<ChunkResult>> inFlight = new();

    public InputResult<DossierStore> Run()
    {
        try
        {
            return Read();
        }
        catch (RecordTooLongException)
        {
            // What is in flight is merged first, so the lines before the long one are counted and their errors kept.
            while (inFlight.Count > 0)
            {
                Merge(inFlight.Dequeue().GetAwaiter().GetResult());
            }

            errors.Add(columns is null ? 1 : lineBase + 1, 0, string.Empty, Primitives.Utf8CsvTokenizer.RecordTooLong);
            return errors.Reject<DossierStore>();
        }
    }

    private InputResult<DossierStore> Read()
    {
        var first = NextChunk();
        var tokenizer = new Utf8CsvTokenizer(first.Data, first.Length, continuation: false);
        var status = tokenizer.Read();
        while (tokenizer.RanIntoEnd && !first.Last)
        {
            // The header goes on past the first chunk: take the next one too.
            var joined = Join(first, 0, NextChunk());
            ArrayPool<byte>.Shared.Return(first.Data);
            first = joined;
            tokenizer = new Utf8CsvTokenizer(first.Data, first.Length, continuation: false);
            status = tokenizer.Read();
        }

        if (DossierCsvReader.ReadHeader(tokenizer, status, options.ColumnMap, errors) is not { } header)
        {
            ArrayPool<byte>.Shared.Return(first.Data);
            return errors.Reject<DossierStore>();
        }

        columns = header;
        headerFields = tokenizer.FieldCount;
        store = new DossierStoreBuilder(options.KnownUnitCodes, stream.CanSeek ? (int)Math.Min(stream.Length / 96, 1 << 28) : 0);
        Start(first, tokenizer);
        var last = first.Last;
        while (!last)
        {
            var chunk = NextChunk();
            last = chunk.Last;
            while (inFlight.Count >= workers)
            {
                Merge(inFlight.Dequeue().GetAwaiter().GetResult());
            }

            Start(chunk, new Utf8CsvTokenizer(chunk.Data, chunk.Length, continuation: true));
        }

        while (inFlight.Count > 0)
        {
            Merge(inFlight.Dequeue().GetAwaiter().GetResult());
        }

        return errors.Count > 0 && !options.SkipBadRows
            ? errors.Reject<DossierStore>()
            : errors.Accept(store.Build(), skipped);
    }

    private void Start(Chunk chunk, Utf8CsvTokenizer tokenizer) =>
        inFlight.Enqueue(workers > 1 ? Task.Run(() => Parse(chunk, tokenizer)) : Task.FromResult(Parse(chunk, tokenizer)));

    private ChunkResult Parse(Chunk chunk, Utf8CsvTokenizer tokenizer)
    {
        var chunkErrors = new ErrorCollector(options.MaxErrorsReported);
        var rows = new DossierStoreBuilder(options.KnownUnitCodes, chunk.Length / 96, checkIds: false);
        var rowLines = new List<int>(chunk.Length / 96);
        var sink = new DossierRowSink(rows, chunkErrors, rowLines);
        var cutAt = DossierCsvReader.ReadRecords(tokenizer, columns, headerFields, sink, chunkErrors, stopAtCutRecord: !chunk.Last, out var chunkSkipped);
        var lines = chunk.Data.AsSpan(0, cutAt < 0 ? chunk.Length : cutAt).Count((byte)'\n');
        return new ChunkResult(chunk, rows, rowLines, chunkErrors, chunkSkipped, cutAt, lines);
    }

    private void Merge(ChunkResult result)
    {
        if (cut is { } before)
        {
            // The previous chunk ended inside a record: parse that record and this chunk again, as one.
            var joined = Join(before.Chunk, before.CutAt, result.Chunk);
            ArrayPool<byte>.Shared.Return(before.Chunk.Data);
            result = Parse(joined, new Utf8CsvTokenizer(joined.Data, joined.Length, continuation: true));
            cut = null;
        }

        var tooManyCodes = new List<(int Row, DossierStoreBuilder.AddStatus Status)>();
        store.AppendDeferred(result.Rows, tooManyCodes);
        var duplicates = new int[result.Rows.Count - tooManyCodes.Count];
        var found = store.CommitDeferredIds(duplicates);

        // The merge's own errors (rows whose codes overflow the store's, ids seen before them in the input), in line order.
        var mergeErrors = new ErrorCollector(int.MaxValue);
        foreach (var (row, status) in tooManyCodes)
        {
            DossierStoreBuilder.ReportStatus(status, lineBase + result.RowLines[row], mergeErrors, columns.ColumnOf, string.Empty);
        }

        var kept = ChunkRowsKept(result.Rows.Count, tooManyCodes);
        for (var i = 0; i < found; i++)
        {
            DossierStoreBuilder.ReportStatus(DossierStoreBuilder.AddStatus.Duplicate, lineBase + result.RowLines[kept[duplicates[i]]], mergeErrors, columns.ColumnOf, string.Empty);
        }

        var fromChunk = result.Errors.Errors.Select(e => e with { Line = e.Line + lineBase });
        foreach (var error in fromChunk.Concat(mergeErrors.Errors).OrderBy(static e => e.Line))
        {
            errors.Add(error);
        }

        errors.CountUnkept(result.Errors.Count - result.Errors.Errors.Count);
        skipped += result.Skipped + tooManyCodes.Count + found;
        lineBase += result.Lines;
        merged += result.CutAt < 0 ? result.Chunk.Length : result.CutAt;
        options.Progress?.Report(merged);
        if (result.CutAt >= 0)
        {
            cut = result;
        }
        else
        {
            ArrayPool<byte>.Shared.Return(result.Chunk.Data);
        }
    }

    // The chunk row of each row the merge appended (all of them unless some codes overflowed).
    private static int[] ChunkRowsKept(int rows, List<(int Row, DossierStoreBuilder.AddStatus Status)> tooManyCodes)
    {
        var kept = new int[rows - tooManyCodes.Count];
        for (int row = 0, next = 0, k = 0; row < rows; row++)
        {
            if (next < tooManyCodes.Count && tooManyCodes[next].Row == row)
            {
                next++;
                continue;
            }

            kept[k++] = row;
        }

        return kept;
    }

    /// <summary>The next chunk: whole records up to the last line break in about <c>chunkBytes</c>, or the rest of the input.</summary>
    private Chunk NextChunk()
    {
        var data = ArrayPool<byte>.Shared.Rent(Math.Max(chunkBytes, carryLength * 2));
        carry.AsSpan(0, carryLength).CopyTo(data);
        var length = carryLength;
        carryLength = 0;
        while (true)
        {
            var searchFrom = length;
            while (!ended && length < data.Length)
            {
                var read = stream.Read(data, length, data.Length - length);
                ended = read == 0;
                length += read;
            }

            if (ended)
            {
                return new Chunk(data, length, Last: true);
            }

            var lastBreak = data.AsSpan(searchFrom, length - searchFrom).LastIndexOf((byte)'\n');
            if (lastBreak >= 0)
            {
                var end = searchFrom + lastBreak + 1;
                carryLength = length - end;
                if (carry.Length < carryLength)
                {
                    carry = new byte[carryLength];
                }

                data.AsSpan(end, carryLength).CopyTo(carry);
                return new Chunk(data, end, Last: false);
            }

            // No line break yet: a record longer than a chunk, up to the longest a reader holds.
            if (data.Length >= Primitives.Utf8CsvTokenizer.MaxRecordBytes)
            {
                ArrayPool<byte>.Shared.Return(data);
                throw new RecordTooLongException();
            }

            var larger = ArrayPool<byte>.Shared.Rent(data.Length * 2);
            data.AsSpan(0, length).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(data);
            data = larger;
        }
    }

    /// <summary>The bytes of <paramref name="head"/> from <paramref name="from"/> followed by the whole of <paramref name="tail"/>.</summary>
    private static Chunk Join(Chunk head, int from, Chunk tail)
    {
        var headLength = head.Length - from;
        var data = ArrayPool<byte>.Shared.Rent(headLength + tail.Length);
        head.Data.AsSpan(from, headLength).CopyTo(data);
        tail.Data.AsSpan(0, tail.Length).CopyTo(data.AsSpan(headLength));
        ArrayPool<byte>.Shared.Return(tail.Data);
        return new Chunk(data, headLength + tail.Length, tail.Last);
    }

    private sealed record Chunk(byte[] Data, int Length, bool Last);

    private sealed class RecordTooLongException : Exception;

    private sealed record ChunkResult(Chunk Chunk, DossierStoreBuilder Rows, List<int> RowLines, ErrorCollector Errors, int Skipped, int CutAt, int Lines);
}
