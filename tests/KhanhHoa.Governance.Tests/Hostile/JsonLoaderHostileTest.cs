using System.Text;
using KhanhHoa.Governance.Calendar;
using KhanhHoa.Governance.Data;
using KhanhHoa.Governance.Indicators;
using KhanhHoa.Governance.Json;
using KhanhHoa.Governance.Tests.Calendar;

namespace KhanhHoa.Governance.Tests.Hostile;

// Every JSON data loader of the library, fed the embedded files damaged one to three ways: a value, or located
// errors (line and column from 1, a path, a message), never an exception and never half a result.
[Trait("Category", HostileInput.Category)]
public sealed class JsonLoaderHostileTest
{
    // Agencies, org units, plans, indicator catalog, report 87's figures, as GovernanceData.Load takes them.
    private static readonly byte[][] Files = [.. GovernanceData.ResourceNames.Select(EmbeddedJson.Read)];

    [Fact]
    public void Report_figures() =>
        HostileInput.Check([EmbeddedJson.Read(GovernanceData.ReportFiguresResource)], static bytes => GovernanceDataLoader.LoadReportFigures(bytes), WellFormed);

    [Fact]
    public void Indicator_catalog() =>
        HostileInput.Check([EmbeddedJson.Read(GovernanceData.IndicatorCatalogResource)], static bytes => GovernanceDataLoader.LoadIndicatorCatalog(bytes), WellFormed);

    // The calendar's default is compiled in; its JSON form is what a host writes to extend it.
    [Fact]
    public void Calendar_schedule() =>
        HostileInput.Check([CalendarScheduleJson.Write(CalendarSchedule.Default)], static bytes => GovernanceDataLoader.LoadCalendarSchedule(bytes), WellFormed);

    [Fact]
    public void Data_sets() =>
        HostileInput.Check([EmbeddedJson.Read(GovernanceData.DataSetsResourceName)], static bytes => GovernanceData.Default.LoadDataSets(bytes), WellFormed);

    [Fact]
    public void Agencies() =>
        HostileInput.Check([EmbeddedJson.Read("KhanhHoa.Governance.Data.agencies.json")], static bytes => GovernanceDataLoader.LoadAgencies(bytes), WellFormed);

    [Fact]
    public void Org_units() =>
        HostileInput.Check([EmbeddedJson.Read("KhanhHoa.Governance.Data.org-units.json")], static bytes => GovernanceDataLoader.LoadOrgHierarchy(bytes), WellFormed);

    [Fact]
    public void Plans() =>
        HostileInput.Check([EmbeddedJson.Read("KhanhHoa.Governance.Data.plans.json")], static bytes => GovernanceDataLoader.LoadPlans(bytes, GovernanceData.Default.Agencies), WellFormed);

    // One file damaged at a time, the others valid; the five share the cases so the run stays as long as another loader's.
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Governance_data_with_one_damaged_file(int damaged) =>
        HostileInput.Check(
            [Files[damaged]],
            bytes =>
            {
                var files = Files.Select((file, i) => i == damaged ? bytes : file).ToArray();
                return GovernanceData.Load(files[0], files[1], files[2], files[3], files[4]);
            },
            WellFormed,
            cases: Math.Max(300, HostileInput.Cases / 5));

    private static string? WellFormed<T>(InputResult<T> result) =>
        result.Match(
            static value => value is null ? "neither a value nor errors" : null,
            static errors => errors.Count == 0
                ? "an empty list of errors"
                : errors.FirstOrDefault(static e => e.Line < 1 || e.Column < 1 || string.IsNullOrWhiteSpace(e.JsonPath) || string.IsNullOrWhiteSpace(e.Message)) is { } bad
                    ? $"an error without a place or a message: {bad}"
                    : null);
}
