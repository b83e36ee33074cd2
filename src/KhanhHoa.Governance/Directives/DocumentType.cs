namespace KhanhHoa.Governance.Directives;

/// <summary>
/// The type of a document: the 29 administrative types of Decree 30/2020/NĐ-CP, Art. 7, and the legal normative
/// types that appear in the documents (decree, circular, law, normative resolution and decision).
/// </summary>
public enum DocumentType
{
    /// <summary>Nghị quyết (NQ): resolution.</summary>
    Resolution,

    /// <summary>Quyết định (QĐ): decision.</summary>
    Decision,

    /// <summary>Chỉ thị (CT): directive.</summary>
    Directive,

    /// <summary>Quy chế (QC): regulation (rules of operation).</summary>
    Statute,

    /// <summary>Quy định (QyĐ): provisions.</summary>
    Provisions,

    /// <summary>Thông cáo (TC): communiqué.</summary>
    Communique,

    /// <summary>Thông báo (TB): notice.</summary>
    Notice,

    /// <summary>Hướng dẫn (HD): guidance.</summary>
    Guidance,

    /// <summary>Chương trình (CTr): programme.</summary>
    Programme,

    /// <summary>Kế hoạch (KH): plan.</summary>
    Plan,

    /// <summary>Phương án (PA): option, arrangement.</summary>
    Arrangement,

    /// <summary>Đề án (ĐA): scheme.</summary>
    Scheme,

    /// <summary>Dự án (DA): project.</summary>
    Project,

    /// <summary>Báo cáo (BC): report.</summary>
    Report,

    /// <summary>Biên bản (BB): minutes.</summary>
    Minutes,

    /// <summary>Tờ trình (TTr): submission.</summary>
    Submission,

    /// <summary>Hợp đồng (HĐ): contract.</summary>
    Contract,

    /// <summary>Công văn: official letter; has no type abbreviation (its symbol is issuer-unit).</summary>
    OfficialLetter,

    /// <summary>Công điện (CĐ): official dispatch (telegram).</summary>
    Dispatch,

    /// <summary>Bản ghi nhớ (BGN): memorandum of understanding.</summary>
    Memorandum,

    /// <summary>Bản thỏa thuận (BTT): agreement.</summary>
    Agreement,

    /// <summary>Giấy ủy quyền (GUQ): power of attorney.</summary>
    PowerOfAttorney,

    /// <summary>Giấy mời (GM): invitation.</summary>
    Invitation,

    /// <summary>Giấy giới thiệu (GGT): letter of introduction.</summary>
    LetterOfIntroduction,

    /// <summary>Giấy nghỉ phép (GNP): leave permit.</summary>
    LeavePermit,

    /// <summary>Phiếu gửi (PG): dispatch slip.</summary>
    DispatchSlip,

    /// <summary>Phiếu chuyển (PC): transfer slip.</summary>
    TransferSlip,

    /// <summary>Phiếu báo (PB): notification slip.</summary>
    NotificationSlip,

    /// <summary>Thư công: public letter; has no type abbreviation.</summary>
    PublicLetter,

    /// <summary>Nghị định (NĐ): Government decree (legal normative).</summary>
    Decree,

    /// <summary>Thông tư (TT): ministerial circular (legal normative).</summary>
    Circular,

    /// <summary>Thông tư liên tịch (TTLT): joint circular (legal normative).</summary>
    JointCircular,

    /// <summary>Luật (L): law.</summary>
    Law,
}
