using KhanhHoa.Governance.Data;
using KhanhHoa.Governance.Submissions;
using KhanhHoa.Governance.Tasks;

namespace KhanhHoa.Governance.Web.Hosting;

/// <summary>
/// The province the service runs for: the library's data, the data sets units report, and the desk that checks them.
/// Plans the office imports are added while the service runs (<see cref="AddPlans"/>): the three are replaced together,
/// so a reader sees the data before or after an import, never half of it.
/// </summary>
internal sealed class Province
{
    private readonly Lock adding = new();
    private State state;

    /// <summary>Opens the desk on <paramref name="data"/> and <paramref name="dataSets"/>.</summary>
    public Province(GovernanceData data, DataSetCatalog dataSets) => state = new State(data, dataSets);

    /// <summary>Units, plans, indicators.</summary>
    public GovernanceData Data => Volatile.Read(ref state).Data;

    /// <summary>The data sets units report.</summary>
    public DataSetCatalog DataSets => Volatile.Read(ref state).DataSets;

    /// <summary>The door every file comes through.</summary>
    public SubmissionDesk Desk => Volatile.Read(ref state).Desk;

    /// <summary>The name of a unit, or its code when unknown.</summary>
    public string UnitName(string code) => Data.OrgUnits.Find(code)?.Name ?? code;

    /// <summary>
    /// Adds plans (one of an id already present replaces it), each with its progress data set, as the console host's
    /// <c>--plans</c> does (<see cref="GovernanceData.AddPlans"/>, <see cref="DataSetCatalog.WithProgressFor"/>).
    /// </summary>
    public void AddPlans(IReadOnlyList<Plan> plans)
    {
        lock (adding)
        {
            var current = state;
            Volatile.Write(ref state, new State(current.Data.AddPlans(plans), current.DataSets.WithProgressFor(plans)));
        }
    }

    private sealed class State(GovernanceData data, DataSetCatalog dataSets)
    {
        public GovernanceData Data { get; } = data;

        public DataSetCatalog DataSets { get; } = dataSets;

        public SubmissionDesk Desk { get; } = new(dataSets, data.OrgUnits, data.Plans);
    }
}
