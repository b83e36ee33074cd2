using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KhanhHoa.Governance.Reporting.Import;
using KhanhHoa.Governance.Rollup;
using KhanhHoa.Governance.Testing;

namespace KhanhHoa.Governance.Reporting.Tests.Import;

// One entry point for a dossier file: the same dossiers as CSV, JSON lines or an Excel workbook, from a file or a pipe,
// read as the same store; a name that says one format over bytes of another is one error; damaged bytes never throw.
public sealed class DossierFileReaderTest
{
    private static readonly string[] Units = ["X01", "X02", "X03"];

    [Property(MaxTest = 10)]
    public Property Every_format_from_a_file_or_a_pipe_reads_as_the_same_dossiers() =>
        Prop.ForAll(Gen.Choose(1, int.MaxValue).ToArbitrary(), seed =>
        {
            var records = XlsxDossierReaderTest.Records((ulong)seed, 150);
            var expected = DossierStore.FromRecords(records).Value;
            var csv = Csv((ulong)seed, 150);
            foreach (var (name, bytes, format) in new[]
            {
                ("d.csv", csv, DossierFileFormat.Csv),
                ("d.jsonl", JsonLines(csv), DossierFileFormat.JsonLines),
                ("d.xlsx", Workbook(records), DossierFileFormat.Workbook),
            })
            {
                Assert.Equal(format, DossierFileReader.Detect(name, bytes.AsSpan(0, Math.Min(64, bytes.Length))).Value);
                foreach (var stream in new Stream[] { new MemoryStream(bytes), new Pipe(bytes) })
                {
                    var read = DossierFileReader.Read(stream, name);
                    Assert.True(read.Success, $"{name}: {string.Join("; ", read.Errors.Take(3))}");
                    XlsxDossierReaderTest.AssertSameStore(expected, read.Value);
                }
            }
        });

    [Theory]
    [InlineData("d.csv", "PK\u0003\u0004rest", "named as text read as CSV (.csv) but holds an Excel workbook (.xlsx)")]
    [InlineData("d.xlsx", "dossier_id,unit_code", "named as an Excel workbook (.xlsx) but holds text read as CSV (.csv)")]
    [InlineData("d.jsonl", "dossier_id,unit_code", "named as JSON lines (.jsonl) but holds text read as CSV (.csv)")]
    public void A_name_that_says_another_format_than_the_bytes_is_one_error(string name, string content, string message)
    {
        var read = DossierFileReader.Read(new MemoryStream(Encoding.Latin1.GetBytes(content)), name);

        var error = Assert.Single(read.Errors);
        Assert.Equal(name, error.Source);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\uFEFF\n\n{\"dossier_id\":\"A\"}", nameof(DossierFileFormat.JsonLines))]
    [InlineData("", nameof(DossierFileFormat.Csv))]
    [InlineData("   ", nameof(DossierFileFormat.Csv))]
    public void Text_is_told_by_its_first_character_after_a_byte_order_mark_and_blanks(string content, string format) =>
        Assert.Equal(format, DossierFileReader.Detect(null, Encoding.UTF8.GetBytes(content)).Value.ToString());

    [Property(MaxTest = 200)]
    public Property Damaged_bytes_in_any_format_give_errors_not_exceptions() =>
        Prop.ForAll(Gen.Choose(0, 1 << 20).ToArbitrary(), Gen.Choose(1, 30).ToArbitrary(), (seed, flips) =>
        {
            var records = XlsxDossierReaderTest.Records(7, 40);
            foreach (var file in new[] { Csv(7, 40), JsonLines(Csv(7, 40)), Workbook(records) })
            {
                foreach (var damaged in DamagedFile.Versions(file, seed, flips))
                {
                    var read = DossierFileReader.Read(new Pipe(damaged), null);
                    Assert.True(read.Success || read.Errors.Count > 0);
                }
            }
        });

    private static byte[] Csv(ulong seed, int count)
    {
        using var output = new MemoryStream();
        SyntheticDossiers.WriteCsv(output, Units, new LocalDate(2025, 8, 1), new LocalDate(2025, 9, 14), count, seed);
        return output.ToArray();
    }

    private static byte[] Workbook(IEnumerable<DossierRecord> records)
    {
        using var output = new MemoryStream();
        XlsxDossierWriter.Write(output, records);
        return output.ToArray();
    }

    // The CSV contract's rows as JSON lines: the same names, texts and dates as strings, the count and the flags as numbers.
    private static byte[] JsonLines(byte[] csv)
    {
        var lines = Encoding.UTF8.GetString(csv).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        var names = lines[0].Split(',');
        var json = new StringBuilder();
        foreach (var line in lines.Skip(1))
        {
            var fields = line.Split(',');
            var pairs = names.Zip(fields).Where(p => p.Second.Length > 0).Select(p =>
                p.First is "supplement_requests" or "digitized" or "e_result" or "reused_data" or "id_linked" or "fee_required" or "paid_online"
                    ? $"\"{p.First}\":{p.Second}"
                    : $"\"{p.First}\":\"{p.Second}\"");
            json.Append('{').AppendJoin(',', pairs).Append("}\n");
        }

        return Encoding.UTF8.GetBytes(json.ToString());
    }

    // Standard input or a FIFO: no length, no seeking, short reads.
    private sealed class Pipe(byte[] bytes) : Stream
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

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = Math.Min(Math.Min(count, 4093), bytes.Length - position);
            Array.Copy(bytes, position, buffer, offset, n);
            position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
