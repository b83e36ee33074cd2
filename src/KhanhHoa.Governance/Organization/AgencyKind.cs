namespace KhanhHoa.Governance.Organization;

/// <summary>What kind of body an <see cref="Agency"/> is.</summary>
public enum AgencyKind
{
    /// <summary>A provincial department (sở) or a body of the same rank (Thanh tra tỉnh, Văn phòng UBND tỉnh).</summary>
    ProvincialDepartment,

    /// <summary>The provincial police (Công an tỉnh), standing agency for Project 06.</summary>
    Police,

    /// <summary>A People's Committee (Ủy ban nhân dân) of the province.</summary>
    PeoplesCommittee,

    /// <summary>A People's Council (Hội đồng nhân dân).</summary>
    PeoplesCouncil,

    /// <summary>A central ministry or central body (Bộ Công an, Văn phòng Chính phủ …).</summary>
    CentralBody,

    /// <summary>A vertically managed sector branch in the province (tax, social insurance …).</summary>
    SectorBranch,

    /// <summary>A bank or the regional branch of the State Bank.</summary>
    Bank,

    /// <summary>An enterprise or enterprise group (power company, telecom operator …).</summary>
    Enterprise,

    /// <summary>A mass or socio-political organisation (Tỉnh Đoàn …).</summary>
    MassOrganization,

    /// <summary>One commune-level unit (xã, phường, đặc khu).</summary>
    CommuneLevelUnit,

    /// <summary>A collective written instead of a named body: "các sở, ban, ngành", "UBND các địa phương" ….</summary>
    Collective,
}
