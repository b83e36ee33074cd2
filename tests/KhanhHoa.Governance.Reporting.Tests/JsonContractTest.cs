using System.Text.Json;
using KhanhHoa.Governance.Indicators;
using KhanhHoa.Governance.Rollup;
using KhanhHoa.Governance.Tests.Shared;

namespace KhanhHoa.Governance.Reporting.Tests;

public class JsonContractTest
{
    private static readonly JsonElement Report = JsonDocument.Parse(JsonReportRenderer.ToJson(SampleReport.Build())).RootElement;

    [Fact]
    public void The_top_level_carries_the_rollup_contract_hosts_read()
    {
        var period = Report.GetProperty("period");
        Assert.Equal("2025-09", period.GetProperty("id").GetString());
        Assert.Equal("2025-08-16", period.GetProperty("start").GetString());
        Assert.Equal("2025-09-15", period.GetProperty("end").GetString());
        var province = Report.GetProperty("units").EnumerateArray().First();
        Assert.Equal("KH", province.GetProperty("code").GetString());
        Assert.Equal(JsonValueKind.Null, province.GetProperty("parent").ValueKind);
        Assert.Equal(DossierMeasures.All.Select(DossierMeasures.NameOf), province.GetProperty("measures").EnumerateObject().Select(m => m.Name));
        Assert.Equal(SampleReport.Build().Units[0].Measures.Received, province.GetProperty("measures").GetProperty("received").GetInt64());
        Assert.True(Report.GetProperty("containsSyntheticData").GetBoolean());
    }

    // The sample report here, the host's report and partial in the sample tests (PublishedSchemaTest): one validator.
    [Fact]
    public void The_output_satisfies_the_published_schema() =>
        Assert.Empty(PublishedSchemas.Errors(PublishedSchemas.Load("monthly-report.schema.json"), JsonReportRenderer.ToJson(SampleReport.Build())));

    // Re-based, with fingerprints and dossier ids, on the embedded hierarchy.
    [Fact]
    public void A_partial_satisfies_its_published_schema()
    {
        var hierarchy = Data.GovernanceData.Default.OrgUnits;
        var september = Calendar.ReportingPeriod.Month(2025, 9, Calendar.CutoffRule.Administrative);
        var engine = RollupEngine.Create(hierarchy.Units, [september.Previous(), september], new RollupRebase(september.End, hierarchy.Successions)).Value;
        var store = Testing.SyntheticDossiers.Generate([.. hierarchy.AsOf(september.End).Units.Select(u => u.Code)], september.Previous().Start, september.End, 2000);
        var json = System.Text.Encoding.UTF8.GetString(RollupPartialJson.ToUtf8Bytes(engine.Aggregate(store, 0, store.Count, keepDossierIds: true).Value));

        Assert.Empty(PublishedSchemas.Errors(PublishedSchemas.Load("rollup-partial.v1.schema.json"), json));
    }
}
