namespace KhanhHoa.Governance.Organization;

/// <summary>The tier and type of an <see cref="OrgUnit"/>.</summary>
public enum OrgUnitKind
{
    /// <summary>A province (tỉnh).</summary>
    Province,

    /// <summary>A provincial department or body of the People's Committee that reports figures.</summary>
    Department,

    /// <summary>A district-level unit before 1 July 2025: district (huyện), town (thị xã) or provincial city (thành phố).</summary>
    District,

    /// <summary>A rural commune (xã).</summary>
    Commune,

    /// <summary>An urban ward (phường).</summary>
    Ward,

    /// <summary>A district town (thị trấn), abolished with the districts on 1 July 2025.</summary>
    Township,

    /// <summary>A special zone (đặc khu), e.g. Trường Sa from 1 July 2025.</summary>
    SpecialZone,

    /// <summary>A provincial branch of a centrally managed sector (cơ quan ngành dọc), e.g. Thuế tỉnh, Bảo hiểm xã hội tỉnh, Ngân hàng Nhà nước chi nhánh Khu vực X.</summary>
    SectorBranch,

    /// <summary>An enterprise that leads or supports plan tasks, e.g. Điện lực tỉnh.</summary>
    Enterprise,

    /// <summary>A mass or socio-political organisation that leads or supports plan tasks, e.g. Tỉnh Đoàn.</summary>
    MassOrganization,
}
