namespace KhanhHoa.Governance.Primitives;

/// <summary>The language of the messages a clerk or an official reads; hosts choose it.</summary>
public enum MessageLanguage
{
    /// <summary>Vietnamese, in administrative style: the default for every clerk-facing text.</summary>
    Vietnamese,

    /// <summary>English, kept for developers.</summary>
    English,
}
