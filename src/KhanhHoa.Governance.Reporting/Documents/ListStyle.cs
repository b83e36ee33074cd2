namespace KhanhHoa.Governance.Reporting.Documents;

/// <summary>How a list is set.</summary>
public enum ListStyle
{
    /// <summary>Dashed items, one line each ("- …"), as report 87 lists difficulties and recipients.</summary>
    Dashed = 0,

    /// <summary>Lettered items, a paragraph each ("a) …"), as report 87 lists its tasks ahead.</summary>
    Lettered = 1,
}
