namespace KhanhHoa.Governance.Reporting.Documents;

/// <summary>
/// A heading with the number the composer gave it: level 1 for the report's parts ("I.", "II.", "III."), 2 for their
/// numbered items ("4."), 3 for lettered items ("a)") and for the unnumbered headings inside an item.
/// </summary>
/// <param name="Level">1, 2 or 3.</param>
/// <param name="Number">The number as printed ("I.", "4.", "a)"), empty for an unnumbered heading.</param>
/// <param name="Text">The heading's words.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record DocumentHeading(int Level, string Number, string Text) : DocumentBlock
{
    /// <summary>The heading as printed: the number, a space and the words ("4. Về Dịch vụ công (DVC)").</summary>
    public string Printed => Number.Length == 0 ? Text : $"{Number} {Text}";
}
