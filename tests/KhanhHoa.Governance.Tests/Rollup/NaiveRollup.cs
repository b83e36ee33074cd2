using NodaTime;
using KhanhHoa.Governance.Calendar;
using KhanhHoa.Governance.Indicators;
using KhanhHoa.Governance.Organization;
using KhanhHoa.Governance.Rollup;

namespace KhanhHoa.Governance.Tests.Rollup;

/// <summary>The reference: each measure computed straight from its definition with LINQ over rows, then summed over subtrees.</summary>
internal static class NaiveRollup
{
    public static Dictionary<string, long[]> Compute(IReadOnlyList<DossierRecord> records, IReadOnlyList<OrgUnit> units, ReportingPeriod period)
    {
        var start = period.Start;
        var end = period.End;
        var members = units.Where(u => (u.ValidFrom is not { } f || f <= end) && (u.ValidTo is not { } t || t >= start)).ToList();
        var own = members.ToDictionary(u => u.Code, u => Own(records.Where(r => r.UnitCode == u.Code).ToList(), start, end));
        var result = new Dictionary<string, long[]>();
        foreach (var unit in members)
        {
            var sum = new long[DossierMeasures.Count];
            foreach (var other in members.Where(m => IsSelfOrDescendant(m, unit.Code, members)))
            {
                for (var i = 0; i < sum.Length; i++)
                {
                    sum[i] += own[other.Code][i];
                }
            }

            result[unit.Code] = sum;
        }

        return result;
    }

    /// <summary>The units not valid in the period that still have dossiers counted in it (the engine refuses them).</summary>
    public static IEnumerable<string> Outsiders(IReadOnlyList<DossierRecord> records, IReadOnlyList<OrgUnit> units, ReportingPeriod period) =>
        units.Where(u => !((u.ValidFrom is not { } f || f <= period.End) && (u.ValidTo is not { } t || t >= period.Start)))
            .Where(u => Own(records.Where(r => r.UnitCode == u.Code).ToList(), period.Start, period.End).Any(v => v != 0))
            .Select(u => u.Code);

    public static long[] Own(IReadOnlyList<DossierRecord> rows, LocalDate start, LocalDate end)
    {
        bool In(LocalDate d) => d >= start && d <= end;
        var received = rows.Where(r => In(r.ReceivedAt.Date)).ToList();
        var resolved = rows.Where(r => r.FinishedAt is { } f && In(f.Date)).ToList();
        var onTime = resolved.Count(r => r.FinishedAt!.Value.Date <= r.DueDate && r.SupplementRequests <= 1);
        var pending = rows.Where(r => r.ReceivedAt.Date <= end && (r.FinishedAt is null || r.FinishedAt.Value.Date > end)).ToList();
        var values = new long[DossierMeasures.Count];
        values[(int)DossierMeasure.Received] = received.Count;
        values[(int)DossierMeasure.ReceivedOnline] = received.Count(r => r.Channel == FilingChannel.Online);
        values[(int)DossierMeasure.ReceivedFullOnline] = received.Count(r => r.Channel == FilingChannel.Online && r.ServiceLevel == ServiceLevel.Full);
        values[(int)DossierMeasure.ReceivedFullEligible] = received.Count(r => r.ServiceLevel == ServiceLevel.Full);
        values[(int)DossierMeasure.Resolved] = resolved.Count;
        values[(int)DossierMeasure.ResolvedOnTime] = onTime;
        values[(int)DossierMeasure.ResolvedLate] = resolved.Count - onTime;
        values[(int)DossierMeasure.PendingEnd] = pending.Count;
        values[(int)DossierMeasure.PendingOverdueEnd] = pending.Count(r => r.DueDate < end);
        values[(int)DossierMeasure.Digitized] = received.Count(r => r.Digitized);
        values[(int)DossierMeasure.ReusedData] = received.Count(r => r.ReusedData);
        values[(int)DossierMeasure.IdLinked] = received.Count(r => r.IdLinked);
        values[(int)DossierMeasure.FeeRequired] = received.Count(r => r.FeeRequired);
        values[(int)DossierMeasure.PaidOnline] = received.Count(r => r.FeeRequired && r.PaidOnline);
        values[(int)DossierMeasure.EResult] = resolved.Count(r => r.EResult);
        return values;
    }

    private static bool IsSelfOrDescendant(OrgUnit unit, string ancestor, List<OrgUnit> members)
    {
        for (var current = unit; current is not null; current = members.FirstOrDefault(m => m.Code == current.ParentCode))
        {
            if (current.Code == ancestor)
            {
                return true;
            }
        }

        return false;
    }
}
