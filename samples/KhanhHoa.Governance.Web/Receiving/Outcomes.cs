namespace KhanhHoa.Governance.Web.Receiving;

/// <summary>What the desk and the office said of a version.</summary>
internal static class Outcomes
{
    /// <summary>The desk accepted the file (it may carry findings).</summary>
    public const string Accepted = "accepted";

    /// <summary>The desk refused the file: its errors are listed, nothing of it counts.</summary>
    public const string Rejected = "rejected";

    /// <summary>The office approved the version.</summary>
    public const string Approved = "approved";

    /// <summary>The office returned the version for correction, with a reason.</summary>
    public const string Returned = "returned";

    /// <summary>The Vietnamese label of an outcome or decision.</summary>
    public static string Label(string outcome) => outcome switch
    {
        Accepted => "Đã tiếp nhận",
        Rejected => "Bị từ chối (có lỗi)",
        Approved => "Văn phòng đã chấp nhận",
        Returned => "Trả lại để chỉnh sửa",
        _ => outcome,
    };
}
