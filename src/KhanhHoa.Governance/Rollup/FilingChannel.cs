namespace KhanhHoa.Governance.Rollup;

/// <summary>How a dossier was filed (the contract's <c>channel</c> column).</summary>
public enum FilingChannel
{
    /// <summary>In person at a one-stop desk (<c>direct</c>).</summary>
    Direct = 0,

    /// <summary>Through an online public service (<c>online</c>).</summary>
    Online = 1,

    /// <summary>Through the public postal service (<c>postal</c>, bưu chính công ích).</summary>
    Postal = 2,
}
