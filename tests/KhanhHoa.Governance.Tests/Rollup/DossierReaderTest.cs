using System.Text;
using System.Text.Json;
using KhanhHoa.Governance.Testing;
using NodaTime;
using KhanhHoa.Governance.Calendar;
using KhanhHoa.Governance.Indicators;
using KhanhHoa.Governance.Organization;
using KhanhHoa.Governance.Rollup;

namespace KhanhHoa.Governance.Tests.Rollup;

public class DossierReaderTest
{
    private const string Header = "dossier_id,unit_code,procedure_code,service_level,channel,received_at,due_date,finished_at,supplement_requests,digitized,e_result,reused_data,id_linked,fee_required,paid_online";
    private const string Good = "HS1,X01,T1,full,online,2025-09-01T08:30,2025-09-05,2025-09-03T10:00,0,1,1,0,1,1,1";

    private static InputResult<DossierStore> Csv(string text, DossierReadOptions? options = null) =>
        DossierCsvReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), options);

    [Theory]
    [InlineData("service_level", "HS1,X01,T1,fully,online,2025-09-01T08:30,2025-09-05,,0,1,1,0,1,1,1", 4)]
    [InlineData("channel", "HS1,X01,T1,full,email,2025-09-01T08:30,2025-09-05,,0,1,1,0,1,1,1", 5)]
    [InlineData("received_at", "HS1,X01,T1,full,online,2025-09-01 08:30,2025-09-05,,0,1,1,0,1,1,1", 6)]
    [InlineData("received_at", "HS1,X01,T1,full,online,2025-02-30T08:30,2025-09-05,,0,1,1,0,1,1,1", 6)]
    [InlineData("received_at", "HS1,X01,T1,full,online,2025-09-01T24:30,2025-09-05,,0,1,1,0,1,1,1", 6)]
    [InlineData("due_date", "HS1,X01,T1,full,online,2025-09-01T08:30,05/09/2025,,0,1,1,0,1,1,1", 7)]
    [InlineData("finished_at", "HS1,X01,T1,full,online,2025-09-01T08:30,2025-09-05,2025-09-03,0,1,1,0,1,1,1", 8)]
    [InlineData("supplement_requests", "HS1,X01,T1,full,online,2025-09-01T08:30,2025-09-05,,-1,1,1,0,1,1,1", 9)]
    [InlineData("digitized", "HS1,X01,T1,full,online,2025-09-01T08:30,2025-09-05,,0,yes,1,0,1,1,1", 10)]
    [InlineData("e_result", "HS1,X01,T1,full,online,2025-09-01T08:30,2025-09-05,,0,1,2,0,1,1,1", 11)]
    [InlineData("reused_data", "HS1,X01,T1,full,online,2025-09-01T08:30,2025-09-05,,0,1,1,,1,1,1", 12)]
    [InlineData("id_linked", "HS1,X01,T1,full,online,2025-09-01T08:30,2025-09-05,,0,1,1,0,true,1,1", 13)]
    [InlineData("fee_required", "HS1,X01,T1,full,online,2025-09-01T08:30,2025-09-05,,0,1,1,0,1,01,1", 14)]
    [InlineData("paid_online", "HS1,X01,T1,full,online,2025-09-01T08:30,2025-09-05,,0,1,1,0,1,1, 1", 15)]
    [InlineData("dossier_id", ",X01,T1,full,online,2025-09-01T08:30,2025-09-05,,0,1,1,0,1,1,1", 1)]
    [InlineData("unit_code", "HS1,,T1,full,online,2025-09-01T08:30,2025-09-05,,0,1,1,0,1,1,1", 2)]
    [InlineData("procedure_code", "HS1,X01,,full,online,2025-09-01T08:30,2025-09-05,,0,1,1,0,1,1,1", 3)]
    [InlineData("finished_at", "HS1,X01,T1,full,online,2025-09-01T08:30,2025-09-05,2025-09-01T08:29,0,1,1,0,1,1,1", 8)]
    public void A_malformed_field_rejects_the_file_with_its_line_and_column(string field, string badRow, int column)
    {
        var result = Csv($"{Header}\n{Good}\n{badRow}\n");
        Assert.False(result.Success);
        Assert.False(result.Success);
        var error = Assert.Single(result.Errors);
        Assert.Equal(3, error.Line);
        Assert.Equal(column, error.Column);
        Assert.Equal(field, error.Field);
        Assert.Contains($"line 3, column {column} ({field})", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_ids_are_reported_at_the_second_occurrence()
    {
        var result = Csv($"{Header}\n{Good}\n{Good}\n");
        Assert.Equal(new InputError(3, 1, "duplicate dossier id") { Field = "dossier_id" }, Assert.Single(result.Errors));
        Assert.False(result.Success);
    }

    [Fact]
    public void Duplicates_far_apart_and_other_errors_are_reported_in_line_order()
    {
        // Enough rows for the duplicate-id checks to span several batches, with quoted and CRLF rows mixed in.
        var text = new StringBuilder(Header).Append('\n');
        for (var i = 1; i <= 700; i++)
        {
            var id = i switch { 300 => "HS10", 600 => "HS599", 650 => "HS649", _ => $"HS{i}" };
            var channel = i is 301 or 651 ? "email" : "online";
            var unit = i % 7 == 0 ? "\"X01\"" : "X01";
            text.Append($"{id},{unit},T1,full,{channel},2025-09-01T08:30,2025-09-05,,0,1,1,0,1,1,1").Append(i % 5 == 0 ? "\r\n" : "\n");
        }

        var expected = new[]
        {
            new InputError(301, 1, "duplicate dossier id") { Field = "dossier_id" },
            new InputError(302, 5, "expected online, direct or postal") { Field = "channel" },
            new InputError(601, 1, "duplicate dossier id") { Field = "dossier_id" },
            new InputError(651, 1, "duplicate dossier id") { Field = "dossier_id" },
            new InputError(652, 5, "expected online, direct or postal") { Field = "channel" },
        };
        var rejected = Csv(text.ToString());
        Assert.False(rejected.Success);
        Assert.Equal(expected, rejected.Errors);
        var skipped = Csv(text.ToString(), DossierReadOptions.Default with { SkipBadRows = true });
        Assert.Equal(expected, skipped.Errors);
        Assert.Equal(5, skipped.SkippedRows);
        Assert.Equal(695, skipped.Value.Count);
    }

    [Fact]
    public void Unknown_unit_codes_are_reported_when_the_hierarchy_is_given()
    {
        var options = DossierReadOptions.ForUnits([new OrgUnit { Code = "X02", Name = "Other" }]);
        var result = Csv($"{Header}\n{Good}\n", options);
        Assert.Equal(new InputError(2, 2, "unknown unit code 'X01'") { Field = "unit_code" }, Assert.Single(result.Errors));
    }

    [Fact]
    public void An_empty_file_is_an_error()
    {
        var result = Csv(string.Empty);
        Assert.Equal(1, Assert.Single(result.Errors).Line);
        Assert.Contains("empty file", result.Errors[0].Message, StringComparison.Ordinal);
        Assert.False(result.Success);
    }

    [Fact]
    public void A_header_missing_a_column_names_it()
    {
        var result = Csv(Header.Replace(",due_date", string.Empty, StringComparison.Ordinal) + "\n");
        var error = Assert.Single(result.Errors);
        Assert.Equal((1, "due_date"), (error.Line, error.Field));
        Assert.Contains("missing column 'due_date'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_row_with_the_wrong_number_of_fields_or_a_broken_quote_is_an_error()
    {
        var result = Csv($"{Header}\nHS1,X01\n\"HS2\"x,X01,T1,full,online,2025-09-01T08:30,2025-09-05,,0,1,1,0,1,1,1\n{Good}\n");
        Assert.Equal([2, 3], result.Errors.Select(e => e.Line));
        Assert.False(result.Success);
    }

    [Fact]
    public void Columns_in_any_order_with_quotes_and_unknown_columns_read_the_same()
    {
        var reordered = "note,paid_online,fee_required,id_linked,reused_data,e_result,digitized,supplement_requests,finished_at,due_date,received_at,channel,service_level,procedure_code,unit_code,dossier_id\r\n"
            + "\"multi\r\nline, \"\"quoted\"\"\",1,1,1,0,1,1,0,2025-09-03T10:00,2025-09-05,2025-09-01T08:30,online,full,\"T1\",X01,HS1\r\n";
        var result = Csv(reordered);
        Assert.True(result.Success, string.Join("; ", result.Errors));
        var plain = Csv($"{Header}\n{Good}\n").GetValueOrThrow();
        var engine = RollupTestData.Engine([new OrgUnit { Code = "X01", Name = "X" }], [ReportingPeriod.Month(2025, 9, CutoffRule.CalendarMonth)]);
        Assert.Equal(RollupTestData.Json(RollupTestData.Run(engine, plain)), RollupTestData.Json(RollupTestData.Run(engine, result.Value)));
    }

    [Fact]
    public void Skipping_bad_rows_counts_them_and_keeps_the_good_ones()
    {
        var result = Csv($"{Header}\n{Good}\n{Good}\nbad\n", DossierReadOptions.Default with { SkipBadRows = true });
        Assert.True(result.Success);
        Assert.Equal(1, result.Value.Count);
        Assert.Equal(2, result.SkippedRows);
        Assert.Equal(2, result.ErrorCount);
    }

    [Fact]
    public void The_synthetic_csv_reads_back_to_the_same_rollup()
    {
        var units = RollupTestData.Communes(5, 3);
        var codes = units.Skip(1).Select(u => u.Code).ToList();
        var from = new LocalDate(2025, 6, 1);
        var to = new LocalDate(2025, 9, 30);
        using var csv = new MemoryStream();
        SyntheticDossiers.WriteCsv(csv, codes, from, to, 5000, seed: 3);
        csv.Position = 0;
        var read = DossierCsvReader.Read(csv, DossierReadOptions.ForUnits(units));
        Assert.True(read.Success, string.Join("; ", read.Errors));
        var engine = RollupTestData.Engine(units, ReportingPeriod.InYear(2025, ReportingPeriodKind.Quarter, CutoffRule.Administrative));
        var expected = RollupTestData.Json(RollupTestData.Run(engine, SyntheticDossiers.Generate(codes, from, to, 5000, seed: 3)));
        Assert.Equal(expected, RollupTestData.Json(RollupTestData.Run(engine, read.Value)));
        var records = SyntheticDossiers.GenerateRecords(codes, from, to, 5000, seed: 3).ToList();
        Assert.Equal(expected, RollupTestData.Json(RollupTestData.Run(engine, RollupTestData.Store(records))));
    }

    [Fact]
    public void Json_lines_read_like_csv_and_report_errors_with_line_and_position()
    {
        var line = "{\"dossier_id\":\"HS1\",\"unit_code\":\"X01\",\"procedure_code\":\"T1\",\"service_level\":\"full\",\"channel\":\"online\",\"received_at\":\"2025-09-01T08:30\",\"due_date\":\"2025-09-05\",\"finished_at\":\"2025-09-03T10:00\",\"supplement_requests\":0,\"digitized\":1,\"e_result\":true,\"reused_data\":0,\"id_linked\":1,\"fee_required\":1,\"paid_online\":1,\"extra\":[1]}";
        var good = DossierJsonLinesReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(line + "\n\n")));
        Assert.True(good.Success, string.Join("; ", good.Errors));
        var engine = RollupTestData.Engine([new OrgUnit { Code = "X01", Name = "X" }], [ReportingPeriod.Month(2025, 9, CutoffRule.CalendarMonth)]);
        Assert.Equal(RollupTestData.Json(RollupTestData.Run(engine, Csv($"{Header}\n{Good}\n").GetValueOrThrow())), RollupTestData.Json(RollupTestData.Run(engine, good.Value)));

        var bad = DossierJsonLinesReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(line.Replace("\"2025-09-05\"", "\"5/9\"", StringComparison.Ordinal) + "\n{oops\n")));
        Assert.False(bad.Success);
        Assert.Equal((1, "due_date"), (bad.Errors[0].Line, bad.Errors[0].Field));
        Assert.Equal(line.IndexOf("\"2025-09-05\"", StringComparison.Ordinal) + 1, bad.Errors[0].Column);
        Assert.Equal(2, bad.Errors[1].Line);
    }

    [Fact]
    public void Org_units_csv_reads_into_org_unit_records()
    {
        var text = "code,name,parent_code,valid_from,valid_to\nKH,Khánh Hòa,,,\nX01,\"Nam Cam Ranh\",KH,2025-07-01,\n";
        var units = OrgUnitCsvReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)));
        Assert.True(units.Success);
        Assert.Equal(new OrgUnit { Code = "X01", Name = "Nam Cam Ranh", ParentCode = "KH", ValidFrom = new LocalDate(2025, 7, 1) }, units.Value[1]);
        var bad = OrgUnitCsvReader.Read(new MemoryStream(Encoding.UTF8.GetBytes("code,name,parent_code,valid_from,valid_to\nKH,,,2025-13-01,\n")));
        Assert.Equal([(2, 2), (2, 4)], bad.Errors.Select(e => (e.Line, e.Column)));
    }

    [Fact]
    public void Json_output_has_the_contract_shape_and_an_extension_point()
    {
        var units = new List<OrgUnit> { new() { Code = "KH", Name = "KH" }, new() { Code = "X01", Name = "X", ParentCode = "KH" } };
        var engine = RollupTestData.Engine(units, [ReportingPeriod.Month(2025, 9, CutoffRule.Administrative)]);
        var result = RollupTestData.Run(engine, Csv($"{Header}\n{Good}\n").GetValueOrThrow());
        var options = new RollupJsonOptions { WriteUnitExtras = (w, _, unit) => w.WriteNumber("online_rate", unit.Measures.ReceivedOnline) };
        using var document = JsonDocument.Parse(RollupJsonWriter.ToUtf8Bytes(result, options));
        var root = document.RootElement;
        Assert.Equal("2025-09", root.GetProperty("period").GetProperty("id").GetString());
        Assert.Equal("2025-08-15", root.GetProperty("period").GetProperty("start").GetString());
        Assert.Equal("2025-09-14", root.GetProperty("period").GetProperty("end").GetString());
        var province = root.GetProperty("units")[0];
        Assert.Equal(JsonValueKind.Null, province.GetProperty("parent").ValueKind);
        Assert.Equal("KH", root.GetProperty("units")[1].GetProperty("parent").GetString());
        Assert.Equal(
            DossierMeasures.All.Select(DossierMeasures.NameOf),
            province.GetProperty("measures").EnumerateObject().Select(p => p.Name));
        Assert.Equal(1, province.GetProperty("measures").GetProperty("resolved_on_time").GetInt64());
        Assert.Equal(1, province.GetProperty("online_rate").GetInt64());
    }
}
