namespace KhanhHoa.Governance.Reporting;

// How wide a text prints in Times New Roman, the report's typeface in Word and Excel, from its advance widths in ems by
// kind of letter (a little over, so that a text said to fit does). Word sizes its table columns by it and Excel its
// rows' lines.
internal static class TimesNewRoman
{
    /// <summary>The text's width in ems, regular or bold.</summary>
    public static double Ems(string text, bool bold) =>
        text.Sum(static c => c switch
        {
            ' ' or '\u00A0' => 0.25,
            >= '0' and <= '9' => 0.5,
            '.' or ',' or ':' or ';' or '/' or '(' or ')' or '-' or '\'' or '"' => 0.33,
            '%' or '—' => 0.85,
            _ when char.IsUpper(c) => 0.72,
            _ => 0.5,
        }) * (bold ? 1.08 : 1.0);
}
