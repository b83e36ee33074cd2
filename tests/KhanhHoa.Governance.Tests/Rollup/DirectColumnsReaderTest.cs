using FsCheck;
using FsCheck.Fluent;
using KhanhHoa.Governance.Rollup;

namespace KhanhHoa.Governance.Tests.Rollup;

// The chunked reader, which parses its chunks in parallel straight into the store's columns and checks ids in
// partitions, against the file read in one pass on one thread (SequentialCsvReference): random files with the
// contract's columns in any order among extra ones, quoted line breaks, CRLF, bad bytes and ids repeated across chunk
// borders, read by 1–4 workers in chunks small enough to cut records: the same store, column by column, the same
// errors at the same lines, the same counts.
public sealed class DirectColumnsReaderTest
{
    private static readonly string[] Extra = ["ghi_chu", "nguoi_nop"];

    // Values per column, bad ones among them; a raw \xFF is a byte that is not UTF-8.
    private static readonly Dictionary<string, string[]> Values = new(StringComparer.Ordinal)
    {
        ["dossier_id"] = ["{id}", "{id}", "{id}", "\"{id}\"", string.Empty],
        ["unit_code"] = ["X01", "X02", "X03", "\"X0\"\"1\"", "X99", string.Empty],
        ["procedure_code"] = ["1.001", "2.000111", "\"1,003\"", string.Empty],
        ["service_level"] = ["full", "partial", "none", "most"],
        ["channel"] = ["online", "direct", "postal", "fax"],
        ["received_at"] = ["2025-09-01T08:30", "2025-09-03T08:30", "2025-13-01T08:30", "1999-12-31T08:00"],
        ["due_date"] = ["2025-09-05", "2025-11-14", "2025-9-5"],
        ["finished_at"] = [string.Empty, "2025-09-03T10:00", "2025-09-01T08:00", "2025-11-20T07:15"],
        ["supplement_requests"] = ["0", "1", "2", "-1", "70"],
        ["digitized"] = ["0", "1", "có"],
        ["e_result"] = ["0", "1"],
        ["reused_data"] = ["0", "1"],
        ["id_linked"] = ["0", "1"],
        ["fee_required"] = ["0", "1"],
        ["paid_online"] = ["0", "1", "\xFF"],
        ["ghi_chu"] = [string.Empty, "Phường Nha Trang", "\"tổ 3, \"\"gấp\"\"\"", "\"dòng một\ndòng hai\"", "\"dòng một\r\ndòng hai\r\n\"", "\xFF"],
        ["nguoi_nop"] = [string.Empty, "\"Nguyễn Văn An, thôn 2\""],
    };

    [Property(MaxTest = 300)]
    public Property The_direct_to_columns_reader_equals_one_pass_on_one_thread() =>
        Prop.ForAll(Files(), Settings(), (file, settings) =>
        {
            var (chunkBytes, workers, skipBadRows, maxErrors, knownUnits, seekable) = settings;
            var options = new DossierReadOptions { SkipBadRows = skipBadRows, MaxErrorsReported = maxErrors, KnownUnitCodes = knownUnits, MaxDegreeOfParallelism = workers, ChunkBytes = chunkBytes };

            // A stream that cannot tell its length gives no estimate of the rows: the columns grow between chunks.
            var stream = seekable ? new MemoryStream(file) : new Stream[] { new MemoryStream(file) }.Concatenated();
            ParallelCsvReaderTest.AssertSame(SequentialCsvReference.Read(file, options), DossierCsvReader.Read(stream, options));
        });

    // Many chunks of clean rows with every tenth id repeated from far back: the partitioned check finds each repeat at
    // its own line, whichever chunk and partition the first one fell in.
    [Fact]
    public void Ids_repeated_across_many_chunks_are_found_at_their_lines_by_every_worker_count()
    {
        var header = string.Join(',', Values.Keys);
        var rows = Enumerable.Range(0, 30_000).Select(i => Row(Values.Keys, i % 10 == 9 ? $"HS-{i / 7}" : $"HS-{i}", i));
        var file = ParallelCsvReaderTest.Encode(header + "\n" + string.Concat(rows.Select(r => r + "\n")), trailingLineBreak: true);
        var options = new DossierReadOptions { SkipBadRows = true, MaxErrorsReported = 5_000 };
        var reference = SequentialCsvReference.Read(file, options);
        Assert.True(reference.ErrorCount > 1_000);
        foreach (var workers in new[] { 1, 2, 3, 4 })
        {
            ParallelCsvReaderTest.AssertSame(reference, DossierCsvReader.Read(new MemoryStream(file), options with { MaxDegreeOfParallelism = workers, ChunkBytes = 8192 }));
        }
    }

    // A row refused because its unit code is one too many is no dossier: a later row with its id is not a duplicate,
    // whichever chunk and partition they fall in; a repeat of a stored id still is.
    [Fact]
    public void Rows_refused_for_too_many_codes_leave_their_ids_to_later_rows()
    {
        var header = string.Join(',', Values.Keys);
        var rows = Enumerable.Range(0, 65_540).Select(i => Row(Values.Keys, $"HS-{i}", i, $"C{i}"))
            .Concat(Enumerable.Range(65_535, 5).Select(i => Row(Values.Keys, $"HS-{i}", i, "C0")));
        var file = ParallelCsvReaderTest.Encode(header + "\n" + string.Concat(rows.Select(r => r + "\n")), trailingLineBreak: true);
        var options = new DossierReadOptions { SkipBadRows = true };
        var reference = SequentialCsvReference.Read(file, options);
        Assert.Equal(5, reference.ErrorCount);
        foreach (var workers in new[] { 1, 2, 4 })
        {
            ParallelCsvReaderTest.AssertSame(reference, DossierCsvReader.Read(new MemoryStream(file), options with { MaxDegreeOfParallelism = workers, ChunkBytes = 1 << 16 }));
        }
    }

    private static string Row(IEnumerable<string> columns, string id, int seed, string? unit = null) =>
        string.Join(',', columns.Select((column, i) => column switch
        {
            "dossier_id" => id,
            "unit_code" when unit is not null => unit,
            _ => Clean(column, seed + i),
        }));

    // The first value of each column is a valid one (the first two for the codes).
    private static string Clean(string column, int seed) => column switch
    {
        "unit_code" => Values[column][seed % 3],
        "ghi_chu" => Values[column][seed % 5],
        _ => Values[column][0],
    };

    private static Arbitrary<byte[]> Files() =>
        (from extra in Gen.Choose(0, Extra.Length)
         from columns in Gen.Shuffle([.. Values.Keys.Where(k => !Extra.Contains(k)), .. Extra.Take(extra)])
         from bom in Gen.Elements(true, false)
         from rows in Rows(columns).ListOf()
         from trailing in Gen.Elements(true, false)
         select ParallelCsvReaderTest.Encode((bom ? "\uFEFF" : string.Empty) + string.Join(',', columns) + "\n" + string.Concat(rows), trailing)).ToArbitrary();

    private static Gen<string> Rows(string[] columns) =>
        from kind in Gen.Frequency((12, Gen.Constant(0)), (1, Gen.Constant(1)), (1, Gen.Constant(2)))
        from id in Gen.Choose(0, 15)
        from values in Gen.CollectToArray(columns.Select(column => Gen.Frequency((12, Gen.Constant(Values[column][0])), (1, Gen.Elements(Values[column])))))
        from crlf in Gen.Elements(true, false)
        let fields = values.Select(v => v.Replace("{id}", $"HS-{id}", StringComparison.Ordinal)).ToArray()
        let text = kind switch
        {
            0 => string.Join(',', fields),
            1 => string.Join(',', fields.Take(fields.Length / 2)),
            _ => string.Empty,
        }
        select text + (crlf ? "\r\n" : "\n");

    private static Arbitrary<(int ChunkBytes, int Workers, bool SkipBadRows, int MaxErrors, IReadOnlySet<string>? KnownUnits, bool Seekable)> Settings() =>
        (from chunkBytes in Gen.OneOf(Gen.Choose(1, 60), Gen.Choose(61, 2000))
         from workers in Gen.Choose(1, 4)
         from skip in Gen.Elements(true, false)
         from maxErrors in Gen.Elements(1, 3, 1000)
         from known in Gen.Elements<IReadOnlySet<string>?>(null, new HashSet<string>(["X01", "X02", "X03"], StringComparer.Ordinal))
         from seekable in Gen.Elements(true, false)
         select (chunkBytes, workers, skip, maxErrors, known, seekable)).ToArbitrary();
}
