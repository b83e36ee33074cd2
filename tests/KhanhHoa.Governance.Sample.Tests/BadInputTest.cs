namespace KhanhHoa.Governance.Sample.Tests;

public sealed class BadInputTest
{
    [Fact]
    public void A_malformed_field_is_bad_input_naming_the_file_line_and_field_and_nothing_is_written()
    {
        using var folder = new TempFolder();
        var csv = folder.File("dossiers.csv");
        File.WriteAllLines(csv, [DossierCsv.Header, DossierCsv.GoodRow, "HS2,CA_TINH,TTHC-0001,full,online,2025-09-01T08:30,2025-09-31,,0,1,0,0,1,1,1"]);
        var output = folder.File("out");

        var run = SampleRun.InProcess("rollup", "--dossiers", csv, "--out", output, "--quiet");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        var error = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"error: {csv}, line 3, field due_date (column 7): ", error, StringComparison.Ordinal);
        Assert.EndsWith(".", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any());
    }

    [Fact]
    public void Every_error_of_the_file_is_listed_none_hidden()
    {
        using var folder = new TempFolder();
        var csv = folder.File("d.csv");
        File.WriteAllLines(csv, [DossierCsv.Header, DossierCsv.GoodRow.Replace("online,2025", "fax,2025", StringComparison.Ordinal), DossierCsv.GoodRow.Replace("HS1", "HS2", StringComparison.Ordinal).Replace(",0,1,1,0,1,1,1", ",x,1,1,0,1,1,1", StringComparison.Ordinal)]);

        var run = SampleRun.InProcess("rollup", "--dossiers", csv, "--format", "json");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("d.csv, line 2, field channel", run.Error, StringComparison.Ordinal);
        Assert.Contains("d.csv, line 3, field", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("more error", run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Output);
    }

    [Fact]
    public void An_unknown_unit_is_reported_at_its_line()
    {
        using var folder = new TempFolder();
        var csv = folder.File("d.csv");
        File.WriteAllLines(csv, [DossierCsv.Header, DossierCsv.GoodRow.Replace("CA_TINH", "NOWHERE", StringComparison.Ordinal)]);

        var run = SampleRun.InProcess("rollup", "--dossiers", csv, "--format", "json");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("d.csv, line 2, field unit_code", run.Error, StringComparison.Ordinal);
        Assert.Contains("NOWHERE", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_header_missing_a_column_is_bad_input()
    {
        using var folder = new TempFolder();
        var csv = folder.File("d.csv");
        File.WriteAllLines(csv, [DossierCsv.Header.Replace(",paid_online", string.Empty, StringComparison.Ordinal)]);

        var run = SampleRun.InProcess("rollup", "--dossiers", csv, "--format", "json");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("d.csv, line 1, field paid_online", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_units_file_is_bad_input_naming_its_line_and_field()
    {
        using var folder = new TempFolder();
        var units = folder.File("units.csv");
        File.WriteAllLines(units, ["code,name,parent_code,valid_from,valid_to", "KH,Khánh Hòa,,,", "X1,Xã 1,KH,2025-07-01,01/07/2026"]);
        var csv = folder.File("d.csv");
        File.WriteAllLines(csv, [DossierCsv.Header]);

        var run = SampleRun.InProcess("rollup", "--dossiers", csv, "--units", units, "--format", "json");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("units.csv, line 3, field valid_to (column 5)", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_bad_input()
    {
        using var folder = new TempFolder();

        var run = SampleRun.InProcess("rollup", "--dossiers", folder.File("absent.csv"), "--format", "json");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("absent.csv", run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Output);
    }

    [Fact]
    public void A_malformed_figures_file_is_bad_input_naming_the_json_path()
    {
        using var folder = new TempFolder();
        var json = folder.File("figures.json");
        File.WriteAllText(json, "{\n  \"document\": \"1/BC\",\n  \"title\": 5\n}");

        var run = SampleRun.InProcess("check", "--figures", json);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("figures.json, line ", run.Error, StringComparison.Ordinal);
        Assert.Contains("field $", run.Error, StringComparison.Ordinal);
    }
}
