namespace KhanhHoa.Governance.Indicators;

/// <summary>How a target compares an indicator's value with its threshold.</summary>
public enum TargetComparator
{
    /// <summary>At least the value (≥): "đạt từ 80% trở lên", "ít nhất 30%", "tối thiểu".</summary>
    AtLeast,

    /// <summary>More than the value (&gt;): "đạt trên 70%".</summary>
    GreaterThan,

    /// <summary>At most the value (≤).</summary>
    AtMost,

    /// <summary>Less than the value (&lt;).</summary>
    LessThan,

    /// <summary>Exactly the value (=).</summary>
    EqualTo,

    /// <summary>Between the value and the upper value, inclusive: "tỷ lệ 1% - 3% doanh thu".</summary>
    Between,
}

/// <summary>Which units a target applies to.</summary>
public enum TargetScopeKind
{
    /// <summary>The province as a whole (pooled figures).</summary>
    Province,

    /// <summary>One named unit.</summary>
    Unit,

    /// <summary>A group of units taken together (e.g. urban wards), pooled.</summary>
    UnitGroup,

    /// <summary>Every unit separately must meet it.</summary>
    EachUnit,
}
