using System.Text;
using KhanhHoa.Governance.Calendar;
using KhanhHoa.Governance.Organization;
using KhanhHoa.Governance.Rollup;
using NodaTime;

namespace KhanhHoa.Governance.Tests.Rollup;

/// <summary>One regression test per kind of hostile input the readers once threw on or accepted silently (issue 11).</summary>
public class DossierReaderInputTest
{
    private const string Header = "dossier_id,unit_code,procedure_code,service_level,channel,received_at,due_date,finished_at,supplement_requests,digitized,e_result,reused_data,id_linked,fee_required,paid_online";
    private const string Good = "HS1,X01,T1,full,online,2025-09-01T08:30,2025-09-05,2025-09-03T10:00,0,1,1,0,1,1,1";
    private const string OrgHeader = "code,name,parent_code,valid_from,valid_to\n";
    private const string JsonGood = """{"dossier_id":"HS1","unit_code":"X01","procedure_code":"T1","service_level":"full","channel":"online","received_at":"2025-09-01T08:30","due_date":"2025-09-05","finished_at":"2025-09-03T10:00","supplement_requests":0,"digitized":1,"e_result":1,"reused_data":0,"id_linked":1,"fee_required":1,"paid_online":1}""";
    private static readonly DossierReadOptions Skip = new() { SkipBadRows = true };

    public static TheoryData<string> OutOfRangeDates => ["1999-12-31", "1899-12-31", "0001-01-01", "0000-01-01", "9999-12-31", "2179-06-06", "2180-01-01"];

    [Theory]
    [MemberData(nameof(OutOfRangeDates))]
    public void A_date_outside_the_store_range_is_a_located_error_in_both_readers_and_modes(string date)
    {
        // Each date field in turn; finished_at keeps its own time so that only the range is wrong.
        foreach (var (field, column, good, bad) in new[]
        {
            ("received_at", 6, "2025-09-01T08:30", date + "T08:30"),
            ("due_date", 7, "2025-09-05", date),
            ("finished_at", 8, "2025-09-03T10:00", date + "T10:00"),
        })
        {
            var csvRow = Good.Replace(good, bad, StringComparison.Ordinal).Replace("HS1", "HS2", StringComparison.Ordinal);
            var jsonRow = JsonGood.Replace(good, bad, StringComparison.Ordinal).Replace("HS1", "HS2", StringComparison.Ordinal);
            var csv = Bytes($"{Header}\n{Good}\n{csvRow}\n");
            var json = Bytes($"{JsonGood}\n{jsonRow}\n");
            foreach (var options in new[] { DossierReadOptions.Default, Skip })
            {
                var fromCsv = DossierCsvReader.Read(new MemoryStream(csv), options);
                Assert.Equal(new InputError(3, column, DossierFieldParser.OutOfRange) { Field = field }, Assert.Single(fromCsv.Errors));
                var fromJson = DossierJsonLinesReader.Read(new MemoryStream(json), options);
                Assert.Equal((2, field, DossierFieldParser.OutOfRange), (Assert.Single(fromJson.Errors).Line, fromJson.Errors[0].Field, fromJson.Errors[0].Message));
                foreach (var result in new[] { fromCsv, fromJson })
                {
                    Assert.Equal(options.SkipBadRows ? 1 : null, (result.Success ? result.Value.Count : (int?)null));
                    Assert.Equal(options.SkipBadRows ? 1 : 0, result.SkippedRows);
                }
            }
        }
    }

    [Fact]
    public void The_edges_of_the_store_range_are_accepted()
    {
        var row = Good.Replace("2025-09-01T08:30", "2000-01-01T00:00", StringComparison.Ordinal).Replace("2025-09-05", "2179-06-05", StringComparison.Ordinal);
        Assert.True(Csv($"{Header}\n{row}\n").Success);
    }

    [Fact]
    public void Day_numbers_are_defined_for_every_iso_year()
    {
        Assert.Equal(-1, StoreDays.FromCivil(1999, 12, 31));
        foreach (var date in new[] { new LocalDate(0, 1, 1), new LocalDate(1899, 12, 31), new LocalDate(9999, 12, 31), LocalDate.MinIsoValue })
        {
            Assert.Equal(Period.Between(StoreDays.Epoch, date, PeriodUnits.Days).Days, StoreDays.FromDate(date));
        }
    }

    [Theory]
    [InlineData("1899-01-01", "")]
    [InlineData("1989-07-01", "2025-06-30")]
    [InlineData("0000-01-01", "0001-12-31")]
    [InlineData("", "9999-12-31")]
    public void Org_unit_validity_takes_any_iso_date(string from, string to)
    {
        var units = OrgUnitCsvReader.Read(new MemoryStream(Bytes($"{OrgHeader}KH,Tỉnh Khánh Hòa,,{from},{to}\n")));
        var unit = Assert.Single(units.Value);
        Assert.Equal(from.Length == 0 ? null : LocalDatePattern(from), unit.ValidFrom);
        Assert.Equal(to.Length == 0 ? null : LocalDatePattern(to), unit.ValidTo);
        Assert.Equal("not a calendar date", OrgUnitCsvReader.Read(new MemoryStream(Bytes($"{OrgHeader}KH,K,,1900-02-29,\n"))).Errors[0].Message);
    }

    [Fact]
    public void A_hierarchy_with_a_unit_valid_from_1899_rolls_up()
    {
        var units = OrgUnitCsvReader.Read(new MemoryStream(Bytes($"{OrgHeader}KH,Tỉnh Khánh Hòa,,1899-01-01,\nX01,Phường Nha Trang,KH,1989-07-01,\n"))).Value;
        var hierarchy = OrgHierarchy.Create(units, []).Value;
        Assert.Equal(["KH", "X01"], hierarchy.AsOf(new LocalDate(2025, 9, 1)).Units.Select(u => u.Code));
        var engine = RollupTestData.Engine(units, [ReportingPeriod.Month(2025, 9, CutoffRule.CalendarMonth)]);
        var result = RollupTestData.Run(engine, Csv($"{Header}\n{Good}\n").GetValueOrThrow());
        Assert.Equal(1, result.Periods[0].Find("KH")!.Measures.Received);
    }

    [Fact]
    public void An_org_unit_code_repeats_only_over_disjoint_periods()
    {
        var disjoint = OrgUnitCsvReader.Read(new MemoryStream(Bytes(
            $"{OrgHeader}KH,K,,,\nNT,Nha Trang,KH,,2025-06-30\nX09,Vạn Ninh,NT,1899-01-01,2025-06-30\nX09,Vạn Ninh,KH,2025-07-01,\n")));
        Assert.Equal(4, disjoint.Value.Count);

        var overlapping = OrgUnitCsvReader.Read(new MemoryStream(Bytes(
            $"{OrgHeader}KH,K,,,\nX09,Vạn Ninh,KH,,2025-07-01\nX10,Ninh Hòa,KH,,\nX09,Vạn Ninh,KH,2025-07-01,\n")));
        Assert.Equal(
            new InputError(5, 1, "unit code 'X09' is also on line 3 with an overlapping validity; a code may repeat only over disjoint periods") { Field = "code" },
            Assert.Single(overlapping.Errors));
    }

    [Theory]
    [InlineData(new byte[] { 0xFF }, "invalid UTF-8 (byte 0xFF); the file must be UTF-8, not Latin-1, Windows-1258 or another legacy encoding")]
    [InlineData(new byte[] { 0xC3 }, "invalid UTF-8 (byte 0xC3); the file must be UTF-8, not Latin-1, Windows-1258 or another legacy encoding")]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 }, "invalid UTF-8 (byte 0xED); the file must be UTF-8, not Latin-1, Windows-1258 or another legacy encoding")]
    [InlineData(new byte[] { 0xC0, 0xAF }, "invalid UTF-8 (byte 0xC0); the file must be UTF-8, not Latin-1, Windows-1258 or another legacy encoding")]
    [InlineData(new byte[] { 0x00 }, "NUL byte in the text")]
    public void A_byte_that_is_not_utf8_or_is_nul_is_a_located_error(byte[] bytes, string message)
    {
        // Inside the third field (procedure_code, column 3) of the second row (line 3).
        byte[] csv = [.. Bytes($"{Header}\n{Good}\nHS2,X01,T"), .. bytes, .. Bytes(Good[6..] + "\n")];
        Assert.Equal(new InputError(3, 3, message) { Field = string.Empty }, Assert.Single(DossierCsvReader.Read(new MemoryStream(csv)).Errors));
        var skipped = DossierCsvReader.Read(new MemoryStream(csv), Skip);
        Assert.Equal((1, 1), (skipped.Value.Count, skipped.SkippedRows));

        var at = JsonGood.IndexOf("T1", StringComparison.Ordinal);
        byte[] json = [.. Bytes(JsonGood + "\n" + JsonGood.Replace("HS1", "HS2", StringComparison.Ordinal)[..at]), .. bytes, .. Bytes(JsonGood[at..] + "\n")];
        Assert.Equal(new InputError(2, at + 1, message) { Field = string.Empty }, Assert.Single(DossierJsonLinesReader.Read(new MemoryStream(json)).Errors));

        byte[] org = [.. Bytes($"{OrgHeader}KH,Khánh"), .. bytes, .. Bytes(" Hòa,,,\n")];
        Assert.Equal(new InputError(2, 2, message) { Field = string.Empty }, Assert.Single(OrgUnitCsvReader.Read(new MemoryStream(org)).Errors));
    }

    [Fact]
    public void Json_escapes_that_decode_to_nul_or_a_lone_surrogate_are_errors()
    {
        var nul = DossierJsonLinesReader.Read(new MemoryStream(Bytes(JsonGood.Replace("\"T1\"", "\"T\\u00001\"", StringComparison.Ordinal) + "\n")));
        Assert.Equal("'procedure_code' contains a NUL character", Assert.Single(nul.Errors).Message);
        var surrogate = DossierJsonLinesReader.Read(new MemoryStream(Bytes(JsonGood.Replace("\"T1\"", "\"T\\ud8001\"", StringComparison.Ordinal) + "\n")));
        Assert.Equal(
            (1, "malformed JSON: Cannot read incomplete UTF-16 JSON text as string with missing low surrogate."),
            (Assert.Single(surrogate.Errors).Line, surrogate.Errors[0].Message));
    }

    [Fact]
    public void A_quote_inside_an_unquoted_field_is_an_error()
    {
        var result = Csv($"{Header}\n{Good}\nHS2,X0\"1,T1,full,online,2025-09-01T08:30,2025-09-05,,0,1,1,0,1,1,1\n{Good.Replace("HS1", "HS3", StringComparison.Ordinal)}\n", Skip);
        Assert.Equal(
            new InputError(3, 2, "a quote inside an unquoted field (RFC 4180: quote the whole field and double the quote)") { Field = string.Empty },
            Assert.Single(result.Errors));
        Assert.Equal(2, result.Value.Count);
        Assert.Equal(2, Assert.Single(OrgUnitCsvReader.Read(new MemoryStream(Bytes($"{OrgHeader}KH,Khánh \"Hòa\",,,\n"))).Errors).Line);
    }

    [Theory]
    [InlineData("utf-16", true, "little-endian")]
    [InlineData("utf-16BE", true, "big-endian")]
    [InlineData("utf-16", false, "little-endian")]
    [InlineData("utf-16BE", false, "big-endian")]
    public void A_utf16_file_is_one_error_at_line_1_that_names_the_encoding(string encodingName, bool byteOrderMark, string order)
    {
        var encoding = Encoding.GetEncoding(encodingName);
        byte[] Encode(string text) => [.. byteOrderMark ? encoding.GetPreamble() : [], .. encoding.GetBytes(text)];
        var expected = new InputError(1, 0, $"the file is UTF-16 ({order}); save it as UTF-8") { Field = string.Empty };
        foreach (var options in new[] { DossierReadOptions.Default, Skip })
        {
            var csv = DossierCsvReader.Read(new MemoryStream(Encode($"{Header}\n{Good}\n")), options);
            Assert.Equal((expected, false), (Assert.Single(csv.Errors), csv.Success));
            var json = DossierJsonLinesReader.Read(new MemoryStream(Encode(JsonGood + "\n")), options);
            Assert.Equal((expected, false), (Assert.Single(json.Errors), json.Success));
        }

        Assert.Equal(expected, Assert.Single(OrgUnitCsvReader.Read(new MemoryStream(Encode($"{OrgHeader}KH,Khánh Hòa,,,\n"))).Errors));
    }

    // Lines ended by CR alone (old Mac exports) would read as one header line missing its columns; the error names the
    // line ends instead, for dossiers and org units alike. CRLF and a CR inside a quoted field of a later line still read.
    [Fact]
    public void A_file_whose_lines_end_with_cr_alone_is_one_error_that_names_the_line_ends()
    {
        var expected = new InputError(1, 0, "the lines end with a carriage return alone (CR); save the file with LF or CRLF line ends") { Field = string.Empty };
        foreach (var options in new[] { DossierReadOptions.Default, Skip })
        {
            var csv = DossierCsvReader.Read(new MemoryStream(Bytes($"{Header}\r{Good}\r")), options);
            Assert.Equal((expected, false), (Assert.Single(csv.Errors), csv.Success));
            Assert.True(DossierCsvReader.Read(new MemoryStream(Bytes($"{Header}\r\n{Good}\r\n")), options).Success);
        }

        Assert.Equal(expected, Assert.Single(OrgUnitCsvReader.Read(new MemoryStream(Bytes($"{OrgHeader.TrimEnd('\n')}\rKH,Khánh Hòa,,,\r"))).Errors));
        Assert.True(OrgUnitCsvReader.Read(new MemoryStream(Bytes($"{OrgHeader}KH,\"Khánh\rHòa\",,,\n"))).Success);
    }

    // Codes are stored in 16 bits: past 65,536 distinct codes the row is refused blaming the column whose code no longer
    // fits (70,000 distinct units were once blamed on procedure_code), in one read and in chunks read in parallel.
    [Theory]
    [InlineData("unit_code", 2)]
    [InlineData("procedure_code", 3)]
    public void Too_many_distinct_codes_blame_the_column_that_overflows(string field, int column)
    {
        var text = new StringBuilder(Header).Append('\n');
        for (var i = 0; i < 65_540; i++)
        {
            var code = $"C{i}";
            text.Append(Good.Replace("HS1", $"HS{i}", StringComparison.Ordinal)
                .Replace(",X01,", field == "unit_code" ? $",{code}," : ",X01,", StringComparison.Ordinal)
                .Replace(",T1,", field == "procedure_code" ? $",{code}," : ",T1,", StringComparison.Ordinal)).Append('\n');
        }

        foreach (var options in new[] { DossierReadOptions.Default, DossierReadOptions.Default with { ChunkBytes = 1 << 16, MaxDegreeOfParallelism = 2 } })
        {
            var result = DossierCsvReader.Read(new MemoryStream(Bytes(text.ToString())), options);
            Assert.Equal(4, result.Errors.Count);
            Assert.All(result.Errors, e => Assert.Equal((field, column, $"more than 65,536 distinct {(column == 2 ? "unit" : "procedure")} codes"), (e.Field, e.Column, e.Message)));
            Assert.Equal(65_538, result.Errors[0].Line);
        }
    }

    // Measures the whole process's allocations, so it runs apart from every other test (a test beside it allocates too).
    [Collection(AllocationMeasured.Name)]
    public sealed class BoundedMemory
    {
        // A file with no line break (a 3 GB dump once took 2.1 GB, then overflowed): the reader holds at most 64 MiB of one
        // line, names it, and for org units reads on after the next line break. The bytes are made as they are read.
        [Fact]
        public void A_line_past_64_MiB_is_one_error_read_in_bounded_memory()
        {
            const int Long = 200 << 20;
            var before = GC.GetTotalAllocatedBytes(precise: true);
            var dossiers = DossierCsvReader.Read(new Stream[] { new MemoryStream(Bytes($"{Header}\n{Good}\n")), new FilledStream((byte)'x', Long) }.Concatenated(), DossierReadOptions.Default);
            var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;

            var error = Assert.Single(dossiers.Errors);
            Assert.Equal((3, "the line runs past 64 MiB without a line break (a row of this file is a few hundred bytes: is it a CSV file?)"), (error.Line, error.Message));
            Assert.True(allocated < 256L << 20, $"{allocated:N0} bytes allocated to read a line of {Long:N0}");

            var units = OrgUnitCsvReader.Read(new Stream[] { new MemoryStream(Bytes(OrgHeader)), new FilledStream((byte)'x', Long), new MemoryStream(Bytes("\nKH,Khánh Hòa,,,\n")) }.Concatenated());
            var unitError = Assert.Single(units.Errors);
            Assert.Equal((2, error.Message), (unitError.Line, unitError.Message));
        }
    }

    [Fact]
    public void Characters_cut_by_the_read_buffer_are_read_whole_and_bad_bytes_beyond_it_are_located()
    {
        // A note of three-byte characters across the first buffer's end (1 MiB), cutting one of them.
        const int BufferSize = 1 << 20;
        var text = new StringBuilder(Header + ",ghi_chu\n");
        var rows = 0;
        string Row() => Good.Replace("HS1", $"HS-{rows++}", StringComparison.Ordinal) + ",";
        while (text.Length < BufferSize - 200)
        {
            text.Append(Row()).Append("Nha Trang\n");
        }

        text.Append(Row());
        text.Append('a', (BufferSize - text.Length) % 3 == 0 ? 1 : 0).Append('ế', 200).Append('\n');
        text.Append(Row()).Append("Khánh Hòa\n");
        var badLine = text.ToString().Count(c => c == '\n') + 1;
        byte[] bytes = [.. Bytes(text.ToString() + Row()), 0xFF, (byte)'\n'];

        var result = DossierCsvReader.Read(new MemoryStream(bytes), Skip);
        Assert.Equal(new InputError(badLine, 16, "invalid UTF-8 (byte 0xFF); the file must be UTF-8, not Latin-1, Windows-1258 or another legacy encoding") { Field = string.Empty }, Assert.Single(result.Errors));
        Assert.Equal(rows - 1, result.Value.Count);
    }

    private static LocalDate LocalDatePattern(string text) => NodaTime.Text.LocalDatePattern.Iso.Parse(text).Value;

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    private static InputResult<DossierStore> Csv(string text, DossierReadOptions? options = null) => DossierCsvReader.Read(new MemoryStream(Bytes(text)), options);
}

/// <summary>A stream of one byte repeated, made as it is read.</summary>
internal sealed class FilledStream(byte value, long length) : Stream
{
    private long position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => position; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var n = (int)Math.Min(count, length - position);
        buffer.AsSpan(offset, n).Fill(value);
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

/// <summary>Streams read one after another, as one.</summary>
internal static class StreamConcatenation
{
    public static Stream Concatenated(this Stream[] parts) => new Joined(parts);

    private sealed class Joined(Stream[] parts) : Stream
    {
        private int current;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            while (current < parts.Length)
            {
                var n = parts[current].Read(buffer, offset, count);
                if (n > 0)
                {
                    return n;
                }

                current++;
            }

            return 0;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
