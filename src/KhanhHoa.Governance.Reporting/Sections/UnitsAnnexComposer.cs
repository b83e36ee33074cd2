using KhanhHoa.Governance.Reporting.Documents;
using KhanhHoa.Governance.Indicators;
using KhanhHoa.Governance.Rollup;
using static KhanhHoa.Governance.Reporting.DocumentParts;

namespace KhanhHoa.Governance.Reporting;

// Phụ lục II: every unit's rolled-up measures in the rollup's order, when the report has them, the province as the
// total row; a wide table, set landscape with the unit's name repeated on every page.
internal static class UnitsAnnexComposer
{
    private static readonly ColumnKind[] Kinds =
        [ColumnKind.Text, ColumnKind.Text, .. DossierMeasures.All.Select(static _ => ColumnKind.Figure), ColumnKind.Source];

    // The unit's name.
    private const int NameColumn = 0;

    // The measures are figures of the units' provenance; the rest as ReportText words them.
    private static TableCell[] Cells(MonthlyReport report, UnitRollup unit)
    {
        var texts = ReportText.UnitCells(report, unit);
        return
        [
            Text(texts[0]), Text(texts[1]),
            .. DossierMeasures.All.Select((measure, index) => Figure(texts[2 + index], report.UnitsProvenance, unit.Measures[measure])),
            Text(texts[^1]),
        ];
    }

    public static IEnumerable<DocumentAnnex> Compose(MonthlyReport report)
    {
        if (report.Units.Count == 0)
        {
            yield break;
        }

        // The province (the rollup's one root, the sum of its units) is the total row below its units; the columns are
        // kept or dropped over the units and the total alike.
        var roots = report.Units.Where(static unit => unit.ParentCode is null).ToList();
        var province = roots.Count == 1 && report.Units.Count > 1 ? roots[0] : null;
        var columns = Columns(ReportText.UnitColumns, Kinds);
        var rows = report.Units.Where(unit => unit != province).Select(unit => Cells(report, unit)).ToList();
        var table = province is null ? Table(columns, rows) : Table(columns, rows, Cells(report, province));
        yield return new DocumentAnnex(ReportText.UnitsAppendixName, ReportText.UnitsAppendixTitle, ReportText.AnnexReference(report), [table with { RepeatedColumn = NameColumn }])
        {
            Landscape = true,
        };
    }
}
