using System.Globalization;
using KhanhHoa.Governance.Calendar;
using KhanhHoa.Governance.Data;
using KhanhHoa.Governance.Organization;
using KhanhHoa.Governance.Primitives;
using KhanhHoa.Governance.Reporting.Import;
using KhanhHoa.Governance.Reporting;
using KhanhHoa.Governance.Rollup;
using KhanhHoa.Governance.Sample.Cli;
using KhanhHoa.Governance.Sample.Demo;

namespace KhanhHoa.Governance.Sample.Pipeline;

/// <summary>
/// From dossiers to measures: the org units (a host's CSV or the embedded hierarchy), the dossiers (a host's file, or in
/// the demo the synthetic province of <see cref="DemoDossiers"/> generated straight into a store), then the engine over
/// the period and the months before it in one aggregation on every core, its partial result kept for merges. Every month is re-based onto the
/// tree of the period's end (<see cref="RollupRebase"/>), so a trend across the reorganisation of 1 July 2025 rolls up
/// on today's units, with the embedded successions moving the dossiers of older units.
/// </summary>
internal sealed class RollupPipeline(GovernanceData data, Terminal terminal)
{
    /// <summary>Runs the pipeline; bad input becomes a <see cref="CliException"/> naming the file, line and field.</summary>
    public RollupOutcome Run(RollupRequest request)
    {
        var (units, rebase) = LoadUnits(request);

        // The period and the hierarchy are checked before any dossier is read, so their errors come at once and blame
        // the right thing: the engine's own checks, the period's before the tree's. The engine is built once, here.
        var created = RollupEngine.Create(units, request.Periods, rebase);
        if (!created.Success)
        {
            throw Blame(request, created.Errors);
        }

        var engine = created.Value;
        // The dossier file is fingerprinted from the bytes the reader takes (a second pass would compete with it).
        var (store, inputs) = request.IsSynthetic ? (ReadDemo(request, units, rebase.Onto), []) : ReadFile(request, units);
        var source = request.IsSynthetic
            ? DemoDossiers.Source(request.SyntheticSeed)
            : request.DossiersPath == InputFile.StandardInput ? InputFile.Describe(request.DossiersPath) : Path.GetFileName(request.DossiersPath!);
        var (partial, result) = terminal.Step(string.Create(CultureInfo.InvariantCulture, $"roll up {request.Periods.Count} periods"), progress =>
            Roll(engine, store, request.KeepDossierIds, progress).Match(rolled => rolled, errors => throw Blame(request, errors)));
        var outcome = new RollupOutcome(request.Period, result, partial, units, store.Count, request.IsSynthetic, source, []);
        return outcome with { Notes = UnallocatedNotes(outcome.Current), Inputs = Inputs(request, source, [.. inputs, .. InputFingerprints.Of([request.UnitsPath])]) };
    }

    // What the report stands on: the files the rollup read, and generated dossiers by their description.
    private static List<ReportInput> Inputs(RollupRequest request, string source, List<ReportInput> inputs)
    {
        if (request.IsSynthetic)
        {
            var generated = string.Create(CultureInfo.InvariantCulture, $"{source}: {request.SyntheticCount} dossiers");
            inputs.Insert(0, ReportInput.Of(generated, System.Text.Encoding.UTF8.GetBytes(generated)));
        }

        return inputs;
    }

    /// <summary>What a re-base left unallocated in the period, for the reader of the report.</summary>
    public static IReadOnlyList<string> UnallocatedNotes(PeriodRollup period) =>
        [.. period.Unallocated.Select(unit => string.Create(CultureInfo.InvariantCulture,
            $"{unit.Measures.Received:N0} dossiers received in {period.Period.Id} by {unit.UnitCode} are in no unit's figures: {unit.Reason}"))];

    // Which input an engine error is about: the period (bad usage), the tree (the units file) or the dossiers.
    private static CliException Blame(RollupRequest request, IReadOnlyList<InputError> errors) => errors[0].Field switch
    {
        "periods" => CliException.BadUsage($"--period '{request.Period.Id}': {errors[0].Message}."),
        "parent_code" or "code" or "valid_to" => InputProblem.From(request.UnitsPath is { } units ? InputFile.Describe(units) : "the embedded org units", errors),
        _ => InputProblem.From(request.DossiersPath is { } dossiers ? InputFile.Describe(dossiers) : "the synthetic dossiers", errors),
    };

    // A host's units are re-based onto the period's end; the embedded hierarchy onto today's province (see
    // EmbeddedProvince.RebaseDay), its successions moving the dossiers of the units before 1 July 2025.
    // The command has put a host's units in the data (WithUnits).
    private (IReadOnlyList<OrgUnit> Units, RollupRebase Rebase) LoadUnits(RollupRequest request) => request.UnitsPath is not null
        ? (data.OrgUnits.Units, new RollupRebase(request.Period.End, []))
        : (data.OrgUnits.Units, new RollupRebase(EmbeddedProvince.RebaseDay(data.OrgUnits, request.Period.End), data.OrgUnits.Successions));

    /// <summary>
    /// <paramref name="data"/> with the units of <c>--units</c> as its organisation (unchanged without it), or bad input
    /// naming the file, line and field: the tree is checked as the engine checks it, before anything else reads it.
    /// </summary>
    public static GovernanceData WithUnits(GovernanceData data, RollupRequest request, Terminal terminal)
    {
        if (request.UnitsPath is not { } path)
        {
            return data;
        }

        var units = ReadUnits(path, terminal);
        if (RollupEngine.Create(units, [request.Period], new RollupRebase(request.Period.End, [])) is { Success: false } rejected)
        {
            throw Blame(request, rejected.Errors);
        }

        return WithTree(data, units, request.Period.End, InputFile.Describe(path));
    }

    /// <summary>
    /// <paramref name="data"/> with <paramref name="units"/> as its organisation, or bad input blaming <paramref name="source"/>.
    /// The units contract lets a code carry several records of different validity (a unit moved under another parent);
    /// the desk knows a unit by its code, so each code keeps its record valid on <paramref name="asOf"/>, else its latest.
    /// </summary>
    public static GovernanceData WithTree(GovernanceData data, IReadOnlyList<OrgUnit> units, LocalDate asOf, string source) =>
        data.WithOrgUnits(OrgHierarchy.Create(
                units.GroupBy(static unit => unit.Code, StringComparer.Ordinal)
                    .Select(records => records.OrderByDescending(unit => unit.IsValidOn(asOf)).ThenByDescending(static unit => unit.ValidFrom ?? LocalDate.MinIsoValue).First()),
                [])
            .Match(tree => tree, errors => throw InputProblem.From(source, errors)));

    /// <summary>Reads the org-units CSV of <c>--units</c>, or fails as bad input naming the file, line and field.</summary>
    public static IReadOnlyList<OrgUnit> ReadUnits(string path, Terminal terminal)
    {
        using var stream = InputFile.OpenRead(path, "--units", terminal);
        return OrgUnitCsvReader.Read(stream).Match(units => units, errors => throw InputProblem.From(InputFile.Describe(path), errors));
    }

    private DossierStore ReadDemo(RollupRequest request, IReadOnlyList<OrgUnit> units, LocalDate day) =>
        DemoDossiers.Generate(request, units, day, terminal);

    // The library tells the format by the bytes (CSV, JSON lines or an Excel workbook) and checks the extension.
    private (DossierStore Store, IEnumerable<ReportInput> Fingerprint) ReadFile(RollupRequest request, IReadOnlyList<OrgUnit> units)
    {
        var path = request.DossiersPath!;
        var options = DossierReadOptions.ForUnits(units) with { ColumnMap = request.MapPath is { } map ? LoadMap(map) : null };
        using var file = new FingerprintingStream(InputFile.OpenRead(path, "--dossiers", terminal));
        var name = path == InputFile.StandardInput ? null : Path.GetFileName(path);
        var label = name ?? "dossiers from standard input";

        // A pipe or FIFO has no length: its progress bar stays empty until the end.
        var length = file.CanSeek ? file.Length : 0;
        var read = terminal.Step($"read {label}", progress => DossierFileReader.Read(file, name, options with { Progress = new FractionProgress(length, progress) }, request.Sheet));
        return read.Success ? (read.Value, InputFingerprints.Of(path, file).ToList()) : throw InputProblem.From(InputFile.Describe(path), read.Errors, read.ErrorCount);
    }

    private DossierColumnMap LoadMap(string path) =>
        GovernanceDataLoader.LoadDossierColumnMap(InputFile.ReadAllBytes(path, "--map", terminal)).Match(map => map, errors => throw InputProblem.From(InputFile.Describe(path), errors));

    // The whole store in one aggregation on every core (the engine splits it into chunks itself), then completed.
    private static InputResult<(RollupPartial Partial, RollupResult Result)> Roll(RollupEngine engine, DossierStore store, bool keepDossierIds, IProgress<double> progress)
    {
        var partial = engine.Aggregate(store, 0, store.Count, keepDossierIds: keepDossierIds);
        if (!partial.Success)
        {
            return partial.ConvertError<(RollupPartial, RollupResult)>();
        }

        var completed = engine.Complete(partial.Value);
        progress.Report(1);
        return completed.Success
            ? InputResult<(RollupPartial, RollupResult)>.ForValue((partial.Value, completed.Value))
            : completed.ConvertError<(RollupPartial, RollupResult)>();
    }
}
