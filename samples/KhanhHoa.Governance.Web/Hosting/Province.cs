using KhanhHoa.Governance.Data;
using KhanhHoa.Governance.Submissions;

namespace KhanhHoa.Governance.Web.Hosting;

/// <summary>The province the service runs for: the library's data, the data sets units report, and the desk that checks them.</summary>
internal sealed class Province
{
    /// <summary>Opens the desk on <paramref name="data"/> and <paramref name="dataSets"/>.</summary>
    public Province(GovernanceData data, DataSetCatalog dataSets)
    {
        Data = data;
        DataSets = dataSets;
        Desk = new SubmissionDesk(dataSets, data.OrgUnits, data.Plans);
    }

    /// <summary>Units, plans, indicators.</summary>
    public GovernanceData Data { get; }

    /// <summary>The data sets units report.</summary>
    public DataSetCatalog DataSets { get; }

    /// <summary>The door every file comes through.</summary>
    public SubmissionDesk Desk { get; }

    /// <summary>The name of a unit, or its code when unknown.</summary>
    public string UnitName(string code) => Data.OrgUnits.Find(code)?.Name ?? code;
}
