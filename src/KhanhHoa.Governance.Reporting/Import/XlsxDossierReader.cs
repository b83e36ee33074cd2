using KhanhHoa.Governance.Primitives;
using KhanhHoa.Governance.Rollup;

namespace KhanhHoa.Governance.Reporting.Import;

/// <summary>
/// Reads dossiers from an Excel workbook (.xlsx), as one-door systems export them: one sheet, a header row, one
/// dossier per row, usually in the vendor's own headers and words (give <see cref="DossierReadOptions.ColumnMap"/>).
/// The sheet's XML is streamed out of the package the OpenXML SDK opens, never loaded whole, and read by
/// <see cref="DossierCsvReader"/>, so every rule of the dossier contract applies; errors name the sheet and cell
/// (<c>Danh sách!G12 (due_date): not a calendar date</c>).
/// </summary>
/// <remarks>
/// Date cells (numbers with a date format) are read as dates, at the minute; a cell's formula counts by its cached
/// value; line breaks inside a cell read as spaces. A file that is not a workbook, a missing sheet or a part that
/// inflates beyond about 2 GB of XML is one error, never an exception.
/// </remarks>
/// <threadsafety>Stateless; safe to call from several threads on different streams.</threadsafety>
public static class XlsxDossierReader
{
    /// <summary>Reads dossiers from a workbook.</summary>
    /// <param name="workbook">The .xlsx file's bytes; read, not closed. A stream that cannot seek is copied to memory first.</param>
    /// <param name="options">Validation options and the column map; <see cref="DossierReadOptions.Default"/> when <see langword="null"/>.</param>
    /// <param name="sheet">The sheet to read; the first when <see langword="null"/>.</param>
    /// <returns>The store, or the errors that rejected the workbook, located by sheet and cell.</returns>
    public static InputResult<DossierStore> Read(Stream workbook, DossierReadOptions? options = null, string? sheet = null)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        options ??= DossierReadOptions.Default;
        using var seekable = workbook.CanSeek ? null : new MemoryStream();
        if (seekable is not null)
        {
            workbook.CopyTo(seekable);
            seekable.Position = 0;
        }

        var read = XlsxSheetCsv.Read(seekable ?? workbook, sheet);
        if (!read.TryGetValue(out var csv))
        {
            return read.ConvertError<DossierStore>();
        }

        using (csv.Csv)
        {
            var map = (options.ColumnMap ?? DossierColumnMap.Contract).WithDateFormats(XlsxSheetCsv.DateFormats);
            var result = DossierCsvReader.Read(csv.Csv, options with { ColumnMap = map });
            return result.WithErrors(error => InCell(error, csv));
        }
    }

    /// <summary>Reads dossiers from a workbook file.</summary>
    /// <param name="path">The .xlsx file.</param>
    /// <param name="options">Validation options and the column map.</param>
    /// <param name="sheet">The sheet to read; the first when <see langword="null"/>.</param>
    /// <returns>The store, or the errors that rejected the workbook.</returns>
    public static InputResult<DossierStore> ReadFile(string path, DossierReadOptions? options = null, string? sheet = null)
    {
        using var stream = File.OpenRead(path);
        return Read(stream, options, sheet);
    }

    // A CSV line and field back to the sheet's row and cell.
    private static InputError InCell(InputError error, XlsxSheetCsv csv)
    {
        if (error.Line < 1 || error.Line > csv.Rows.Count)
        {
            return error with { Source = csv.Sheet };
        }

        // An error about a whole row (the header's missing column, a short row) keeps its line: the sheet's row.
        var row = csv.Rows[error.Line - 1];
        return error with { Line = row, Source = csv.Sheet, Cell = error.Column > 0 ? XlsxSheetCsv.ColumnName(error.Column) + row : null };
    }
}
