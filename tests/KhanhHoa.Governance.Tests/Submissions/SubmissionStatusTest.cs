using System.Text.Json;
using KhanhHoa.Governance.Calendar;
using KhanhHoa.Governance.Submissions;
using NodaTime;
using static KhanhHoa.Governance.Tests.Submissions.SubmissionFixture;

namespace KhanhHoa.Governance.Tests.Submissions;

public sealed class SubmissionStatusTest
{
    private static readonly LocalDate AsOf = new(2025, 9, 19);

    private static SubmissionStatus September(SubmissionRegister register) =>
        SubmissionStatus.Take(new SubmissionDesk(Embedded.DataSets, Embedded.OrgUnits, Embedded.Plans), register, "2025-09", BusinessCalendar.CivilService, AsOf);

    [Fact]
    public void Every_monthly_data_set_is_taken_each_under_its_own_cut_off_with_report_87_summed_to_the_province()
    {
        var status = September(SubmissionRegister.Empty.Add([Desk.Check(Report87()).Value]));
        Assert.Equal(Embedded.DataSets.DataSets.Where(static d => d.ParsePeriod("2025-09").IsT0).Select(static d => d.Code), status.DataSets.Select(static s => s.Rate.DataSet.Code));
        var p06 = status.DataSets.Single(static s => s.Rate.DataSet.Code == P06.Code);
        Assert.Equal(["CA_TINH"], p06.Rate.Submitted.Select(static s => s.Unit));
        Assert.All(p06.Figures.Where(static f => f.Value is not null), static f => Assert.Equal(["CA_TINH"], f.Units));
        Assert.Equal(Period(Plan3433, "2025-09"), status.DataSets.Single(static s => s.Rate.DataSet.Code == Plan3433.Code).Rate.Period);
    }

    [Fact]
    public void A_period_no_data_set_reads_gives_no_data_set() =>
        Assert.Empty(SubmissionStatus.Take(new SubmissionDesk(Embedded.DataSets, Embedded.OrgUnits, Embedded.Plans), SubmissionRegister.Empty, "2025-Q9", BusinessCalendar.CivilService, AsOf).DataSets);

    [Fact]
    public void The_json_keeps_the_contract_field_names_and_values()
    {
        var status = September(SubmissionRegister.Empty.Add([Desk.Check(Report87()).Value]));
        using var buffer = new MemoryStream();
        SubmissionStatusJson.Write(buffer, status);
        using var json = JsonDocument.Parse(buffer.ToArray());
        var root = json.RootElement;
        Assert.Equal(["schemaVersion", "period", "asOf", "dataSets", "completeness", "rejected"], root.EnumerateObject().Select(static p => p.Name));
        Assert.Equal(1, root.GetProperty("completeness").GetProperty("submitted").GetInt32());
        Assert.Equal(("2025-09", "2025-09-19"), (root.GetProperty("period").GetString(), root.GetProperty("asOf").GetString()));
        var p06 = root.GetProperty("dataSets").EnumerateArray().Single(static d => d.GetProperty("code").GetString() == P06.Code);
        Assert.Equal(["code", "dueDate", "recipient", "expected", "submitted", "missing", "reminders", "figures"], p06.EnumerateObject().Select(static p => p.Name));
        var sent = p06.GetProperty("submitted").EnumerateArray().Single();
        Assert.Equal(["unit", "submittedAt", "onTime", "workingDaysLate"], sent.EnumerateObject().Select(static p => p.Name));
        Assert.Equal("2025-09-11T16:00", sent.GetProperty("submittedAt").GetString());
        var figure = p06.GetProperty("figures").EnumerateArray().First(static f => f.GetProperty("value").ValueKind == JsonValueKind.Number);
        Assert.Equal(["element", "aggregation", "value", "units"], figure.EnumerateObject().Select(static p => p.Name));
        Assert.Equal(1, figure.GetProperty("units").GetInt32());
    }

    [Fact]
    public void Completeness_counts_each_report_received_so_a_unit_that_sent_one_of_two_counts_for_that_one()
    {
        var sent = Desk.Check(new Submission
        {
            UnitCode = "SO_YT", DataSetCode = Plan3433.Code, Period = Period(Plan3433), SubmittedAt = new LocalDateTime(2025, 9, 10, 9, 0),
        }).Value;
        var completeness = September(SubmissionRegister.Empty.Add([Desk.Check(Report87()).Value, sent])).Completeness;
        var byCode = completeness.DataSets.ToDictionary(static r => r.DataSet.Code, static r => (r.Submitted.Count, r.Expected.Count));
        // Every owner of a P06 figure and every unit carrying a task must report: the desk's one rule says how many.
        int Due(string code) => Desk.ExpectedReporters(Embedded.DataSets.Find(code)!, Period(Embedded.DataSets.Find(code)!)).Count;
        Assert.Equal((1, Due(P06.Code)), byCode[P06.Code]);
        Assert.Equal((1, Due(Plan3433.Code)), byCode[Plan3433.Code]);
        Assert.Equal((0, Due("BCD.PROGRESS")), byCode["BCD.PROGRESS"]);
        Assert.DoesNotContain("954.PROGRESS", byCode.Keys);
        var due = byCode.Values.Sum(static v => v.Item2);
        Assert.Equal((2, due), (completeness.Submitted, completeness.Expected));
        Assert.Equal(200m / due, completeness.Percent);
    }

    [Fact]
    public void With_nothing_due_completeness_has_no_percentage() =>
        Assert.Null(SubmissionCompleteness.Of([]).Percent);
}
