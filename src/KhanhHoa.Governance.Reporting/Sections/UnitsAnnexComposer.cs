using KhanhHoa.Governance.Reporting.Documents;
using KhanhHoa.Governance.Indicators;
using KhanhHoa.Governance.Rollup;
using static KhanhHoa.Governance.Reporting.DocumentParts;

namespace KhanhHoa.Governance.Reporting;

// Phụ lục II: every unit's rolled-up measures in the rollup's order, when the report has them; a wide table, set
// landscape with the unit's name repeated on every page.
internal static class UnitsAnnexComposer
{
    private static readonly ColumnKind[] Kinds =
        [ColumnKind.Code, ColumnKind.Text, ColumnKind.Code, .. DossierMeasures.All.Select(static _ => ColumnKind.Figure), ColumnKind.Source];

    // The unit's name.
    private const int NameColumn = 1;

    // The measures are figures of the units' provenance; the rest as ReportText words them.
    private static TableCell[] Cells(MonthlyReport report, UnitRollup unit)
    {
        var texts = ReportText.UnitCells(report, unit);
        return
        [
            Text(texts[0]), Text(texts[1]), Text(texts[2]),
            .. DossierMeasures.All.Select((measure, index) => Figure(texts[3 + index], report.UnitsProvenance, unit.Measures[measure])),
            Text(texts[^1]),
        ];
    }

    public static IEnumerable<DocumentAnnex> Compose(MonthlyReport report)
    {
        if (report.Units.Count == 0)
        {
            yield break;
        }

        var table = Table(Columns(ReportText.UnitColumns, Kinds), [.. report.Units.Select(unit => Cells(report, unit))]);
        yield return new DocumentAnnex(ReportText.UnitsAppendixName, ReportText.UnitsAppendixTitle, ReportText.AnnexReference(report), [table with { RepeatedColumn = NameColumn }])
        {
            Landscape = true,
        };
    }
}
