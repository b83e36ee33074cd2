using KhanhHoa.Governance.Organization;

namespace KhanhHoa.Governance.Submissions;

/// <summary>
/// The data sets a province collects, with the org-unit kinds each collective assignee of the plans stands for
/// ("Các sở, ngành, địa phương" → every department and commune-level unit), so a collective task is assigned to each
/// executing unit. The embedded default is <c>GovernanceData.Default.DataSets</c> (<c>Data/Resources/data-sets.json</c>);
/// a host's own file loads with <c>GovernanceDataLoader.LoadDataSets</c>.
/// </summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class DataSetCatalog
{
    // The default progress is kept even when its own plan is left out, so a host's plans alone still get their data sets.
    internal DataSetCatalog(IReadOnlyList<DataSet> dataSets, IReadOnlyDictionary<string, IReadOnlyList<OrgUnitKind>> collectives, DataSet? defaultProgress = null)
    {
        DataSets = dataSets;
        Collectives = collectives;
        DefaultProgress = defaultProgress;
    }

    /// <summary>
    /// The progress data set whose duty, recipient and reporters a plan without a data set of its own takes
    /// (<c>"defaultProgress"</c>: the province's general monthly rule for the plans of its field), or <see langword="null"/>.
    /// </summary>
    public DataSet? DefaultProgress { get; }

    /// <summary>
    /// This catalog with a progress data set for each of <paramref name="plans"/> that has none: code <c>{plan id}.PROGRESS</c>,
    /// <see cref="DefaultProgress"/>'s duties, cut-off, recipient and reporters, in force from the plan's issue date.
    /// </summary>
    /// <param name="plans">The plans added.</param>
    /// <returns>The catalog; the same when there is no <see cref="DefaultProgress"/> or every plan has its data set.</returns>
    public DataSetCatalog WithProgressFor(IEnumerable<Tasks.Plan> plans)
    {
        ArgumentNullException.ThrowIfNull(plans);
        if (DefaultProgress is not { } template)
        {
            return this;
        }

        var derived = plans.Where(p => ForPlan(p.Id) is null).Select(p => template with
        {
            Code = p.Id + ".PROGRESS",
            Name = $"Báo cáo tình hình thực hiện nhiệm vụ theo {p.Id}",
            PlanId = p.Id,
            InForceFrom = p.Directive.IssuedOn,
        });
        return new DataSetCatalog([.. DataSets, .. derived], Collectives, template);
    }

    /// <summary>The data sets, in file order.</summary>
    public IReadOnlyList<DataSet> DataSets { get; }

    /// <summary>Collective agency code (e.g. <c>DEPARTMENTS_AND_LOCALITIES</c>) → the org-unit kinds it stands for.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<OrgUnitKind>> Collectives { get; }

    /// <summary>The data set with code <paramref name="code"/>, or <see langword="null"/>.</summary>
    /// <param name="code">A data set code.</param>
    /// <returns>The data set.</returns>
    public DataSet? Find(string code) => DataSets.FirstOrDefault(d => d.Code == code);

    /// <summary>The data set that collects progress on the tasks of plan <paramref name="planId"/>, or <see langword="null"/>.</summary>
    /// <param name="planId">A plan id.</param>
    /// <returns>The data set.</returns>
    public DataSet? ForPlan(string planId) => DataSets.FirstOrDefault(d => d.PlanId == planId);
}
