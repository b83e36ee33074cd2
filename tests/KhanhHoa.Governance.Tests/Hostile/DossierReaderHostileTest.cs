using System.Text;
using KhanhHoa.Governance.Organization;
using KhanhHoa.Governance.Rollup;
using KhanhHoa.Governance.Testing;
using KhanhHoa.Governance.Tests.Rollup;
using NodaTime;

namespace KhanhHoa.Governance.Tests.Hostile;

/// <summary>The dossier CSV, dossier JSON-lines and org-unit CSV readers under <see cref="HostileInput"/>.</summary>
[Trait("Category", HostileInput.Category)]
public class DossierReaderHostileTest
{
    private const string Header = "dossier_id,unit_code,procedure_code,service_level,channel,received_at,due_date,finished_at,supplement_requests,digitized,e_result,reused_data,id_linked,fee_required,paid_online,ghi_chu";

    // Quoted fields with commas, doubled quotes and line breaks, Vietnamese text, LF and CRLF, a byte order mark.
    private static readonly byte[][] CsvFiles =
    [
        Utf8(
            Header + "\n"
            + "HS-0001,X01,1.001234,full,online,2025-09-01T08:30,2025-09-05,2025-09-03T10:00,0,1,1,0,1,1,1,\"Cấp phép xây dựng, nhà ở riêng lẻ\"\n"
            + "HS-0002,X02,1.004567,partial,direct,2025-09-02T14:05,2025-09-12,,2,0,0,1,0,0,0,\"Hồ sơ bổ sung\nlần 2, \"\"gấp\"\"\"\n"
            + "\"HS-0003\",X01,2.000111,none,postal,2025-10-31T23:59,2025-11-14,2025-11-20T07:15,1,1,0,0,1,1,0,Phường Nha Trang\n"
            + "HS-0004,T56,1.001234,full,online,2026-01-01T00:00,2026-01-09,2026-01-02T16:45,0,1,1,1,1,0,0,Đặc khu Trường Sa\n"),
        Utf8(
            "\uFEFF" + "unit_code,dossier_id,received_at,due_date,finished_at,procedure_code,service_level,channel,supplement_requests,digitized,e_result,reused_data,id_linked,fee_required,paid_online\r\n"
            + "X01,A-1,2025-07-01T07:30,2025-07-10,2025-07-09T17:00,TTHC-0001,full,online,0,1,1,0,1,1,1\r\n"
            + "X02,A-2,2025-07-02T09:00,2025-07-04,,TTHC-0002,none,direct,0,0,0,0,0,0,0\r\n"
            + "\"X03\",\"A-3\",2025-12-31T12:00,2026-01-15,2026-01-15T12:00,\"TTHC,0003\",partial,postal,3,1,0,1,0,1,0\r\n"),
        Utf8(
            Header + "\r\n"
            + "HS-9,X09,1.1,full,online,2024-02-29T08:00,2024-03-04,2024-03-01T08:00,0,0,1,0,1,0,1,\"Giấy chứng nhận quyền sử dụng đất\r\n(đất nông nghiệp)\"\r\n"
            + "HS-10,X10,1.2,partial,direct,2024-12-31T16:59,2025-01-03,,0,1,0,0,0,0,0,\n"),
    ];

    private static readonly byte[][] JsonLinesFiles =
    [
        Utf8(
            """{"dossier_id":"HS-0001","unit_code":"X01","procedure_code":"1.001234","service_level":"full","channel":"online","received_at":"2025-09-01T08:30","due_date":"2025-09-05","finished_at":"2025-09-03T10:00","supplement_requests":0,"digitized":1,"e_result":true,"reused_data":0,"id_linked":1,"fee_required":1,"paid_online":false,"ghi_chu":"Cấp phép xây dựng, nhà ở"}""" + "\n"
            + """{"dossier_id":"HS-0002","unit_code":"X02","procedure_code":"1.004567","service_level":"partial","channel":"direct","received_at":"2025-09-02T14:05","due_date":"2025-09-12","finished_at":null,"supplement_requests":2,"digitized":0,"e_result":0,"reused_data":1,"id_linked":0,"fee_required":0,"paid_online":0}""" + "\n"
            + "\n"
            + """{"dossier_id":"HS-\u0030003","unit_code":"T56","procedure_code":"2.000111","service_level":"none","channel":"postal","received_at":"2025-10-31T23:59","due_date":"2025-11-14","supplement_requests":1,"digitized":1,"e_result":0,"reused_data":0,"id_linked":1,"fee_required":1,"paid_online":0,"ghi_chu":{"ten":"Đặc khu Trường Sa"}}""" + "\n"),
        Utf8(
            "\uFEFF"
            + """{"unit_code":"X01","dossier_id":"A-1","received_at":"2025-07-01T07:30","due_date":"2025-07-10","finished_at":"2025-07-09T17:00","procedure_code":"TTHC-0001","service_level":"full","channel":"online","supplement_requests":0,"digitized":1,"e_result":1,"reused_data":0,"id_linked":1,"fee_required":1,"paid_online":1}""" + "\r\n"
            + """{"unit_code":"X02","dossier_id":"A-2","received_at":"2024-02-29T09:00","due_date":"2024-03-04","procedure_code":"TTHC-0002","service_level":"none","channel":"direct","supplement_requests":0,"digitized":0,"e_result":0,"reused_data":0,"id_linked":0,"fee_required":0,"paid_online":0}""" + "\r\n"),
    ];

    private static readonly byte[][] OrgUnitFiles =
    [
        Utf8(
            "code,name,parent_code,valid_from,valid_to\n"
            + "KH,Tỉnh Khánh Hòa,,1989-07-01,\n"
            + "NT,Thành phố Nha Trang,KH,1977-03-30,2025-06-30\n"
            + "X01,\"Phường Nha Trang, trung tâm\",KH,2025-07-01,\n"
            + "X02,Phường Bắc Nha Trang,KH,2025-07-01,\n"
            + "T56,\"Đặc khu \"\"Trường Sa\"\"\",KH,2025-07-01,\n"
            + "X09,Xã Vạn Ninh,NT,1899-01-01,2025-06-30\n"
            + "X09,Xã Vạn Ninh,KH,2025-07-01,\n"),
        Utf8(
            "\uFEFF" + "valid_to,valid_from,code,parent_code,name,ghi_chu\r\n"
            + ",2025-07-01,KH,,Tỉnh Khánh Hòa,\"tỉnh\r\nmới\"\r\n"
            + ",2025-07-01,X01,KH,Phường Nha Trang,\r\n"
            + "2025-06-30,,X01-OLD,KH,Phường Lộc Thọ,đã sáp nhập\r\n"),
    ];

    [Fact]
    public void Every_valid_input_reads_without_errors()
    {
        foreach (var file in CsvFiles)
        {
            var result = DossierCsvReader.Read(new MemoryStream(file));
            Assert.True(result.Success, string.Join("; ", result.Errors));
        }

        foreach (var file in JsonLinesFiles)
        {
            var result = DossierJsonLinesReader.Read(new MemoryStream(file));
            Assert.True(result.Success, string.Join("; ", result.Errors));
        }

        foreach (var file in OrgUnitFiles)
        {
            var result = OrgUnitCsvReader.Read(new MemoryStream(file));
            Assert.True(result.Success, !result.Success ? string.Join("; ", result.Errors) : null);
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Csv(bool skipBadRows) =>
        HostileInput.Check(CsvFiles, bytes => DossierCsvReader.Read(new MemoryStream(bytes), Options(skipBadRows)), r => WellFormed(r, skipBadRows));

    // A one-door export read through the shipped column map: vendor headers, words and day-first dates mutated too.
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Csv_through_a_column_map(bool skipBadRows)
    {
        var contract = new MemoryStream();
        SyntheticDossiers.WriteCsv(contract, ["X01", "X02"], new LocalDate(2025, 9, 1), new LocalDate(2025, 9, 14), 12);
        var options = Options(skipBadRows) with { ColumnMap = ColumnMapTest.LoadShipped(), ChunkBytes = 256 };
        HostileInput.Check([ColumnMapTest.VendorCsv(contract.ToArray(), new Random(87))], bytes => DossierCsvReader.Read(new MemoryStream(bytes), options), r => WellFormed(r, skipBadRows));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Json_lines(bool skipBadRows) =>
        HostileInput.Check(JsonLinesFiles, bytes => DossierJsonLinesReader.Read(new MemoryStream(bytes), Options(skipBadRows)), r => WellFormed(r, skipBadRows));

    [Fact]
    public void Org_units() =>
        HostileInput.Check(OrgUnitFiles, bytes => OrgUnitCsvReader.Read(new MemoryStream(bytes)), r => r.Match(WellFormedUnits, errors => errors.Count == 0 ? "rejected without an error" : Located(errors)));

    private static DossierReadOptions Options(bool skipBadRows) => new() { SkipBadRows = skipBadRows };

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    /// <summary>
    /// Strict: a store exactly when there is no error. Skipping: a store with the bad rows counted, or no store and
    /// only line-1 errors (a file-level problem: empty, bad header, UTF-16). Either way every error is located.
    /// </summary>
    private static string? WellFormed(InputResult<DossierStore> result, bool skip)
    {
        if (result.Errors.Count != Math.Min(result.ErrorCount, DossierReadOptions.Default.MaxErrorsReported))
        {
            return $"{result.Errors.Count} errors listed but {result.ErrorCount} counted";
        }

        if (Located(result.Errors) is { } problem)
        {
            return problem;
        }

        if (!skip || !result.Success)
        {
            if (!result.Success != (result.ErrorCount > 0))
            {
                return !result.Success ? "rejected without an error" : $"a store despite {result.ErrorCount} errors";
            }

            return skip && result.Errors.Any(e => e.Line != 1) ? "skipping rows, yet rejected for a row error: " + result.Errors[0] : null;
        }

        var spoiledLines = result.Errors.Select(e => e.Line).Distinct().Count();
        return result.SkippedRows > result.ErrorCount || (result.SkippedRows > 0) != (result.ErrorCount > 0) || spoiledLines > result.SkippedRows
            ? $"{result.SkippedRows} rows skipped for {result.ErrorCount} errors on {spoiledLines} lines"
            : null;
    }

    private static string? Located(IReadOnlyList<InputError> errors)
    {
        for (var i = 0; i < errors.Count; i++)
        {
            var e = errors[i];
            if (e.Line < 1 || e.Column < 0 || string.IsNullOrWhiteSpace(e.Message))
            {
                return $"an error without a place or a message: {e}";
            }

            if (i > 0 && e.Line < errors[i - 1].Line)
            {
                return $"errors out of line order: {errors[i - 1]} before {e}";
            }
        }

        return null;
    }

    // Units that a hierarchy can be built from: named, dated consistently, one record per code and day.
    private static string? WellFormedUnits(IReadOnlyList<OrgUnit> units)
    {
        foreach (var unit in units)
        {
            if (unit.Code.Length == 0 || unit.Name.Length == 0 || unit.ValidTo < unit.ValidFrom)
            {
                return $"an inconsistent unit {unit}";
            }

            if (units.Any(u => !ReferenceEquals(u, unit) && u.Code == unit.Code
                && (u.ValidFrom is not { } from || unit.ValidTo is not { } to || from <= to)
                && (unit.ValidFrom is not { } unitFrom || u.ValidTo is not { } uTo || unitFrom <= uTo)))
            {
                return $"code {unit.Code} accepted twice with overlapping validity";
            }
        }

        return null;
    }
}
