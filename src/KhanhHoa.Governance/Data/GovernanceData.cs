using KhanhHoa.Governance.Organization;
using KhanhHoa.Governance.Tasks;
using OneOf;

namespace KhanhHoa.Governance.Data;

/// <summary>
/// Agencies, the organisation hierarchy and plans, loaded together. <see cref="Default"/> is the data shipped with
/// the library: the agencies and commune-level units of Khánh Hòa after 1 July 2025 with their predecessors, and the
/// tasks of the four seed plans (3433/KH-UBND, the August 2025 letter /UBND-KGVX, 954/QĐ-UBND and the steering
/// committee's 2025 plan). Another province loads its own files with <see cref="Load"/>.
/// </summary>
/// <threadsafety>Immutable; safe to share between threads. <see cref="Default"/> is created once, on first use.</threadsafety>
public sealed class GovernanceData
{
    /// <summary>The names of the embedded resources, in load order.</summary>
    public static IReadOnlyList<string> ResourceNames { get; } =
        ["KhanhHoa.Governance.Data.agencies.json", "KhanhHoa.Governance.Data.org-units.json", "KhanhHoa.Governance.Data.plans.json"];

    private static readonly Lazy<GovernanceData> DefaultData = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    private GovernanceData(AgencyRegistry agencies, OrgHierarchy orgUnits, IReadOnlyList<Plan> plans)
    {
        Agencies = agencies;
        OrgUnits = orgUnits;
        Plans = plans;
    }

    /// <summary>The data embedded in the library.</summary>
    /// <exception cref="InvalidOperationException">The embedded resources are missing or invalid (a build defect; tests guard against it).</exception>
    public static GovernanceData Default => DefaultData.Value;

    /// <summary>The agency registry.</summary>
    public AgencyRegistry Agencies { get; }

    /// <summary>The effective-dated organisation hierarchy.</summary>
    public OrgHierarchy OrgUnits { get; }

    /// <summary>The plans, in file order.</summary>
    public IReadOnlyList<Plan> Plans { get; }

    /// <summary>The plan with id or number <paramref name="idOrNumber"/> ("3433/KH-UBND"), or <see langword="null"/>.</summary>
    /// <param name="idOrNumber">A plan id, or the document number of the plan.</param>
    /// <returns>The plan.</returns>
    public Plan? FindPlan(string idOrNumber) =>
        Plans.FirstOrDefault(p => p.Id == idOrNumber) ?? Plans.FirstOrDefault(p => !p.Directive.Number.IsDraft && p.Directive.Number.ToString() == idOrNumber);

    /// <summary>Loads a host's own files (same format as the embedded resources).</summary>
    /// <param name="agenciesJson">The agencies file (UTF-8).</param>
    /// <param name="orgUnitsJson">The organisation file (UTF-8).</param>
    /// <param name="plansJson">The plans file (UTF-8).</param>
    /// <returns>The data, or every error of every file (each error's path starts with the file it belongs to).</returns>
    public static OneOf<GovernanceData, IReadOnlyList<DataLoadError>> Load(ReadOnlySpan<byte> agenciesJson, ReadOnlySpan<byte> orgUnitsJson, ReadOnlySpan<byte> plansJson)
    {
        var errors = new List<DataLoadError>();
        var agencies = GovernanceDataLoader.LoadAgencies(agenciesJson);
        var org = GovernanceDataLoader.LoadOrgHierarchy(orgUnitsJson);
        if (agencies.TryPickT1(out var agencyErrors, out var registry))
        {
            errors.AddRange(agencyErrors.Select(static e => e with { Path = "agencies:" + e.Path }));
        }

        if (org.TryPickT1(out var orgErrors, out var hierarchy))
        {
            errors.AddRange(orgErrors.Select(static e => e with { Path = "org-units:" + e.Path }));
        }

        if (registry is null)
        {
            return errors;
        }

        var plans = GovernanceDataLoader.LoadPlans(plansJson, registry);
        if (plans.TryPickT1(out var planErrors, out var planList))
        {
            errors.AddRange(planErrors.Select(static e => e with { Path = "plans:" + e.Path }));
        }

        return errors.Count > 0 ? errors : new GovernanceData(registry, hierarchy, planList);
    }

    private static GovernanceData LoadDefault()
    {
        var files = ResourceNames.Select(ReadResource).ToArray();
        var result = Load(files[0], files[1], files[2]);
        return result.TryPickT1(out var errors, out var data)
            ? throw new InvalidOperationException("The embedded governance data is invalid: " + string.Join("; ", errors))
            : data;
    }

    private static byte[] ReadResource(string name)
    {
        using var stream = typeof(GovernanceData).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource '{name}' is missing.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
