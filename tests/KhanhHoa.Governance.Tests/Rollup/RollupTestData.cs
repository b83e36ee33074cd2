using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using KhanhHoa.Governance.Calendar;
using KhanhHoa.Governance.Organization;
using KhanhHoa.Governance.Rollup;

namespace KhanhHoa.Governance.Tests.Rollup;

/// <summary>Random hierarchies, periods and dossiers from a seed, for the property tests.</summary>
internal static class RollupTestData
{
    public static readonly LocalDate From = new(2024, 11, 1);

    /// <summary>The seeds the property tests draw their random data from.</summary>
    public static Arbitrary<int> Seeds => Gen.Choose(0, int.MaxValue - 1).ToArbitrary();
    public static readonly LocalDate To = new(2025, 12, 31);

    public static List<OrgUnit> Hierarchy(Random random, int count)
    {
        var units = new List<OrgUnit> { new() { Code = "P", Name = "Province" } };
        for (var i = 1; i < count; i++)
        {
            var parent = units[random.Next(units.Count)].Code;
            units.Add(new OrgUnit { Code = $"U{i:D3}", Name = $"Unit {i}", ParentCode = parent });
        }

        return units;
    }

    /// <summary>
    /// A hierarchy whose units (all but the root) exist for part of the time: each draws a random <c>ValidFrom</c>
    /// and/or <c>ValidTo</c> inside its parent's validity (a unit never outlives its parent), within <paramref name="from"/>
    /// to <paramref name="to"/>, so that the tree changes between periods and inside them.
    /// </summary>
    public static List<OrgUnit> EffectiveDatedHierarchy(Random random, int count, LocalDate from, LocalDate to)
    {
        var units = new List<OrgUnit> { new() { Code = "P", Name = "Province" } };
        for (var i = 1; i < count; i++)
        {
            var parent = units[random.Next(units.Count)];
            var low = parent.ValidFrom ?? from;
            var high = parent.ValidTo ?? to;
            var a = low.PlusDays(random.Next(Period.DaysBetween(low, high) + 1));
            var b = low.PlusDays(random.Next(Period.DaysBetween(low, high) + 1));
            var (start, end) = a <= b ? (a, b) : (b, a);
            units.Add(new OrgUnit
            {
                Code = $"U{i:D3}",
                Name = $"Unit {i}",
                ParentCode = parent.Code,
                ValidFrom = random.Next(3) == 0 ? parent.ValidFrom : start,
                ValidTo = random.Next(3) == 0 ? parent.ValidTo : end,
            });
        }

        return units;
    }

    /// <summary>Periods in 2025.</summary>
    public static List<ReportingPeriod> Periods(Random random, int count) => Periods(random, count, 2025, 2025);

    /// <summary>Periods of any kind and cut-off in the years <paramref name="firstYear"/> to <paramref name="lastYear"/>.</summary>
    public static List<ReportingPeriod> Periods(Random random, int count, int firstYear, int lastYear)
    {
        var periods = new List<ReportingPeriod>();
        for (var i = 0; i < count; i++)
        {
            var cutoff = random.Next(3) switch { 0 => CutoffRule.Administrative, 1 => CutoffRule.CalendarMonth, _ => CutoffRule.OnDay(random.Next(1, 29)) };
            var year = random.Next(firstYear, lastYear + 1);
            periods.Add(random.Next(4) switch
            {
                0 => ReportingPeriod.Quarter(year, random.Next(1, 5), cutoff),
                1 => ReportingPeriod.HalfYear(year, random.Next(1, 3), cutoff),
                _ => ReportingPeriod.Month(year, random.Next(1, 13), cutoff),
            });
        }

        return periods;
    }

    /// <summary>Dossiers received from <see cref="From"/> to <see cref="To"/> (November 2024 to 2025).</summary>
    public static List<DossierRecord> Records(Random random, IReadOnlyList<OrgUnit> units, int count) => Records(random, units, count, From, To);

    /// <summary>Dossiers of random units, received from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static List<DossierRecord> Records(Random random, IReadOnlyList<OrgUnit> units, int count, LocalDate from, LocalDate to)
    {
        var span = Period.DaysBetween(from, to);
        var records = new List<DossierRecord>(count);
        for (var i = 0; i < count; i++)
        {
            var received = from.PlusDays(random.Next(span + 1)).At(new LocalTime(random.Next(24), random.Next(60)));
            LocalDateTime? finished = random.Next(5) == 0 ? null : received.PlusMinutes(random.Next(0, 60 * 24 * 40));
            records.Add(new DossierRecord
            {
                DossierId = $"D{i}",
                UnitCode = units[random.Next(units.Count)].Code,
                ProcedureCode = $"T{random.Next(20)}",
                ServiceLevel = (ServiceLevel)random.Next(3),
                Channel = (FilingChannel)random.Next(3),
                ReceivedAt = received,
                DueDate = received.Date.PlusDays(random.Next(-2, 30)),
                FinishedAt = finished,
                SupplementRequests = random.Next(4),
                Digitized = random.Next(2) == 1,
                EResult = random.Next(2) == 1,
                ReusedData = random.Next(2) == 1,
                IdLinked = random.Next(2) == 1,
                FeeRequired = random.Next(2) == 1,
                PaidOnline = random.Next(2) == 1,
            });
        }

        return records;
    }

    /// <summary>
    /// The same dossiers moved inside their unit's validity: received on a day the unit exists, and, where the unit
    /// ends, finished by its last day, so that no dossier is counted in a period without its unit.
    /// </summary>
    public static List<DossierRecord> WithinValidity(Random random, IReadOnlyList<DossierRecord> records, IReadOnlyList<OrgUnit> units, LocalDate from, LocalDate to)
    {
        var byCode = units.ToDictionary(u => u.Code);
        return [.. records.Select(r =>
        {
            var unit = byCode[r.UnitCode];
            var first = unit.ValidFrom is { } f && f > from ? f : from;
            var last = unit.ValidTo is { } t && t < to ? t : to;
            var received = first.PlusDays(random.Next(Period.DaysBetween(first, last) + 1)).At(r.ReceivedAt.TimeOfDay);
            LocalDateTime? finished = unit.ValidTo is { } end
                ? received.Date.PlusDays(random.Next(Period.DaysBetween(received.Date, end) + 1)).At(received.TimeOfDay)
                : r.FinishedAt is { } done ? received + (done - r.ReceivedAt) : (LocalDateTime?)null;
            return r with { ReceivedAt = received, FinishedAt = finished, DueDate = received.Date + (r.DueDate - r.ReceivedAt.Date) };
        })];
    }

    public static DossierStore Store(IEnumerable<DossierRecord> records) =>
        DossierStore.FromRecords(records).GetValueOrThrow();

    public static RollupEngine Engine(IReadOnlyList<OrgUnit> units, IReadOnlyList<ReportingPeriod> periods) =>
        RollupEngine.Create(units, periods).Match(e => e, errors => throw new InvalidOperationException(string.Join("; ", errors)));

    public static RollupResult Run(RollupEngine engine, DossierStore store, int threads = 1) =>
        engine.Run(store, threads).Match(r => r, errors => throw new InvalidOperationException(string.Join("; ", errors)));

    public static RollupResult Complete(RollupEngine engine, RollupPartial partial) =>
        engine.Complete(partial).Match(r => r, errors => throw new InvalidOperationException(string.Join("; ", errors)));

    public static RollupPartial Aggregate(RollupEngine engine, DossierStore store, int start, int count) =>
        engine.Aggregate(store, start, count, 1).Match(p => p, errors => throw new InvalidOperationException(string.Join("; ", errors)));

    public static string Json(RollupResult result) => System.Text.Encoding.UTF8.GetString(RollupJsonWriter.ToUtf8Bytes(result));

    public static IReadOnlyList<OrgUnit> Communes(int communes, int departments)
    {
        var units = new List<OrgUnit> { new() { Code = "KH", Name = "Khánh Hòa" } };
        units.AddRange(Enumerable.Range(1, departments).Select(i => new OrgUnit { Code = $"S{i:D2}", Name = $"Sở {i}", ParentCode = "KH" }));
        units.AddRange(Enumerable.Range(1, communes).Select(i => new OrgUnit { Code = $"X{i:D2}", Name = $"Xã {i}", ParentCode = "KH" }));
        return units;
    }
}
