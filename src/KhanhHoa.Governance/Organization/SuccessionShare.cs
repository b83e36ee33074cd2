namespace KhanhHoa.Governance.Organization;

/// <summary>How much of a predecessor unit a successor took over.</summary>
public enum SuccessionShare
{
    /// <summary>The successor took the whole of the predecessor.</summary>
    Whole,

    /// <summary>
    /// The successor took only part of the predecessor (Resolution 1667/NQ-UBTVQH15: "một phần" or "phần còn lại");
    /// figures of the predecessor cannot be moved without address-level data.
    /// </summary>
    Part,
}
