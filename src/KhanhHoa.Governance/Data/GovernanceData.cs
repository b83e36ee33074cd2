using KhanhHoa.Governance.Indicators;
using KhanhHoa.Governance.Json;
using KhanhHoa.Governance.Organization;
using KhanhHoa.Governance.Submissions;
using KhanhHoa.Governance.Tasks;

namespace KhanhHoa.Governance.Data;

/// <summary>
/// Agencies, the organisation hierarchy, plans, the indicator catalog and a report's printed figures, loaded together.
/// <see cref="Default"/> is the data shipped with the library: the agencies and commune-level units of Khánh Hòa after
/// 1 July 2025 with their predecessors, the tasks of the four seed plans (3433/KH-UBND, the August 2025 letter
/// /UBND-KGVX, 954/QĐ-UBND and the steering committee's 2025 plan), the indicator catalog with every target of the
/// seeds, and the figures of report 87/BC-BCĐ with their consistency rules, so that
/// <c>GovernanceData.Default.ReportFigures.Check()</c> lists the report's own contradictions. Another province loads
/// its own files with <see cref="Load(ReadOnlySpan{byte}, ReadOnlySpan{byte}, ReadOnlySpan{byte}, ReadOnlySpan{byte}, ReadOnlySpan{byte})"/>.
/// </summary>
/// <threadsafety>Immutable; safe to share between threads. <see cref="Default"/> is created once, on first use.</threadsafety>
public sealed class GovernanceData
{
    /// <summary>
    /// The names of the embedded resources, in the parameter order of
    /// <see cref="Load(ReadOnlySpan{byte}, ReadOnlySpan{byte}, ReadOnlySpan{byte}, ReadOnlySpan{byte}, ReadOnlySpan{byte})"/>:
    /// agencies, org units, plans, indicator catalog, report 87's figures.
    /// </summary>
    internal static IReadOnlyList<string> ResourceNames { get; } =
    [
        "KhanhHoa.Governance.Data.agencies.json", "KhanhHoa.Governance.Data.org-units.json", "KhanhHoa.Governance.Data.plans.json",
        IndicatorCatalogResource, ReportFiguresResource,
    ];

    /// <summary>The embedded indicator catalog's resource name.</summary>
    internal const string IndicatorCatalogResource = "KhanhHoa.Governance.Data.indicator-catalog.json";

    /// <summary>The embedded resource name of report 87's figures.</summary>
    internal const string ReportFiguresResource = "KhanhHoa.Governance.Data.report-87-figures.json";

    /// <summary>The embedded data sets (<see cref="DataSets"/>).</summary>
    internal const string DataSetsResourceName = "KhanhHoa.Governance.Data.data-sets.json";

    /// <summary>The name under which a data-sets file takes <see cref="ReportFigures"/>' consistency rules (<c>"ruleSets": ["report-figures"]</c>).</summary>
    public const string ReportFiguresRuleSet = "report-figures";

    private static readonly Lazy<GovernanceData> DefaultData = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    private GovernanceData(AgencyRegistry agencies, OrgHierarchy orgUnits, IReadOnlyList<Plan> plans, IndicatorCatalog indicators, ReportFigureSet reportFigures, Func<DataSetCatalog>? dataSets = null)
    {
        Agencies = agencies;
        OrgUnits = orgUnits;
        Plans = plans;
        Indicators = indicators;
        ReportFigures = reportFigures;
        this.dataSets = new(dataSets ?? (() => EmbeddedJson.Load(DataSetsResourceName, LoadDataSets)), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    private readonly Lazy<DataSetCatalog> dataSets;

    /// <summary>The data embedded in the library.</summary>
    /// <exception cref="InvalidOperationException">The embedded resources are missing or invalid (a build defect; tests guard against it).</exception>
    public static GovernanceData Default => DefaultData.Value;

    /// <summary>The agency registry.</summary>
    public AgencyRegistry Agencies { get; }

    /// <summary>The effective-dated organisation hierarchy.</summary>
    public OrgHierarchy OrgUnits { get; }

    /// <summary>The plans, in file order.</summary>
    public IReadOnlyList<Plan> Plans { get; }

    /// <summary>The indicator catalog: definitions, targets and composite indexes.</summary>
    public IndicatorCatalog Indicators { get; }

    /// <summary>
    /// A report's printed figures with the consistency rules over them; in <see cref="Default"/>, report 87/BC-BCĐ
    /// (19/9/2025, Project 06, Khánh Hòa), whose <see cref="ReportFigureSet.Check"/> lists its contradictions.
    /// </summary>
    public ReportFigureSet ReportFigures { get; }

    /// <summary>
    /// The data sets units report (embedded <c>data-sets.json</c>): the Project 06 monthly figures, whose elements are every
    /// figure of <see cref="ReportFigures"/> with its rules as entry rules, and the monthly progress reports on the plans'
    /// tasks; read against these <see cref="Plans"/> on first use.
    /// </summary>
    /// <exception cref="InvalidOperationException">
    /// The embedded data sets do not fit this data (a host's plans without the seeds' plan ids): load the host's own with
    /// <see cref="LoadDataSets"/>.
    /// </exception>
    public DataSetCatalog DataSets => dataSets.Value;

    /// <summary>Loads a host's data sets against these plans and report figures (format: <c>schemas/data-sets.v1.schema.json</c>).</summary>
    /// <param name="utf8Json">The data-sets file (UTF-8).</param>
    /// <returns>The catalog, or every error with its JSON path, line and column; nothing loaded on any error.</returns>
    public InputResult<DataSetCatalog> LoadDataSets(ReadOnlySpan<byte> utf8Json) =>
        GovernanceDataLoader.LoadDataSets(utf8Json, Plans, new Dictionary<string, IReadOnlyList<ConsistencyRule>>(StringComparer.Ordinal) { [ReportFiguresRuleSet] = ReportFigures.Rules });

    /// <summary>The plan with id or number <paramref name="idOrNumber"/> ("3433/KH-UBND"), or <see langword="null"/>.</summary>
    /// <param name="idOrNumber">A plan id, or the document number of the plan.</param>
    /// <returns>The plan.</returns>
    public Plan? FindPlan(string idOrNumber) =>
        Plans.FirstOrDefault(p => p.Id == idOrNumber) ?? Plans.FirstOrDefault(p => !p.Directive.Number.IsDraft && p.Directive.Number.ToString() == idOrNumber);

    /// <summary>This data with other plans (a host's own, or plans imported from its documents) in place of its plans.</summary>
    /// <param name="plans">The plans, their agency cells resolved through <paramref name="agencies"/>.</param>
    /// <param name="agencies">The registry the plans were read with, when it is not <see cref="Agencies"/>.</param>
    /// <returns>
    /// The same organisation, indicator catalog and report figures, with <paramref name="plans"/>; of this data's data
    /// sets, those that name no plan or a plan still present, and one derived for each plan without one
    /// (<see cref="DataSetCatalog.WithProgressFor"/>; a host loads its own with <see cref="LoadDataSets"/>).
    /// </returns>
    public GovernanceData WithPlans(IEnumerable<Plan> plans, AgencyRegistry? agencies = null)
    {
        ArgumentNullException.ThrowIfNull(plans);
        List<Plan> kept = [.. plans];
        var ids = kept.Select(static p => p.Id).ToHashSet(StringComparer.Ordinal);
        return new GovernanceData(agencies ?? Agencies, OrgUnits, kept, Indicators, ReportFigures, () => new DataSetCatalog(
            [.. DataSets.DataSets.Where(d => d.PlanId is null || ids.Contains(d.PlanId))], DataSets.Collectives, DataSets.DefaultProgress).WithProgressFor(kept));
    }

    /// <summary>
    /// This data with a host's plans added to its plans (a plan of an id already present replaces that one), each added
    /// plan without a progress data set given one (<see cref="DataSetCatalog.WithProgressFor"/>).
    /// </summary>
    /// <param name="plans">The plans, their agency cells resolved through <paramref name="agencies"/>.</param>
    /// <param name="agencies">The registry the plans were read with, when it is not <see cref="Agencies"/>.</param>
    /// <returns>The same organisation, indicator catalog and report figures, with these plans and those plans.</returns>
    public GovernanceData AddPlans(IEnumerable<Plan> plans, AgencyRegistry? agencies = null)
    {
        ArgumentNullException.ThrowIfNull(plans);
        List<Plan> added = [.. plans];
        var ids = added.Select(static p => p.Id).ToHashSet(StringComparer.Ordinal);
        List<Plan> all = [.. Plans.Where(p => !ids.Contains(p.Id)), .. added];
        return new GovernanceData(agencies ?? Agencies, OrgUnits, all, Indicators, ReportFigures, () => DataSets.WithProgressFor(added));
    }

    /// <summary>
    /// This data with a host's own organisation in place of its organisation: the units a run's submissions are checked
    /// against and counted for (a tree without the embedded province's units expects none of their reports, and refuses
    /// them as units it does not know).
    /// </summary>
    /// <param name="orgUnits">The organisation, checked by <see cref="OrgHierarchy.Create"/>.</param>
    /// <returns>The same agencies, plans, data sets, indicator catalog and report figures, with <paramref name="orgUnits"/>.</returns>
    public GovernanceData WithOrgUnits(OrgHierarchy orgUnits)
    {
        ArgumentNullException.ThrowIfNull(orgUnits);
        return new GovernanceData(Agencies, orgUnits, Plans, Indicators, ReportFigures, () => DataSets);
    }

    /// <summary>This data with a host's own indicator catalog in place of its catalog.</summary>
    /// <param name="indicators">The catalog.</param>
    /// <returns>The same agencies, organisation, plans and report figures, with <paramref name="indicators"/>.</returns>
    public GovernanceData WithIndicators(IndicatorCatalog indicators)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        return new GovernanceData(Agencies, OrgUnits, Plans, indicators, ReportFigures, () => DataSets);
    }

    /// <summary>
    /// Loads a host's own agencies, organisation and plans (same format as the embedded resources), with the embedded
    /// indicator catalog and report 87's figures.
    /// </summary>
    /// <param name="agenciesJson">The agencies file (UTF-8).</param>
    /// <param name="orgUnitsJson">The organisation file (UTF-8).</param>
    /// <param name="plansJson">The plans file (UTF-8).</param>
    /// <returns>The data, or every error of every file (each error's <see cref="InputError.Source"/> is the file it belongs to).</returns>
    public static InputResult<GovernanceData> Load(ReadOnlySpan<byte> agenciesJson, ReadOnlySpan<byte> orgUnitsJson, ReadOnlySpan<byte> plansJson)
    {
        var errors = new List<InputError>();
        var core = LoadCore(agenciesJson, orgUnitsJson, plansJson, errors);
        return errors.Count > 0 ? InputResult<GovernanceData>.ForErrors(errors) : InputResult<GovernanceData>.ForValue(new GovernanceData(core.Agencies!, core.OrgUnits!, core.Plans!, Default.Indicators, Default.ReportFigures));
    }

    /// <summary>Loads a host's own files, all five (the formats of the embedded defaults in Data/Resources).</summary>
    /// <param name="agenciesJson">The agencies file (UTF-8).</param>
    /// <param name="orgUnitsJson">The organisation file (UTF-8).</param>
    /// <param name="plansJson">The plans file (UTF-8).</param>
    /// <param name="indicatorCatalogJson">The indicator catalog (UTF-8; format of <see cref="GovernanceDataLoader.LoadIndicatorCatalog"/>).</param>
    /// <param name="reportFiguresJson">A report's figures and rules (UTF-8; format of <see cref="GovernanceDataLoader.LoadReportFigures"/>).</param>
    /// <returns>
    /// The data, or every error of every file, nothing loaded: each error's <see cref="InputError.Source"/> is its file
    /// (<c>agencies</c>, <c>org-units</c>, <c>plans</c>, <c>indicator-catalog</c>, <c>report-figures</c>).
    /// </returns>
    public static InputResult<GovernanceData> Load(
        ReadOnlySpan<byte> agenciesJson,
        ReadOnlySpan<byte> orgUnitsJson,
        ReadOnlySpan<byte> plansJson,
        ReadOnlySpan<byte> indicatorCatalogJson,
        ReadOnlySpan<byte> reportFiguresJson)
    {
        var errors = new List<InputError>();
        var core = LoadCore(agenciesJson, orgUnitsJson, plansJson, errors);
        var catalog = Collect(GovernanceDataLoader.LoadIndicatorCatalog(indicatorCatalogJson), "indicator-catalog", errors);
        var figures = Collect(GovernanceDataLoader.LoadReportFigures(reportFiguresJson), "report-figures", errors);
        return errors.Count > 0 ? InputResult<GovernanceData>.ForErrors(errors) : InputResult<GovernanceData>.ForValue(new GovernanceData(core.Agencies!, core.OrgUnits!, core.Plans!, catalog!, figures!));
    }

    private static (AgencyRegistry? Agencies, OrgHierarchy? OrgUnits, IReadOnlyList<Plan>? Plans) LoadCore(
        ReadOnlySpan<byte> agenciesJson, ReadOnlySpan<byte> orgUnitsJson, ReadOnlySpan<byte> plansJson, List<InputError> errors)
    {
        var registry = Collect(GovernanceDataLoader.LoadAgencies(agenciesJson), "agencies", errors);
        var hierarchy = Collect(GovernanceDataLoader.LoadOrgHierarchy(orgUnitsJson), "org-units", errors);

        // Plans name agencies, so without a registry they cannot be checked.
        var planList = registry is null ? null : Collect(GovernanceDataLoader.LoadPlans(plansJson, registry), "plans", errors);
        return (registry, hierarchy, planList);
    }

    private static T? Collect<T>(InputResult<T> result, string file, List<InputError> errors)
        where T : class
    {
        if (result.TryGetValue(out var value))
        {
            return value;
        }

        errors.AddRange(result.WithSource(file).Errors);
        return null;
    }

    private static GovernanceData LoadDefault()
    {
        var files = ResourceNames.Select(EmbeddedJson.Read).ToArray();
        var result = Load(files[0], files[1], files[2], files[3], files[4]);
        return result.Success
            ? result.Value
            : throw new InvalidOperationException("The embedded governance data is invalid: " + string.Join("; ", result.Errors));
    }
}
