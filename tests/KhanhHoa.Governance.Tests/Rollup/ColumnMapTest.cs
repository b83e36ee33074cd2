using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KhanhHoa.Governance.Data;
using KhanhHoa.Governance.Rollup;
using KhanhHoa.Governance.Testing;
using NodaTime;

namespace KhanhHoa.Governance.Tests.Rollup;

// A one-door system's export, read through the shipped column map, gives the store the same dossiers give in the
// contract: whatever the column order, the header alias, the vendor's word for each value, its case, accents and
// Unicode form, and the date format.
public sealed class ColumnMapTest
{
    private static readonly DossierColumnMap OneDoor = LoadShipped();

    [Property(MaxTest = 40)]
    public Property A_vendor_export_reads_as_the_contract_does() =>
        Prop.ForAll(Gen.Choose(1, int.MaxValue).ToArbitrary(), seed =>
        {
            var contract = ContractCsv((ulong)seed, 300);
            var expected = DossierCsvReader.Read(new MemoryStream(contract)).Value;
            var vendor = VendorCsv(contract, new Random(seed));
            var actual = DossierCsvReader.Read(new MemoryStream(vendor), new DossierReadOptions { ColumnMap = OneDoor, ChunkBytes = 4096 });

            Assert.True(actual.Success, string.Join("; ", actual.Errors.Take(3)));
            Assert.Equal(expected.Count, actual.Value.Count);
            Assert.Equal(expected.Units, actual.Value.Units);
            Assert.Equal(expected.Procedures, actual.Value.Procedures);
            Assert.Equal(expected.ReceivedDays, actual.Value.ReceivedDays);
            Assert.Equal(expected.DueDays, actual.Value.DueDays);
            Assert.Equal(expected.FinishedDays, actual.Value.FinishedDays);
            Assert.Equal(expected.ReceivedBits, actual.Value.ReceivedBits);
            Assert.Equal(expected.FinishedBits, actual.Value.FinishedBits);
            Assert.Equal(expected.Attributes, actual.Value.Attributes);
            Assert.Equal(expected.IdHashes, actual.Value.IdHashes);
        });

    [Fact]
    public void Columns_the_export_lacks_take_the_maps_defaults_and_bad_words_are_located()
    {
        var csv = """
            Mã hồ sơ;Mã đơn vị;Mã TTHC;Mức độ DVC;Hình thức nộp;Ngày tiếp nhận;Hạn xử lý;Ngày có kết quả
            HS-1;X01;1.001;Toàn trình;Trực tuyến;01/09/2025 08:30:00;05/09/2025;03/09/2025
            HS-2;X01;1.001;toan trinh;NỘP TRỰC TIẾP;1/9/2025 7:05;05/09/2025;
            HS-3;X01;1.001;Toàn trình;Gửi qua Zalo;31/09/2025 08:30:00;05/09/2025;
            """.Replace(';', ',');
        var result = DossierCsvReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(csv)), new DossierReadOptions { ColumnMap = OneDoor, SkipBadRows = true });

        Assert.Equal(2, result.Value.Count);
        Assert.Equal(["line 4, column 5 (channel): expected online, direct or postal", "line 4, column 6 (received_at): not a calendar date"], result.Errors.Select(e => e.ToString()));

        // A date without a time is finished at the end of its day, so finishing on the day of receipt is no error.
        var sameDay = "Mã hồ sơ,Mã đơn vị,Mã TTHC,Mức độ DVC,Hình thức nộp,Ngày tiếp nhận,Hạn xử lý,Ngày có kết quả\nHS-9,X01,1.001,,Trực tiếp,01/09/2025 16:30,05/09/2025,01/09/2025\n";
        Assert.True(DossierCsvReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(sameDay)), new DossierReadOptions { ColumnMap = OneDoor }).Success);
    }

    [Fact]
    public void A_header_the_map_does_not_know_is_named_with_the_maps_aliases()
    {
        var result = DossierCsvReader.Read(new MemoryStream("Mã hồ sơ,Đơn vị,Mã TTHC,Mức độ DVC,Kênh tiếp nhận,Ngày tiếp nhận,Hạn xử lý,Ngày trả kết quả\n"u8.ToArray()), new DossierReadOptions { ColumnMap = OneDoor });

        var error = Assert.Single(result.Errors);
        Assert.Equal("line 1: header is missing column 'unit_code' (the map names it 'Mã đơn vị', 'Mã cơ quan', 'Mã đơn vị tiếp nhận')", error.ToString());
    }

    [Fact]
    public void The_loader_locates_every_mistake_of_a_map()
    {
        const string json = """
            {"schema":"khanhhoa-governance/dossier-column-map/1","name":"x","columns":[
              {"column":"dossier_id","headers":["Mã hồ sơ"],"default":"0"},
              {"column":"chanel","headers":["Kênh"]},
              {"column":"channel","headers":["Mã hồ sơ"],"values":[{"word":"Trực tuyến","means":"internet"}]},
              {"column":"supplement_requests","headers":["Bổ sung"],"default":"-1"},
              {"column":"received_at","headers":["Ngày nhận"],"values":[{"word":"x","means":"1"}]}],
             "dateFormats":["dd/MM/yyyy","dd.MMM.yyyy","HH:mm"]}
            """;
        var errors = GovernanceDataLoader.LoadDossierColumnMap(Encoding.UTF8.GetBytes(json)).Errors;

        Assert.Equal(
            [
                "$.columns[0].default", "$.columns[1].column", "$.columns[2].headers", "$.columns[2].values[0].means",
                "$.columns[3].default", "$.columns[4].values", "$.dateFormats[1]", "$.dateFormats[2]",
            ],
            errors.Select(e => e.JsonPath));
        Assert.All(errors, e => Assert.True(e.Line > 0));
    }

    [Theory]
    [InlineData("dd/MM/yyyy HH:mm:ss", "01/09/2025 08:30:15", "2025-09-01T08:30")]
    [InlineData("d/M/yyyy H:mm", "1/9/2025 8:05", "2025-09-01T08:05")]
    [InlineData("yyyy-MM-dd HH:mm:ss", "2025-09-01 23:59:59", "2025-09-01T23:59")]
    [InlineData("dd.MM.yyyy", "31.12.2025", "2025-12-31T00:00")]
    [InlineData("dd/MM/yyyy", "1/09/2025", null)]
    [InlineData("dd/MM/yyyy", "01/09/2025 08:00", null)]
    [InlineData("d/M/yyyy", "001/9/2025", null)]
    public void A_date_pattern_reads_exactly_its_form(string format, string text, string? iso)
    {
        var pattern = DatePattern.Compile(format)!;
        var read = pattern.TryRead(Encoding.UTF8.GetBytes(text), out var year, out var month, out var day, out var hour, out var minute, out _);

        Assert.Equal(iso is not null, read);
        if (read)
        {
            Assert.Equal(iso, Encoding.UTF8.GetString(DatePattern.WriteIso(new byte[16], year, month, day, (hour, minute))));
        }
    }

    [Theory]
    [InlineData("MM/yyyy")]
    [InlineData("dd/MM/yy")]
    [InlineData("dd/MM/yyyy HH")]
    [InlineData("dd/MM/yyyy hh:mm")]
    [InlineData("dd/MM/yyyy/dd")]
    [InlineData("ngày dd/MM/yyyy")]
    public void A_format_that_cannot_be_read_exactly_is_refused(string format) => Assert.Null(DatePattern.Compile(format));

    internal static DossierColumnMap LoadShipped() =>
        GovernanceDataLoader.LoadDossierColumnMap(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "maps", "mot-cua-dien-tu.map.json"))).Value;

    private static byte[] ContractCsv(ulong seed, int count)
    {
        using var buffer = new MemoryStream();
        SyntheticDossiers.WriteCsv(buffer, ["X01", "X02", "X03"], new LocalDate(2025, 8, 1), new LocalDate(2025, 9, 14), count, seed);
        return buffer.ToArray();
    }

    // The same dossiers as a one-door export: columns shuffled under one of each column's aliases, a note column,
    // every value word chosen among the map's (in another case or Unicode form at times), dates day-first.
    internal static byte[] VendorCsv(byte[] contract, Random random)
    {
        var lines = Encoding.UTF8.GetString(contract).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var names = lines[0].Split(',');
        var order = Enumerable.Range(0, names.Length).OrderBy(_ => random.Next()).ToArray();
        var headers = order.Select(i => $"\"{Pick(random, OneDoor.Headers[names[i]])}\"").Append("Ghi chú");
        var output = new StringBuilder(string.Join(',', headers)).Append("\r\n");
        foreach (var line in lines.Skip(1))
        {
            var fields = line.Split(',');
            var cells = order.Select(i => Vendor(names[i], fields[i], random)).Append("\"Hồ sơ, \"\"mẫu\"\"\"");
            output.Append(string.Join(',', cells)).Append("\r\n");
        }

        return Encoding.UTF8.GetBytes(output.ToString());
    }

    private static string Vendor(string column, string value, Random random)
    {
        if (OneDoor.Values.TryGetValue(column, out var words))
        {
            var word = Pick(random, words.Where(w => w.Value == value).Select(w => w.Key).ToList());
            return random.Next(4) switch
            {
                0 => word.ToUpper(CultureInfo.InvariantCulture),
                1 => word.Normalize(NormalizationForm.FormD),
                _ => word,
            };
        }

        if (value.Length == 16 && column is "received_at" or "finished_at")
        {
            var at = LocalDateTime.FromDateTime(DateTime.ParseExact(value, "yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture));
            return random.Next(2) == 0 ? at.ToString("dd/MM/yyyy HH:mm:ss", CultureInfo.InvariantCulture) : at.ToString("d/M/yyyy H:mm", CultureInfo.InvariantCulture);
        }

        return column == "due_date" ? LocalDate.FromDateTime(DateTime.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture)).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) : value;
    }

    private static string Pick(Random random, IReadOnlyList<string> choices) => choices[random.Next(choices.Count)];
}
