using DocumentFormat.OpenXml.Spreadsheet;

namespace KhanhHoa.Governance.Reporting;

// The parts of a stylesheet every workbook the library writes shares: Times New Roman 12 pt (regular, bold) as official
// documents use, and the two fills Excel reserves before any of its own (none, gray 125), then solid ones.
internal static class SpreadsheetStyles
{
    public static Fonts Fonts() => new(
        new Font(new FontSize { Val = 12 }, new FontName { Val = "Times New Roman" }),
        new Font(new Bold(), new FontSize { Val = 12 }, new FontName { Val = "Times New Roman" }))
    { Count = 2 };

    public static Fills Fills(params string[] solidColors)
    {
        var fills = new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 }));
        foreach (var color in solidColors)
        {
            fills.Append(new Fill(new PatternFill(new ForegroundColor { Rgb = color }) { PatternType = PatternValues.Solid }));
        }

        fills.Count = (uint)fills.ChildElements.Count;
        return fills;
    }
}
