using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KhanhHoa.Governance.Rollup;

namespace KhanhHoa.Governance.Tests.Rollup;

// The chunked, parallel CSV reader against itself read as one chunk on one thread: any chunk size (down to one
// byte, so chunks are cut inside quoted line breaks, inside CRLF pairs and inside the header), any number of
// workers, strict or skipping, any error cap: the same store, the same errors in the same order, the same counts.
public sealed class ParallelCsvReaderTest
{
    private const string Header = "dossier_id,unit_code,procedure_code,service_level,channel,received_at,due_date,finished_at,supplement_requests,digitized,e_result,reused_data,id_linked,fee_required,paid_online,ghi_chu";

    private static readonly string[] Rows =
    [
        "{id},X01,1.001,full,online,2025-09-01T08:30,2025-09-05,2025-09-03T10:00,0,1,1,0,1,1,1,",
        "{id},X02,1.002,partial,direct,2025-09-02T14:05,2025-09-12,,2,0,0,1,0,0,0,\"Hồ sơ bổ sung\nlần 2, \"\"gấp\"\"\"",
        "{id},X03,2.000111,none,postal,2025-10-31T23:59,2025-11-14,2025-11-20T07:15,1,1,0,0,1,1,0,\"dòng một\r\ndòng hai\n\"",
        "\"{id}\",X01,\"1,003\",full,online,2025-09-01T08:30,2025-09-05,,0,0,0,0,0,0,0,Phường Nha Trang",
        "{id},X01,1.001,full,online,2025-13-01T08:30,2025-09-05,,0,1,1,0,1,1,1,",
        "{id},X02,1.001,full,online,2025-09-03T08:30,2025-09-05,2025-09-01T08:00,0,1,1,0,1,1,1,",
        "{id},X01,1.001,full,online,2025-09-01T08:30",
        "{id},X0\"1,1.001,full,online,2025-09-01T08:30,2025-09-05,,0,1,1,0,1,1,1,",
        "\"{id}\"x,X01,1.001,full,online,2025-09-01T08:30,2025-09-05,,0,1,1,0,1,1,1,",
        "{id},X01,1.001,full,online,2025-09-01T08:30,2025-09-05,,0,1,1,0,1,1,1,\xFF",
        "{id},X99,1.001,full,online,2025-09-01T08:30,2025-09-05,,0,1,1,0,1,1,1,",
        "",
        "{id},X02,1.001,full,online,2025-09-01T08:30,2025-09-05,,0,1,1,0,1,1,1,\"không đóng",
    ];

    [Property(MaxTest = 400)]
    public Property The_parallel_reader_equals_one_pass_on_one_thread() =>
        Prop.ForAll(Files(), Settings(), (file, settings) =>
        {
            var (chunkBytes, workers, skipBadRows, maxErrors, knownUnits) = settings;
            var reference = new DossierReadOptions { SkipBadRows = skipBadRows, MaxErrorsReported = maxErrors, KnownUnitCodes = knownUnits, MaxDegreeOfParallelism = 1, ChunkBytes = file.Length + 1 };
            var expected = DossierCsvReader.Read(new MemoryStream(file), reference);
            var actual = DossierCsvReader.Read(new MemoryStream(file), reference with { MaxDegreeOfParallelism = workers, ChunkBytes = chunkBytes });
            AssertSame(expected, actual);
        });

    [Fact]
    public void A_file_of_many_chunks_reads_the_same_on_every_core_count()
    {
        var text = new StringBuilder(Header + "\n");
        for (var i = 0; i < 20_000; i++)
        {
            text.Append(Rows[i % 4].Replace("{id}", $"HS-{i % 19_000}", StringComparison.Ordinal)).Append(i % 3 == 0 ? "\r\n" : "\n");
        }

        var file = Encoding.UTF8.GetBytes(text.ToString());
        var options = new DossierReadOptions { SkipBadRows = true, MaxDegreeOfParallelism = 1, ChunkBytes = file.Length + 1 };
        var expected = DossierCsvReader.Read(new MemoryStream(file), options);
        Assert.Equal(1_000, expected.ErrorCount);
        Assert.Equal(19_000, expected.Value.Count);
        foreach (var workers in new[] { 1, 2, 3, 8 })
        {
            AssertSame(expected, DossierCsvReader.Read(new MemoryStream(file), options with { MaxDegreeOfParallelism = workers, ChunkBytes = 4096 }));
        }
    }

    [Fact]
    public void Progress_reports_every_byte_once_in_increasing_steps()
    {
        var file = Encoding.UTF8.GetBytes(Header + "\n" + string.Concat(Enumerable.Range(0, 500).Select(i => Rows[0].Replace("{id}", $"HS-{i}", StringComparison.Ordinal) + "\n")));
        var reports = new List<long>();
        var result = DossierCsvReader.Read(new MemoryStream(file), new DossierReadOptions { ChunkBytes = 1000, Progress = new Recorder(reports) });

        Assert.True(result.Success);
        Assert.True(reports.Count > 10);
        Assert.Equal(reports.Order(), reports);
        Assert.Equal(file.Length, reports[^1]);
    }

    // Escaped quotes are undone in a scratch buffer; two such fields of one row must not share it.
    [Fact]
    public void Two_fields_with_doubled_quotes_in_one_row_keep_their_own_text()
    {
        var file = Encoding.UTF8.GetBytes(Header + "\n"
            + "\"A\"\"1\",\"X\"\"01\",1.001,full,online,2025-09-01T08:30,2025-09-05,,0,1,1,0,1,1,1,\n"
            + "\"A\"\"2\",\"X\"\"01\",1.001,full,online,2025-09-01T08:30,2025-09-05,,0,1,1,0,1,1,1,\n");
        var result = DossierCsvReader.Read(new MemoryStream(file));

        Assert.True(result.Success, string.Join("; ", result.Errors));
        Assert.Equal(["X\"01"], result.Value.UnitCodes);
        Assert.Equal([DossierIdHash.Of("A\"1"), DossierIdHash.Of("A\"2")], result.Value.IdHashes);
    }

    [Fact]
    public void A_degree_of_parallelism_below_one_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new DossierReadOptions { MaxDegreeOfParallelism = 0 });

    internal static void AssertSame(InputResult<DossierStore> expected, InputResult<DossierStore> actual)
    {
        Assert.Equal(expected.Success, actual.Success);
        Assert.Equal(expected.Errors, actual.Errors);
        Assert.Equal(expected.ErrorCount, actual.ErrorCount);
        Assert.Equal(expected.SkippedRows, actual.SkippedRows);
        if (!expected.Success)
        {
            return;
        }

        var (a, b) = (expected.Value, actual.Value);
        Assert.Equal(a.Count, b.Count);
        Assert.Equal(a.UnitCodes, b.UnitCodes);
        Assert.Equal(a.ProcedureCodes, b.ProcedureCodes);
        Assert.Equal(a.Units, b.Units);
        Assert.Equal(a.Procedures, b.Procedures);
        Assert.Equal(a.ReceivedDays, b.ReceivedDays);
        Assert.Equal(a.DueDays, b.DueDays);
        Assert.Equal(a.FinishedDays, b.FinishedDays);
        Assert.Equal(a.ReceivedBits, b.ReceivedBits);
        Assert.Equal(a.FinishedBits, b.FinishedBits);
        Assert.Equal(a.Attributes, b.Attributes);
        Assert.Equal(a.IdHashes, b.IdHashes);
    }

    private static Arbitrary<byte[]> Files() =>
        (from bom in Gen.Elements(true, false)
         from rows in (from template in Gen.Elements(Rows)
                       from id in Gen.Choose(0, 12)
                       from crlf in Gen.Elements(true, false)
                       select template.Replace("{id}", $"HS-{id}", StringComparison.Ordinal) + (crlf ? "\r\n" : "\n")).ListOf()
         from trailing in Gen.Elements(true, false)
         select Encode((bom ? "\uFEFF" : string.Empty) + Header + "\n" + string.Concat(rows), trailing)).ToArbitrary();

    // Latin-1 escapes in the templates stand for raw bytes (\xFF is not UTF-8); the rest is UTF-8.
    internal static byte[] Encode(string text, bool trailingLineBreak)
    {
        var body = trailingLineBreak ? text : text.TrimEnd('\n', '\r');
        var bytes = new List<byte>();
        var parts = body.Split('\xFF');
        for (var i = 0; i < parts.Length; i++)
        {
            if (i > 0)
            {
                bytes.Add(0xFF);
            }

            bytes.AddRange(Encoding.UTF8.GetBytes(parts[i]));
        }

        return [.. bytes];
    }

    private static Arbitrary<(int ChunkBytes, int Workers, bool SkipBadRows, int MaxErrors, IReadOnlySet<string>? KnownUnits)> Settings() =>
        (from chunkBytes in Gen.OneOf(Gen.Choose(1, 40), Gen.Choose(41, 600))
         from workers in Gen.Choose(1, 4)
         from skip in Gen.Elements(true, false)
         from maxErrors in Gen.Elements(1, 2, 5, 1000)
         from known in Gen.Elements<IReadOnlySet<string>?>(null, new HashSet<string>(["X01", "X02", "X03"], StringComparer.Ordinal))
         select (chunkBytes, workers, skip, maxErrors, known)).ToArbitrary();

    private sealed class Recorder(List<long> reports) : IProgress<long>
    {
        public void Report(long value) => reports.Add(value);
    }
}
