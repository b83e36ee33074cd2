namespace KhanhHoa.Governance.Reporting.Import;

/// <summary>The formats a dossier file comes in (<c>docs/rollup-contract.md</c>).</summary>
internal enum DossierFileFormat
{
    /// <summary>CSV in the contract's layout, or a vendor's export through a column map (<see cref="Rollup.DossierCsvReader"/>).</summary>
    Csv,

    /// <summary>One JSON object per line (<see cref="Rollup.DossierJsonLinesReader"/>).</summary>
    JsonLines,

    /// <summary>An Excel workbook, the contract's layout or a vendor's export through a column map (<see cref="XlsxDossierReader"/>).</summary>
    Workbook,
}
