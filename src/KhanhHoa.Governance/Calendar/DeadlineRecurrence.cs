namespace KhanhHoa.Governance.Calendar;

/// <summary>How often a <see cref="DeadlineKind.Recurring"/> deadline comes back ("hàng ngày", "hằng tuần", "hàng tháng" …).</summary>
public enum DeadlineRecurrence
{
    /// <summary>Not a recurring deadline.</summary>
    None = 0,

    /// <summary>Every day (hàng ngày, hằng ngày).</summary>
    Daily = 1,

    /// <summary>Every week (hàng tuần).</summary>
    Weekly = 2,

    /// <summary>Every month (hàng tháng, hằng tháng, định kỳ hàng tháng, "trước ngày 14 của tháng").</summary>
    Monthly = 3,

    /// <summary>Every quarter (hàng quý, hằng quý).</summary>
    Quarterly = 4,

    /// <summary>Every six months (6 tháng một lần).</summary>
    HalfYearly = 5,

    /// <summary>Every year (hàng năm, hằng năm).</summary>
    Yearly = 6,
}
