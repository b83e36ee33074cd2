namespace KhanhHoa.Governance.Directives;

/// <summary>The grammar a document number follows.</summary>
public enum DocumentNumberForm
{
    /// <summary>An administrative document with a named type: <c>3433/KH-UBND</c> (Decree 30/2020/NĐ-CP, Appendix I).</summary>
    Administrative,

    /// <summary>An official letter (công văn), whose symbol is issuer and unit with no type: <c>2841/CAT-PCSQLHC</c>.</summary>
    OfficialLetter,

    /// <summary>A legal normative document, which carries its year: <c>02/2024/NQ-HĐND</c>, <c>45/2019/QH14</c>.</summary>
    Normative,

    /// <summary>A Party document: <c>57-NQ/TW</c>.</summary>
    Party,
}
