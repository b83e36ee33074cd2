namespace KhanhHoa.Governance.Indicators;

/// <summary>How a printed number was read: the Vietnamese convention or one of the deviations found in official texts.</summary>
public enum NumberReading
{
    /// <summary>The Vietnamese convention: <c>.</c> groups thousands and <c>,</c> is the decimal mark (<c>1.365.565</c>, <c>90,31%</c>).</summary>
    Vietnamese,

    /// <summary>A single <c>.</c> that cannot group thousands was read as the decimal mark (<c>90.31%</c> → 90.31).</summary>
    DotAsDecimalMark,

    /// <summary>A <c>,</c> was read as a thousands separator (<c>24,765</c> people → 24 765; <c>1,365,565</c>).</summary>
    CommaAsThousandsSeparator,

    /// <summary>The English convention: <c>,</c> groups thousands and <c>.</c> is the decimal mark (<c>1,234.5</c>).</summary>
    English,
}
