using System.Buffers;

namespace KhanhHoa.Governance.Rollup;

/// <summary>
/// One read of a dossier CSV input: cut into chunks at line breaks, each chunk parsed straight into a region of the
/// store's own columns (on the thread pool when more than one core may be used) and its codes taken into the store's
/// dictionaries in order; then the ids checked in partitions across the cores, every error reported in line order and
/// the regions closed up.
/// </summary>
/// <remarks>
/// A chunk's region holds as many rows as the chunk has line breaks (a record ends at one), so regions are laid out
/// before their chunks are parsed and a clean input leaves no gap between them: nothing is copied after the parse. A
/// chunk is cut at a line break without knowing whether that break sits inside a quoted field; the chunk before it
/// tells (its last record runs into its end), and then that record's bytes and the next chunk are parsed again as one,
/// into what is left of both regions. Lines in a chunk count from its start and are shifted by the lines before it.
/// The duplicate-id check (<see cref="DossierIdPartitions"/>) takes every row in input order, as a single pass does. At
/// most one chunk per core is held beyond the store.
/// </remarks>
internal sealed class ChunkedCsvRead(Stream stream, DossierReadOptions options)
{
    private readonly ErrorCollector errors = new(options.MaxErrorsReported);
    private readonly int chunkBytes = options.ChunkBytes;
    private readonly int workers = options.MaxDegreeOfParallelism ?? Environment.ProcessorCount;
    private readonly Queue<Task<ChunkResult>> inFlight = new();
    private readonly List<Parsed> parsed = [];
    private readonly List<DossierStoreBuilder.CodeRewrite> rewrites = [];
    private byte[] carry = new byte[64 * 1024];
    private int carryLength;
    private bool ended;
    private DossierColumnBinding columns = null!;
    private int headerFields;
    private DossierStoreBuilder store = null!;
    private int reserved;
    private int lineBase;
    private int skipped;
    private long merged;
    private ChunkResult? cut;

    public InputResult<DossierStore> Run()
    {
        try
        {
            return Read();
        }
        catch (RecordTooLongException)
        {
            // What is in flight is merged first, so the lines before the long one are counted and their errors kept.
            Drain();
            if (store is not null)
            {
                ReportParsed();
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
        var newlines = first.Data.AsSpan(0, first.Length).Count((byte)'\n');
        store = new DossierStoreBuilder(options.KnownUnitCodes, EstimatedRows(first, newlines), checkIds: false);

        // The header takes at least one of the first chunk's line breaks unless it is the whole input.
        Start(first, tokenizer, newlines, Math.Max(0, newlines + (first.Last ? 1 : 0) - 1));
        var last = first.Last;
        while (!last)
        {
            var chunk = NextChunk();
            last = chunk.Last;
            while (inFlight.Count >= workers)
            {
                Merge(inFlight.Dequeue().GetAwaiter().GetResult());
            }

            newlines = chunk.Data.AsSpan(0, chunk.Length).Count((byte)'\n');
            Start(chunk, null, newlines, newlines + (last ? 1 : 0));
        }

        Drain();
        var removed = ReportParsed();
        if (errors.Count > 0 && !options.SkipBadRows)
        {
            return errors.Reject<DossierStore>();
        }

        // The regions' codes, rewritten on every core; no region overlaps another.
        Parallel.ForEach(rewrites, new ParallelOptions { MaxDegreeOfParallelism = workers }, rewrite => store.RewriteCodes(rewrite));
        store.Compact(parsed.Select((chunk, i) => (chunk.Start, chunk.Count, (IReadOnlyList<int>)removed[i])));
        return errors.Accept(store.Build(workers), skipped);
    }

    // Rows for the whole input as the first chunk has them per byte (a little over, so the store seldom grows).
    private int EstimatedRows(Chunk first, int newlines) =>
        stream.CanSeek && first.Length > 0
            ? (int)Math.Min(stream.Length * (newlines + 1L) / first.Length * 17 / 16 + 16, 1 << 28)
            : (newlines + 1) * 4;

    /// <summary>
    /// Lays out the chunk's region of <paramref name="rows"/> rows after the others and starts its parse, with the
    /// tokenizer that read the header for the first chunk; any other chunk's is made by its task, whose thread then
    /// checks the chunk's UTF-8 (the reading thread did, 2.7 % of a read of the wider export).
    /// </summary>
    private void Start(Chunk chunk, Utf8CsvTokenizer? tokenizer, int newlines, int rows)
    {
        if (reserved + (long)rows > store.Capacity)
        {
            // The columns move when they grow: no chunk may be writing into them then.
            Drain();
            store.EnsureCapacity(checked(reserved + rows));
        }

        var region = store.Region(reserved, rows);
        reserved += rows;
        inFlight.Enqueue(workers > 1 ? Task.Run(() => ParseChunk(chunk, tokenizer, region, newlines)) : Task.FromResult(ParseChunk(chunk, tokenizer, region, newlines)));
    }

    private ChunkResult ParseChunk(Chunk chunk, Utf8CsvTokenizer? tokenizer, DossierStoreBuilder region, int newlines) =>
        Parse(chunk, tokenizer ?? new Utf8CsvTokenizer(chunk.Data, chunk.Length, continuation: true), region, newlines);

    private void Drain()
    {
        while (inFlight.Count > 0)
        {
            Merge(inFlight.Dequeue().GetAwaiter().GetResult());
        }
    }

    // newlines: the chunk's line breaks when counted already, else -1.
    private ChunkResult Parse(Chunk chunk, Utf8CsvTokenizer tokenizer, DossierStoreBuilder region, int newlines)
    {
        var chunkErrors = new ErrorCollector(options.MaxErrorsReported);
        var rowLines = new List<int>(region.RegionEnd - region.RegionStart);
        var sink = new DossierRowSink(region, chunkErrors, rowLines);
        var cutAt = DossierCsvReader.ReadRecords(tokenizer, columns, headerFields, sink, chunkErrors, stopAtCutRecord: !chunk.Last, out var chunkSkipped);
        var lines = cutAt < 0 && newlines >= 0 ? newlines : chunk.Data.AsSpan(0, cutAt < 0 ? chunk.Length : cutAt).Count((byte)'\n');
        return new ChunkResult(chunk, region, rowLines, chunkErrors, chunkSkipped, cutAt, lines, DossierIdPartitions.Bucket(region.IdHashes));
    }

    private void Merge(ChunkResult result)
    {
        if (cut is { } before)
        {
            // The previous chunk ended inside a record: parse that record and this chunk again, as one, into what is
            // left of both regions (their line breaks bound its records).
            var joined = Join(before.Chunk, before.CutAt, result.Chunk);
            ArrayPool<byte>.Shared.Return(before.Chunk.Data);
            var start = before.Rows.RegionStart + before.Rows.Count;
            result = Parse(joined, new Utf8CsvTokenizer(joined.Data, joined.Length, continuation: true), store.Region(start, result.Rows.RegionEnd - start), newlines: -1);
            cut = null;
        }

        var tooManyCodes = new List<(int Row, DossierStoreBuilder.AddStatus Status)>();
        if (store.AdoptRegion(result.Rows, tooManyCodes) is { } rewrite)
        {
            rewrites.Add(rewrite);
        }

        parsed.Add(new Parsed(result.Rows.RegionStart, result.Rows.Count, lineBase, result.RowLines, result.Errors, tooManyCodes, result.Buckets));
        skipped += result.Skipped;
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

    /// <summary>
    /// Checks the ids of every chunk parsed and reports each chunk's errors with those the check and the code
    /// dictionaries found in it, in line order, chunk after chunk.
    /// </summary>
    /// <returns>For each chunk, the rows to drop from its region, in increasing order.</returns>
    private List<int>[] ReportParsed()
    {
        var duplicates = DossierIdPartitions.FindDuplicates(
            [.. parsed.Select(static chunk => (chunk.Buckets, chunk.TooManyCodes.Count == 0 ? null : chunk.TooManyCodes.Select(static t => t.Row).ToHashSet()))],
            parsed.Sum(static chunk => chunk.Count),
            workers);
        var removed = new List<int>[parsed.Count];
        for (var i = 0; i < parsed.Count; i++)
        {
            var chunk = parsed[i];
            var chunkErrors = new ErrorCollector(int.MaxValue);
            foreach (var (row, status) in chunk.TooManyCodes)
            {
                DossierStoreBuilder.ReportStatus(status, chunk.LineBase + chunk.RowLines[row], chunkErrors, columns.ColumnOf, string.Empty);
            }

            foreach (var row in duplicates[i])
            {
                DossierStoreBuilder.ReportStatus(DossierStoreBuilder.AddStatus.Duplicate, chunk.LineBase + chunk.RowLines[row], chunkErrors, columns.ColumnOf, string.Empty);
            }

            var own = chunk.Errors.Errors.Select(e => e with { Line = e.Line + chunk.LineBase });
            foreach (var error in own.Concat(chunkErrors.Errors).OrderBy(static e => e.Line))
            {
                errors.Add(error);
            }

            errors.CountUnkept(chunk.Errors.Count - chunk.Errors.Errors.Count);
            skipped += chunk.TooManyCodes.Count + duplicates[i].Count;
            removed[i] = chunk.TooManyCodes.Count == 0 ? duplicates[i] : [.. chunk.TooManyCodes.Select(static t => t.Row).Concat(duplicates[i]).Order()];
        }

        return removed;
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

    private sealed record ChunkResult(Chunk Chunk, DossierStoreBuilder Rows, List<int> RowLines, ErrorCollector Errors, int Skipped, int CutAt, int Lines, DossierIdPartitions.Buckets Buckets);

    // A chunk merged: its region's rows, the line before its first, and what the id check and the report need of it.
    private sealed record Parsed(int Start, int Count, int LineBase, List<int> RowLines, ErrorCollector Errors, List<(int Row, DossierStoreBuilder.AddStatus Status)> TooManyCodes, DossierIdPartitions.Buckets Buckets);
}
