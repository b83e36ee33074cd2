using System.Text.Json;

namespace KhanhHoa.Governance.Sample.Tests;

// --dossiers takes the file in whichever format its bytes hold: the CSV contract, JSON lines or an Excel workbook.
public sealed class DossierFormatTest
{
    private const string JsonLine = """{"dossier_id":"HS1","unit_code":"CA_TINH","procedure_code":"TTHC-0001","service_level":"full","channel":"online","received_at":"2025-09-01T08:30","due_date":"2025-09-05","finished_at":"2025-09-03T10:00","supplement_requests":0,"digitized":1,"e_result":1,"reused_data":0,"id_linked":1,"fee_required":1,"paid_online":1}""";

    [Fact]
    public void Json_lines_roll_up_as_the_same_dossiers_in_csv_do()
    {
        using var folder = new TempFolder();
        var csv = folder.File("d.csv");
        var jsonl = folder.File("d.jsonl");
        File.WriteAllLines(csv, [DossierCsv.Header, DossierCsv.GoodRow]);
        File.WriteAllLines(jsonl, [JsonLine]);

        var fromCsv = SampleRun.InProcess("rollup", "--dossiers", csv, "--format", "json", "--quiet");
        var fromJson = SampleRun.InProcess("rollup", "--dossiers", jsonl, "--format", "json", "--quiet");

        Assert.Equal((0, 0), (fromCsv.ExitCode, fromJson.ExitCode));
        Assert.Equal(Units(fromCsv.Output), Units(fromJson.Output));
        Assert.Contains("\"received\":1", Units(fromJson.Output), StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_that_says_another_format_is_bad_input_naming_both()
    {
        using var folder = new TempFolder();
        var named = folder.File("d.xlsx");
        File.WriteAllLines(named, [DossierCsv.Header, DossierCsv.GoodRow]);

        var run = SampleRun.InProcess("rollup", "--dossiers", named, "--format", "json", "--quiet");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("named as an Excel workbook (.xlsx) but holds text read as CSV (.csv)", run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Output);
    }

    // The rollup contract's part of the report JSON: units and their measures, without the generation block.
    private static string Units(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("units").GetRawText().Replace(" ", string.Empty, StringComparison.Ordinal).Replace("\n", string.Empty, StringComparison.Ordinal);
    }
}
