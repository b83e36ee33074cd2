using System.Text;
using KhanhHoa.Governance.Organization;

namespace KhanhHoa.Governance.Sample.Pipeline;

/// <summary>Writes org units in the org-units CSV contract (docs/rollup-contract.md §2), which <c>--units</c> reads back.</summary>
internal static class OrgUnitCsvWriter
{
    /// <summary>Writes the header and one row per unit, UTF-8 without byte-order mark, LF line ends.</summary>
    public static void Write(Stream stream, IEnumerable<OrgUnit> units)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
        writer.WriteLine("code,name,parent_code,valid_from,valid_to");
        foreach (var unit in units)
        {
            writer.WriteLine(string.Join(',', Field(unit.Code), Field(unit.Name), Field(unit.ParentCode), Date(unit.ValidFrom), Date(unit.ValidTo)));
        }
    }

    private static string Date(LocalDate? date) => date?.ToString("uuuu-MM-dd", null) ?? string.Empty;

    // RFC 4180: quote a field that holds a comma, a quote or a line break, doubling its quotes.
    private static string Field(string? text) =>
        text is null ? string.Empty
        : text.AsSpan().IndexOfAny(",\"\r\n") < 0 ? text
        : "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
