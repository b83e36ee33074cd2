namespace KhanhHoa.Governance.Reporting.Documents;

/// <summary>How a column's cells are aligned.</summary>
public enum ColumnAlignment
{
    /// <summary>Left, for words.</summary>
    Left = 0,

    /// <summary>Centred, for figures, codes and dates (as Vietnamese administrative tables set them).</summary>
    Center = 1,
}
