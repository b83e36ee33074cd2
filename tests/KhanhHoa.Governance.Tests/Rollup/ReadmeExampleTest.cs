using System.Text.Json;
using KhanhHoa.Governance.Testing;
using NodaTime;
using KhanhHoa.Governance.Calendar;
using KhanhHoa.Governance.Organization;
using KhanhHoa.Governance.Rollup;

namespace KhanhHoa.Governance.Tests.Rollup;

public class ReadmeExampleTest
{
    [Fact]
    public void The_readme_example_runs_from_files_to_json()
    {
        var directory = Directory.CreateTempSubdirectory("rollup-readme");
        try
        {
            File.WriteAllText(Path.Combine(directory.FullName, "units.csv"), "code,name,parent_code,valid_from,valid_to\nKH,Khánh Hòa,,,\nX01,Nam Cam Ranh,KH,2025-07-01,\nX02,Bắc Ninh Hòa,KH,2025-07-01,\n");
            using (var csv = File.Create(Path.Combine(directory.FullName, "dossiers.csv")))
            {
                SyntheticDossiers.WriteCsv(csv, ["X01", "X02"], new LocalDate(2025, 7, 1), new LocalDate(2025, 9, 30), 2000);
            }

            Assert.Equal(0, Example(directory.FullName));
            using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(directory.FullName, "rollup-2025-09.json")));
            var province = json.RootElement.GetProperty("units")[0];
            Assert.Equal("KH", province.GetProperty("code").GetString());
            Assert.True(province.GetProperty("measures").GetProperty("received").GetInt64() > 0);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    // The README's "Rollup engine" example, verbatim apart from the folder.
    private static int Example(string folder)
    {
        IReadOnlyList<OrgUnit> units = OrgUnitCsvReader.ReadFile(Path.Combine(folder, "units.csv")).Value;
        var read = DossierCsvReader.ReadFile(Path.Combine(folder, "dossiers.csv"), DossierReadOptions.ForUnits(units));
        if (!read.Success)
        {
            foreach (var error in read.Errors)
            {
                Console.Error.WriteLine(error);   // line 12, column 7 (due_date): expected a date yyyy-MM-dd
            }

            return 1;
        }

        var september = ReportingPeriod.Month(2025, 9, CutoffRule.Administrative);   // 15/8–14/9/2025
        var engine = RollupEngine.Create(units, [september]).Value;
        RollupResult result = engine.Run(read.Value).Value;                           // all cores
        using var output = File.Create(Path.Combine(folder, "rollup-2025-09.json"));
        RollupJsonWriter.Write(output, result);
        return 0;
    }
}
