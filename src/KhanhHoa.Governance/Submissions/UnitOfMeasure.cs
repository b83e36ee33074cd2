namespace KhanhHoa.Governance.Submissions;

/// <summary>What a <see cref="DataElement"/>'s value measures.</summary>
public enum UnitOfMeasure
{
    /// <summary>A number of things (procedures, people, accounts).</summary>
    Count,

    /// <summary>A percentage, 0–100 unless the element's bounds say otherwise.</summary>
    Percent,

    /// <summary>An amount of money, in the unit the element's name states (đồng, tỷ đồng).</summary>
    Money,

    /// <summary>Free text, never summed.</summary>
    Text,
}
