namespace KhanhHoa.Governance.Indicators;

/// <summary>What the tolerant number parser may assume about the value it reads, to settle ambiguous texts.</summary>
public enum ExpectedNumber
{
    /// <summary>Nothing is known: an ambiguous text keeps its Vietnamese reading and reports the alternative.</summary>
    Any,

    /// <summary>A count of people, dossiers or units: <c>24,765</c> is read as 24 765, not 24.765.</summary>
    WholeNumber,
}
