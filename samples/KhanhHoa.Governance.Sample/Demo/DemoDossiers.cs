using System.Globalization;
using KhanhHoa.Governance.Calendar;
using KhanhHoa.Governance.Organization;
using KhanhHoa.Governance.Primitives;
using KhanhHoa.Governance.Reporting.Import;
using KhanhHoa.Governance.Rollup;
using KhanhHoa.Governance.Sample.Cli;
using KhanhHoa.Governance.Sample.Pipeline;
using KhanhHoa.Governance.Testing;

namespace KhanhHoa.Governance.Sample.Demo;

/// <summary>
/// The SYNTHETIC dossiers of the demo (<c>rollup</c> without <c>--dossiers</c>, and <c>generate</c>): a year of the
/// province's dossiers from the Testing package, calibrated to report 87/BC-BCĐ, received at the units that receive
/// dossiers. <c>rollup</c> generates them straight into a store (the same store the reader makes of their CSV, which
/// <c>generate</c> writes; a test holds the two equal). Every output made from them says SYNTHETIC.
/// </summary>
internal static class DemoDossiers
{
    /// <summary>The seed that makes the default synthetic dossiers (the number of report 87/BC-BCĐ).</summary>
    public const ulong Seed = 87;

    /// <summary>How many synthetic dossiers the demo generates: about a year of the province's dossiers.</summary>
    public const int Count = 1_000_000;

    /// <summary>
    /// The most synthetic dossiers <c>rollup</c> generates: they are held in memory (a store of
    /// <see cref="DossierStore.BytesPerDossier"/> bytes a dossier, and the id set that checks them).
    /// </summary>
    public const int MaxInMemoryCount = 10_000_000;

    /// <summary>The most synthetic dossiers <c>generate</c> writes: they stream to the file, about 110 GB at this count.</summary>
    public const int MaxFileCount = 1_000_000_000;

    /// <summary>The first day a synthetic dossier can be received.</summary>
    public static LocalDate FirstDay => SyntheticDossiers.FirstReceivingDay;

    /// <summary>The last day a synthetic dossier can be received.</summary>
    public static LocalDate LastDay => SyntheticDossiers.LastReceivingDay;

    /// <summary>Where the dossiers of a demo run came from, in words (the report and the summary quote it).</summary>
    public static string Source(ulong seed) =>
        string.Create(CultureInfo.InvariantCulture, $"SYNTHETIC dossiers (seed {seed}, report 87 profile), not real data");

    /// <summary>
    /// The seed the dossiers of <paramref name="period"/> are generated with: <paramref name="seed"/> itself for report
    /// 87's month (2025-09), mixed with the months between for any other period. The dossiers of a run fall on the same
    /// days relative to its period, so without this every period would print the same synthetic figures to the digit.
    /// </summary>
    public static ulong SeedFor(ulong seed, ReportingPeriod period)
    {
        var months = ((period.LastMonth.Year - Report87Month.Year) * 12) + period.LastMonth.Month - Report87Month.Month;
        return unchecked(seed ^ ((ulong)(long)months * 0x9E3779B97F4A7C15UL));
    }

    private static readonly YearMonth Report87Month = new(2025, 9);

    /// <summary>
    /// The first receiving day of synthetic dossiers for months that start on <paramref name="firstDay"/>: a month
    /// earlier, so the first month already carries pending dossiers over, as a real month does.
    /// </summary>
    public static LocalDate WarmUpFrom(LocalDate firstDay) => firstDay.PlusMonths(-1);

    /// <summary>The units that receive dossiers on <paramref name="day"/>: those valid then with no sub-unit valid then (departments and commune-level units), by code.</summary>
    public static IReadOnlyList<string> ReceivingUnits(IReadOnlyList<OrgUnit> units, LocalDate day)
    {
        var valid = units.Where(unit => unit.IsValidOn(day)).ToList();
        var parents = valid.Select(unit => unit.ParentCode).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return [.. valid.Select(unit => unit.Code).Where(code => !parents.Contains(code)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    /// <summary>Writes <paramref name="count"/> dossiers to <paramref name="destination"/> as CSV, reporting progress.</summary>
    public static void WriteCsv(Stream destination, IReadOnlyList<string> units, LocalDate from, LocalDate to, int count, ulong seed, IProgress<double> progress) =>
        SyntheticDossiers.WriteCsv(destination, units, from, to, count, seed, progress: new FractionProgress(count, progress));

    /// <summary>Writes <paramref name="count"/> dossiers to <paramref name="destination"/> as a one-door system's workbook, in <paramref name="map"/>'s headers and words when given.</summary>
    public static void WriteWorkbook(Stream destination, IReadOnlyList<string> units, LocalDate from, LocalDate to, int count, ulong seed, DossierColumnMap? map) =>
        XlsxDossierWriter.Write(destination, SyntheticDossiers.GenerateRecords(units, from, to, count, seed), map);

    /// <summary>
    /// The store of <paramref name="request"/>'s synthetic dossiers, received at <paramref name="units"/>' receiving units
    /// of <paramref name="day"/> from a month before the first period computed to the period's end; bad input when no
    /// unit receives dossiers that day.
    /// </summary>
    public static DossierStore Generate(RollupRequest request, IReadOnlyList<OrgUnit> units, LocalDate day, Terminal terminal)
    {
        // Every period a user can type (ReportingPeriod.Parse: 2001–2099) ends before LastDay.
        var to = request.Period.End;

        var receiving = ReceivingUnits(units, day);
        if (receiving.Count == 0)
        {
            throw InputProblem.From(request.UnitsPath is { } path ? InputFile.Describe(path) : "the embedded org units", [new InputError(0, 0, $"no unit is valid on {day:uuuu-MM-dd} to receive synthetic dossiers")]);
        }

        // The warm-up month before the trend is cut at the store's first day.
        var from = WarmUpFrom(request.Periods.Min(period => period.Start));
        from = from < FirstDay ? FirstDay : from;
        var count = request.SyntheticCount;
        return terminal.Step(string.Create(CultureInfo.InvariantCulture, $"generate {count:N0} synthetic dossiers"), _ =>
            SyntheticDossiers.Generate(receiving, from, to, count, SeedFor(request.SyntheticSeed, request.Period)));
    }
}
