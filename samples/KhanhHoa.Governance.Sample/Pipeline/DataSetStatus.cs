using KhanhHoa.Governance.Calendar;
using KhanhHoa.Governance.Data;
using KhanhHoa.Governance.Submissions;

namespace KhanhHoa.Governance.Sample.Pipeline;

/// <summary>One data set's reporting rate for a period and the province totals of its submitted figures.</summary>
internal sealed record DataSetStatus(ReportingRate Rate, IReadOnlyList<ElementTotal> Figures)
{
    /// <summary>
    /// Every data set reported for periods like <paramref name="periodId"/> (each reads it under its own cut-off), with
    /// its rate and its figures summed up the hierarchy to the province.
    /// </summary>
    public static IReadOnlyList<DataSetStatus> Take(SubmissionDesk desk, SubmissionRegister register, string periodId, BusinessCalendar calendar, LocalDate asOf)
    {
        var statuses = new List<DataSetStatus>();
        foreach (var dataSet in desk.DataSets.DataSets)
        {
            if (!dataSet.ParsePeriod(periodId).TryPickT0(out var period, out _))
            {
                continue;
            }

            var tree = desk.Units.AsOf(period.End);
            var root = tree.Roots.First().Code;
            var figures = SubmissionAggregation.Aggregate(dataSet, register.CurrentFor(dataSet.Code, period), tree, root);
            statuses.Add(new DataSetStatus(ReportingRate.Take(dataSet, period, register, desk, calendar, asOf), figures));
        }

        return statuses;
    }
}
