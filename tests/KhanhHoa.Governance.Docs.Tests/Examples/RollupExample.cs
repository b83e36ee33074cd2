using System.Text.Json;
using KhanhHoa.Governance.Testing;
using NodaTime;
#region usings
using KhanhHoa.Governance.Calendar;
using KhanhHoa.Governance.Organization;
using KhanhHoa.Governance.Rollup;
#endregion

namespace KhanhHoa.Governance.Docs.Tests.Examples;

/// <summary>docs/rollup.md and the README: from a units file and a dossier export to the rollup's JSON.</summary>
public sealed class RollupExample
{
    [Fact]
    public void Runs_from_files_to_json()
    {
        var directory = Directory.CreateTempSubdirectory("rollup-example");
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

    [Fact]
    public void Reports_a_bad_row_with_its_line_and_column()
    {
        var directory = Directory.CreateTempSubdirectory("rollup-example");
        try
        {
            File.WriteAllText(Path.Combine(directory.FullName, "units.csv"), "code,name,parent_code,valid_from,valid_to\nKH,Khánh Hòa,,,\n");
            File.WriteAllText(Path.Combine(directory.FullName, "dossiers.csv"), "not,a,dossier,file\n1,2,3,4\n");
            Assert.Equal(1, Example(directory.FullName));
            Assert.False(File.Exists(Path.Combine(directory.FullName, "rollup-2025-09.json")));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static int Example(string folder)
    {
        #region example
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
        RollupResult result = engine.Run(read.Value).Value;                            // all cores
        using var output = File.Create(Path.Combine(folder, "rollup-2025-09.json"));
        RollupJsonWriter.Write(output, result);
        return 0;
        #endregion
    }
}
