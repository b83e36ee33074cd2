namespace KhanhHoa.Governance.Rollup;

/// <summary>
/// Reads the dossier CSV contract (docs/rollup-contract.md): RFC 4180, UTF-8 (a byte-order mark is skipped), a
/// header row, columns in any order, unknown columns ignored. Streams the input through a fixed buffer and
/// writes straight into the store's columns, allocating nothing per row.
/// </summary>
/// <remarks>
/// Every problem is reported with its line (the header is line 1; a record that spans lines is reported at its
/// first line) and its 1-based column. By default a file with any error is rejected whole; with
/// <see cref="DossierReadOptions.SkipBadRows"/> the bad rows are skipped and counted.
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
        options ??= DossierReadOptions.Default;
        var errors = new ErrorCollector(options.MaxErrorsReported);
        var tokenizer = new Utf8CsvTokenizer(stream);
        var header = tokenizer.Read();
        if (header == Utf8CsvTokenizer.Status.End)
        {
            errors.Add(1, 0, string.Empty, "empty file: expected a header row naming the dossier columns");
            return errors.Reject<DossierStore>();
        }

        if (header == Utf8CsvTokenizer.Status.Error)
        {
            errors.Add(tokenizer.Line, tokenizer.ErrorColumn, string.Empty, tokenizer.ErrorMessage);
            return errors.Reject<DossierStore>();
        }

        var headerFields = tokenizer.FieldCount;
        var map = new int[DossierColumns.Count];
        Array.Fill(map, -1);
        for (var i = 0; i < headerFields; i++)
        {
            var column = DossierColumns.IndexOf(tokenizer.Field(i));
            if (column < 0)
            {
                continue;
            }

            if (map[column] >= 0)
            {
                errors.Add(1, i + 1, DossierColumns.Names[column], "column named twice in the header");
            }

            map[column] = i;
        }

        for (var column = 0; column < DossierColumns.Count; column++)
        {
            if (map[column] < 0)
            {
                errors.Add(1, 0, DossierColumns.Names[column], $"header is missing column '{DossierColumns.Names[column]}'");
            }
        }

        if (errors.Count > 0)
        {
            return errors.Reject<DossierStore>();
        }

        var builder = new DossierStoreBuilder(options.KnownUnitCodes, stream.CanSeek ? (int)Math.Min(stream.Length / 96, 1 << 28) : 0);
        var sink = new DossierRowSink(builder, errors);
        var source = new CsvFieldSource(tokenizer, map);
        var skipped = 0;
        while (true)
        {
            var status = tokenizer.Read();
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
        return errors.Count > 0 && !options.SkipBadRows
            ? errors.Reject<DossierStore>()
            : errors.Accept(builder.Build(), skipped);
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

    private readonly struct CsvFieldSource(Utf8CsvTokenizer tokenizer, int[] map) : IDossierFieldSource
    {
        public ReadOnlySpan<byte> Get(int contractColumn) => tokenizer.Field(map[contractColumn]);

        public int ColumnOf(int contractColumn) => map[contractColumn] + 1;
    }
}
