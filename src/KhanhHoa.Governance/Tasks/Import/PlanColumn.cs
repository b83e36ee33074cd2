namespace KhanhHoa.Governance.Tasks.Import;

/// <summary>What a column of a task table holds, recognised from its header text.</summary>
internal enum PlanColumn
{
    /// <summary>A column the importer does not read (reported as an ambiguity).</summary>
    Unknown = 0,

    /// <summary>TT / STT: the row's number.</summary>
    Number = 1,

    /// <summary>Nhiệm vụ / Tên nhiệm vụ / Nội dung, nhiệm vụ: the task.</summary>
    Task = 2,

    /// <summary>Đơn vị (cơ quan) chủ trì / Đơn vị thực hiện: the lead agencies.</summary>
    Lead = 3,

    /// <summary>Đơn vị (cơ quan) phối hợp: the coordinating agencies.</summary>
    Coordinating = 4,

    /// <summary>Kết quả / Dự kiến kết quả / Sản phẩm: the expected result.</summary>
    ExpectedResult = 5,

    /// <summary>Thời gian (thời hạn) hoàn thành / Thời hạn: the deadline.</summary>
    Deadline = 6,

    /// <summary>Lưu ý / Ghi chú: a remark.</summary>
    Remark = 7,

    /// <summary>"Nội dung thực hiện" after a task title in body text: further content of the task.</summary>
    Content = 8,
}
