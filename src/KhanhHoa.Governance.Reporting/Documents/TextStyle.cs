namespace KhanhHoa.Governance.Reporting.Documents;

/// <summary>How a text run is set.</summary>
public enum TextStyle
{
    /// <summary>Upright, regular weight.</summary>
    Plain = 0,

    /// <summary>Bold, as a lead-in ("1. Công an tỉnh").</summary>
    Bold = 1,

    /// <summary>Italic, as a note ("(Nguồn: giả lập)").</summary>
    Italic = 2,
}
