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
    internal DataSetCatalog(IReadOnlyList<DataSet> dataSets, IReadOnlyDictionary<string, IReadOnlyList<OrgUnitKind>> collectives)
    {
        DataSets = dataSets;
        Collectives = collectives;
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
