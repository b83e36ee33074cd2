using System.Runtime.Intrinsics;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KhanhHoa.Governance.Primitives;

namespace KhanhHoa.Governance.Tests.Primitives;

// The vectorised split (unquoted fields 32 bytes at a time, quoted fields skipped to their closing quote), by 256-bit and
// by 128-bit comparisons (a native-AOT build has only the latter), against the general path alone, on random records of every shape a file holds: quoted fields with commas, doubled quotes and line
// breaks, CRLF and LF, stray carriage returns and quotes, bad bytes, empty lines, a last line without a line break. Every
// record comes out the same: status, line, fields (unescaped), error and column, whether it ran into the end.
public sealed class VectorisedCsvSplitTest
{
    private static readonly string[] Pieces =
    [
        "HS000001", "X01", "2025-09-01T08:30", "", "full", "1", "Nguyễn Văn An", "a\rb", "x\"y",
        "\"Nguyễn Văn An, tổ 3\"", "\"hồ sơ \"\"gấp\"\", lần 1\"", "\"\"", "\"dòng một\ndòng hai\"", "\"dòng\r\nhai\"",
        "\"không đóng", "\"a\"b", "\"a\"\r", "\xFF", "\"" + new string('x', 40) + ",\"", new string('y', 45),
    ];

    [Property(MaxTest = 500)]
    public Property The_vectorised_split_equals_the_general_path() =>
        Prop.ForAll(Files().ToArbitrary(), Gen.Elements(true, false).ToArbitrary(), Gen.Elements(Utf8CsvTokenizer.Widest, Utf8CsvTokenizer.SplitPath.Vector128).ToArbitrary(), (file, continuation, split) =>
            Assert.Equal(Records(file, continuation, Utf8CsvTokenizer.SplitPath.General), Records(file, continuation, split)));

    [Fact]
    public void The_widest_split_is_vectorised_where_the_hardware_has_vectors() =>
        Assert.Equal(Vector128.IsHardwareAccelerated, Utf8CsvTokenizer.Widest != Utf8CsvTokenizer.SplitPath.General);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_wide_export_with_a_quoted_column_is_split_by_the_vectorised_path(bool by256Bits)
    {
        var split = by256Bits ? Utf8CsvTokenizer.SplitPath.Vector256 : Utf8CsvTokenizer.SplitPath.Vector128;
        var row = "2025-09-01T08:30,X01,HS000001,online,full,\"Nguyễn Văn An, tổ 3, \"\"ưu tiên\"\"\",TTHC-0001,,2025-09-05\r\n";
        var file = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(row, 50)));
        var records = Records(file, continuation: true, split);

        Assert.Equal(Records(file, continuation: true, Utf8CsvTokenizer.SplitPath.General), records);
        Assert.Equal(50, records.Count);
        Assert.Equal("Record 1: 2025-09-01T08:30|X01|HS000001|online|full|Nguyễn Văn An, tổ 3, \"ưu tiên\"|TTHC-0001||2025-09-05", records[0]);
    }

    private static Gen<byte[]> Files() =>
        Gen.ListOf(Gen.ListOf(Gen.Elements(Pieces)).Zip(Gen.Elements("\n", "\r\n", "\n\n", string.Empty)))
            .Select(rows => Latin1Bad(Encoding.UTF8.GetBytes(string.Concat(rows.Select(r => string.Join(',', r.Item1) + r.Item2)))));

    // "\xFF" above is the character ÿ in UTF-8 (two bytes); a lone 0xFF byte is what a bad file holds.
    private static byte[] Latin1Bad(byte[] bytes)
    {
        var bad = Encoding.UTF8.GetBytes("\xFF");
        var list = new List<byte>(bytes.Length);
        for (var i = 0; i < bytes.Length; i++)
        {
            if (i + 1 < bytes.Length && bytes[i] == bad[0] && bytes[i + 1] == bad[1])
            {
                list.Add(0xFF);
                i++;
                continue;
            }

            list.Add(bytes[i]);
        }

        return [.. list];
    }

    private static List<string> Records(byte[] file, bool continuation, Utf8CsvTokenizer.SplitPath split)
    {
        var tokenizer = new Utf8CsvTokenizer(file, file.Length, continuation) { Split = split };
        var records = new List<string>();
        while (true)
        {
            var status = tokenizer.Read();
            if (status == Utf8CsvTokenizer.Status.End)
            {
                return records;
            }

            records.Add(status == Utf8CsvTokenizer.Status.Error
                ? $"Error {tokenizer.Line}:{tokenizer.ErrorColumn} {tokenizer.ErrorMessage} {tokenizer.RanIntoEnd}"
                : $"Record {tokenizer.Line}: " + string.Join('|', Enumerable.Range(0, tokenizer.FieldCount).Select(f => Encoding.UTF8.GetString(tokenizer.Field(f)))) + (tokenizer.RanIntoEnd ? " (ran into end)" : string.Empty));
        }
    }
}
