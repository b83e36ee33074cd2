namespace KhanhHoa.Governance.Rollup;

/// <summary>
/// Reads the dossier CSV contract (docs/rollup-contract.md): RFC 4180, UTF-8 (a byte-order mark is skipped), a
/// header row, columns in any order, unknown columns ignored. The input is cut into chunks at line breaks and the
/// chunks are parsed on all cores, each straight into columns without allocating per row, then merged in order.
/// </summary>
/// <remarks>
/// Every problem is reported with its line (the header is line 1; a record that spans lines is reported at its
/// first line) and its 1-based column, in line order. By default a file with any error is rejected whole; with
/// <see cref="DossierReadOptions.SkipBadRows"/> the bad rows are skipped and counted. The store, the errors and the
/// counts are the same whatever <see cref="DossierReadOptions.MaxDegreeOfParallelism"/>: a chunk cut inside a quoted
/// field that holds a line break is detected and parsed again from the record's start.
/// </remarks>
/// <threadsafety>Stateless; safe to call from several threads on different streams.</threadsafety>
public static class DossierCsvReader
{
    /// <summary>Reads dossiers from a CSV stream.</summary>
    /// <param name="stream">The UTF-8 CSV input; read to its end, not closed.</param>
    /// <param name="options">Validation options; <see cref="DossierReadOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The store, or the errors that rejected the file.</returns>
    public static InputResult<DossierStore> Read(Stream stream, DossierReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return new ChunkedCsvRead(stream, options ?? DossierReadOptions.Default).Run();
    }

    /// <summary>Reads dossiers from a CSV file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">Validation options.</param>
    /// <returns>The store, or the errors that rejected the file.</returns>
    public static InputResult<DossierStore> ReadFile(string path, DossierReadOptions? options = null)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        return Read(stream, options).WithSource(path);
    }

    /// <summary>Checks the header record the tokenizer just read and binds the contract's columns to its fields.</summary>
    /// <returns>The binding, or <see langword="null"/> when the header is unusable.</returns>
    internal static DossierColumnBinding? ReadHeader(Utf8CsvTokenizer tokenizer, Utf8CsvTokenizer.Status status, DossierColumnMap? map, ErrorCollector errors)
    {
        if (status == Utf8CsvTokenizer.Status.End)
        {
            errors.Add(1, 0, string.Empty, "empty file: expected a header row naming the dossier columns");
            return null;
        }

        if (status == Utf8CsvTokenizer.Status.Error)
        {
            errors.Add(tokenizer.Line, tokenizer.ErrorColumn, string.Empty, tokenizer.ErrorMessage);
            return null;
        }

        return DossierColumnBinding.Bind(tokenizer, map, errors);
    }

    /// <summary>
    /// Reads the records after the header into <paramref name="sink"/>. With <paramref name="stopAtCutRecord"/> (a
    /// chunk that is not the input's last) a record cut by the end of the chunk is left for the next one.
    /// </summary>
    /// <returns>Where the record left over starts, or -1.</returns>
    internal static int ReadRecords(Utf8CsvTokenizer tokenizer, DossierColumnBinding columns, int headerFields, DossierRowSink sink, ErrorCollector errors, bool stopAtCutRecord, out int skipped)
    {
        var source = new CsvFieldSource(tokenizer, columns, columns.IsPlain ? null : columns.ForChunk());
        skipped = 0;
        while (true)
        {
            var status = tokenizer.Read();
            if (stopAtCutRecord && tokenizer.RanIntoEnd)
            {
                sink.Complete();
                skipped += sink.SkippedRows;
                return tokenizer.RecordStart;
            }

            if (status == Utf8CsvTokenizer.Status.End)
            {
                break;
            }

            if (status == Utf8CsvTokenizer.Status.Error)
            {
                errors.Add(tokenizer.Line, tokenizer.ErrorColumn, string.Empty, tokenizer.ErrorMessage);
                skipped++;
                continue;
            }

            if (tokenizer.FieldCount == 1 && tokenizer.Field(0).IsEmpty)
            {
                continue;
            }

            if (tokenizer.FieldCount != headerFields)
            {
                errors.Add(tokenizer.Line, Math.Min(tokenizer.FieldCount, headerFields) + 1, string.Empty, $"expected {headerFields} fields as in the header, found {tokenizer.FieldCount}");
                skipped++;
                continue;
            }

            sink.Process(tokenizer.Line, ref source);
        }

        sink.Complete();
        skipped += sink.SkippedRows;
        return -1;
    }

    private readonly struct CsvFieldSource(Utf8CsvTokenizer tokenizer, DossierColumnBinding columns, DossierColumnBinding.Fields? mapped) : IDossierFieldSource
    {
        public ReadOnlySpan<byte> Get(int contractColumn) =>
            mapped is null ? tokenizer.Field(columns.FieldOf(contractColumn)) : mapped.Get(tokenizer, contractColumn);

        public int ColumnOf(int contractColumn) => columns.ColumnOf(contractColumn);
    }
}
